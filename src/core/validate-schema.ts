/**
 * Turns ajv's errors into Docket issues a person can act on: the field, its label, what was
 * expected, and a hint (quote it, did you mean `submitted`, the ID format). Raw ajv wording never
 * reaches a user; every keyword the schemas use has a message (a test enforces it).
 */
import { localizedParam, type Lang } from './messages.ts';
import {
  createDataIssue,
  formatDataPath,
  type DataIssue,
  type DataPath,
  type MessageParams,
} from './problem.ts';
import type { JsonSchema, SchemaError, Validator } from './schema-set.ts';
import { parseChoice } from './schema-fields.ts';
import { schemaAt } from './schema-walk.ts';
import { closestMatch } from './text.ts';

type Labels = Readonly<Record<Lang, string>>;
type Converter = (error: SchemaError, at: DataPath, base: MessageParams) => DataIssue;

const TYPE_NAMES: Readonly<Record<string, Labels>> = {
  string: { 'zh-CN': '文本', en: 'text' },
  number: { 'zh-CN': '数字', en: 'a number' },
  integer: { 'zh-CN': '整数', en: 'a whole number' },
  boolean: { 'zh-CN': 'true 或 false', en: 'true or false' },
  array: { 'zh-CN': '列表', en: 'a list' },
  object: { 'zh-CN': '字段组(键: 值)', en: 'a mapping (key: value)' },
  null: { 'zh-CN': '空值', en: 'empty' },
};

export function validateAgainstSchema(
  data: unknown,
  validate: Validator,
  root: JsonSchema,
): DataIssue[] {
  return withoutEchoes(validate(data)).map((error) => convertError(error, root));
}

/**
 * One problem per value: when a value has the wrong type, its enum or pattern errors only repeat
 * it (`[object Object]` is not an allowed status); a bad key name is reported by `propertyNames`,
 * not again by the pattern inside it.
 */
function withoutEchoes(errors: readonly SchemaError[]): SchemaError[] {
  const mistyped = new Set(
    errors.filter((error) => error.keyword === 'type').map((error) => error.instancePath),
  );
  return errors.filter((error) => {
    if (error.keyword !== 'propertyNames' && error.propertyName !== undefined) return false;
    return error.keyword === 'type' || !mistyped.has(error.instancePath);
  });
}

function convertError(error: SchemaError, root: JsonSchema): DataIssue {
  const at = parsePointer(error.instancePath);
  const converter = CONVERTERS[error.keyword] ?? convertGeneric;
  return converter(error, at, {
    field: formatDataPath(at) || '/',
    ...labelParams(root, at, error.parentSchema),
  });
}

const CONVERTERS: Readonly<Record<string, Converter>> = {
  required: (error, at, base) => {
    const missing = String(error.params['missingProperty']);
    const pointer = [...at, missing];
    const propertySchema = propertiesOf(error.parentSchema)?.[missing];
    const params = {
      ...base,
      field: formatDataPath(pointer),
      ...labelOf(propertySchema, missing),
      parent: formatDataPath(at),
    };
    return createDataIssue(
      at.length === 0 ? 'schema/required-root' : 'schema/required',
      pointer,
      params,
    );
  },
  additionalProperties: (error, at, base) => {
    const key = String(error.params['additionalProperty']);
    const allowed = Object.keys(propertiesOf(error.parentSchema) ?? {});
    const suggestion = closestMatch(key, allowed);
    const params = {
      ...base,
      field: formatDataPath([...at, key]),
      key,
      allowed: allowed.map((name) => `\`${name}\``).join(', '),
    };
    return suggestion
      ? createDataIssue(
          'schema/unknown-key-suggest',
          [...at, key],
          { ...params, suggestion },
          'error',
          'key',
        )
      : createDataIssue('schema/unknown-key', [...at, key], params, 'error', 'key');
  },
  enum: (error, at, base) => convertEnum(error, at, base),
  type: (error, at, base) => {
    const expected = String(error.params['type']).split(',')[0] ?? 'string';
    const value = error.data;
    const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    if (expected === 'string' && (actual === 'number' || actual === 'boolean'))
      return convertUnquoted(error, at, base);
    return createDataIssue('schema/type', at, {
      ...base,
      ...typeName('expected', expected),
      ...typeName('actual', actual),
    });
  },
  pattern: (error, at, base) =>
    withHint('schema/pattern', error, at, {
      ...base,
      value: String(error.data),
      pattern: String(error.params['pattern']),
    }),
  format: (error, at, base) =>
    withHint('schema/format', error, at, {
      ...base,
      value: String(error.data),
      format: String(error.params['format']),
    }),
  minLength: (_error, at, base) => createDataIssue('schema/empty', at, base),
  maxLength: (error, at, base) =>
    createDataIssue('schema/max-length', at, { ...base, limit: Number(error.params['limit']) }),
  minItems: (error, at, base) =>
    createDataIssue('schema/min-items', at, { ...base, limit: Number(error.params['limit']) }),
  uniqueItems: (error, at, base) =>
    createDataIssue('schema/unique-items', at, {
      ...base,
      first: Number(error.params['j']) + 1,
      second: Number(error.params['i']) + 1,
    }),
  minimum: (error, at, base) =>
    createDataIssue('schema/minimum', at, {
      ...base,
      value: String(error.data),
      limit: Number(error.params['limit']),
    }),
  maximum: (error, at, base) =>
    createDataIssue('schema/maximum', at, {
      ...base,
      value: String(error.data),
      limit: Number(error.params['limit']),
    }),
  exclusiveMinimum: (error, at, base) =>
    createDataIssue('schema/exclusive-minimum', at, {
      ...base,
      value: String(error.data),
      limit: Number(error.params['limit']),
    }),
  propertyNames: (error, at, base) =>
    createDataIssue(
      'schema/property-name',
      [...at, String(error.params['propertyName'])],
      { ...base, key: String(error.params['propertyName']) },
      'error',
      'key',
    ),
  minProperties: (error, at, base) =>
    createDataIssue('schema/min-items', at, { ...base, limit: Number(error.params['limit']) }),
};

/** ajv keywords that report errors and have a message here; a test compares it with the schemas. */
export const KEYWORDS_WITH_MESSAGES: readonly string[] = Object.keys(CONVERTERS);

function convertEnum(error: SchemaError, at: DataPath, base: MessageParams): DataIssue {
  const allowed = (error.params['allowedValues'] as unknown[]).map(String);
  const labels = (error.parentSchema?.['x-enum-labels'] ?? {}) as Readonly<Record<string, Labels>>;
  const value = String(error.data);
  const choices = allowed.map((code) => ({
    code,
    labels: labels[code] ?? { 'zh-CN': code, en: code },
  }));
  const suggestion = parseChoice(choices, value) ?? closestMatch(value, allowed);
  const list = (lang: Lang) =>
    allowed
      .map((code) => (labels[code] ? `\`${code}\`(${labels[code][lang]})` : `\`${code}\``))
      .join(lang === 'en' ? ', ' : '、');
  const params = { ...base, value, 'allowed@zh-CN': list('zh-CN'), 'allowed@en': list('en') };
  return suggestion
    ? createDataIssue('schema/enum-suggest', at, { ...params, suggestion })
    : createDataIssue('schema/enum', at, params);
}

/** `13812345678` read as a number: say "quote it" only when the quoted text would be valid. */
function convertUnquoted(error: SchemaError, at: DataPath, base: MessageParams): DataIssue {
  const text = String(error.data);
  const schema = (error.parentSchema ?? {}) as JsonSchema;
  const allowed = schema['enum'] as readonly unknown[] | undefined;
  if (allowed && !allowed.includes(text))
    return convertEnum({ ...error, params: { allowedValues: allowed }, data: text }, at, base);
  const pattern = schema['pattern'];
  if (typeof pattern === 'string' && !new RegExp(pattern, 'u').test(text))
    return withHint('schema/pattern', { ...error, data: text }, at, {
      ...base,
      value: text,
      pattern,
    });
  return createDataIssue('schema/type-quote', at, { ...base, value: text });
}

function withHint(
  rule: string,
  error: SchemaError,
  at: DataPath,
  params: MessageParams,
): DataIssue {
  const hint = error.parentSchema?.['x-hint'] as Labels | undefined;
  return hint
    ? createDataIssue(`${rule}-hint`, at, { ...params, ...localizedParam('hint', hint) })
    : createDataIssue(rule, at, params);
}

function convertGeneric(error: SchemaError, at: DataPath, base: MessageParams): DataIssue {
  return createDataIssue('schema/invalid', at, { ...base, keyword: error.keyword });
}

/** `/evaluation/opinions/0` → ['evaluation', 'opinions', 0] (JSON Pointer, RFC 6901). */
export function parsePointer(pointer: string): DataPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => {
      const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9][0-9]*)$/.test(key) ? Number(key) : key;
    });
}

function typeName(name: string, type: string): Record<string, string> {
  return localizedParam(name, TYPE_NAMES[type] ?? { 'zh-CN': type, en: type });
}

function propertiesOf(schema: unknown): Readonly<Record<string, JsonSchema>> | undefined {
  return (schema as { properties?: Record<string, JsonSchema> } | undefined)?.properties;
}

function labelOf(schema: JsonSchema | undefined, fallback: string): Record<string, string> {
  const label = schema?.['x-label'] as Labels | undefined;
  return localizedParam('label', label ?? { 'zh-CN': fallback, en: fallback });
}

/** The label of the field at `at`, read from the property that holds it (so `$ref`s keep their field's name). */
function labelParams(
  root: JsonSchema,
  at: DataPath,
  parentSchema: unknown,
): Record<string, string> {
  // A list item has no label of its own: it takes the label of the list (`tags[2]` → 标签).
  for (let depth = at.length; depth >= 0; depth--) {
    const label = schemaAt(root, at.slice(0, depth))?.['x-label'] as Labels | undefined;
    if (label) return localizedParam('label', label);
    if (typeof at[depth - 1] !== 'number') break;
  }
  const label = (parentSchema as JsonSchema | undefined)?.['x-label'] as Labels | undefined;
  const last = at.at(-1);
  return localizedParam(
    'label',
    label ?? { 'zh-CN': String(last ?? '文档'), en: String(last ?? 'document') },
  );
}
