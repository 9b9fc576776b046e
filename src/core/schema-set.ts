/**
 * Compiles the JSON Schemas once (ajv, draft 2020-12, strict) and hands out one validator per
 * schema file. Pure: the schema objects are read by an adapter and passed in.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** Annotation keywords Docket adds to JSON Schema; ajv's strict mode must know them. */
export const ANNOTATIONS = [
  'x-label',
  'x-enum-labels',
  'x-confidential',
  'x-unit',
  'x-hint',
] as const;
export const SCHEMA_BASE = 'https://docket.example/schemas/';

export type JsonSchema = Readonly<Record<string, unknown>>;
export interface SchemaSource {
  /** Path under schemas/, e.g. `records/visit.schema.json`. */
  file: string;
  schema: JsonSchema;
}
export type SchemaError = ErrorObject;

/** A schema file ajv cannot use (an unknown keyword, a `$ref` to nothing): which file, and why. */
export class SchemaFileError extends Error {
  readonly file: string;
  constructor(file: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'SchemaFileError';
    this.file = file;
  }
}
export type Validator = (data: unknown) => readonly SchemaError[];

export interface SchemaSet {
  validatorFor(file: string): Validator;
  schemaFor(file: string): JsonSchema;
}

// ajv-formats is CommonJS: under Node's ESM loader its function arrives as `.default`.
type AddFormats = (ajv: Ajv2020, formats: string[]) => void;
const addFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ??
  (addFormatsModule as unknown as AddFormats);

/**
 * `checkedBefore`: these exact schemas passed the meta-schema check in an earlier run (the
 * document cache is keyed by their blobs), so it is skipped; strict mode still applies.
 */
export function compileSchemaSet(
  sources: readonly SchemaSource[],
  { checkedBefore = false }: { checkedBefore?: boolean } = {},
): SchemaSet {
  // verbose: errors carry their schema, so messages can use labels, enum labels and hints.
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    verbose: true,
    validateSchema: !checkedBefore,
  });
  addFormats(ajv, ['date', 'date-time', 'email', 'uri']);
  ajv.addVocabulary([...ANNOTATIONS]);
  for (const { schema, file } of sources) {
    try {
      ajv.addSchema(schema);
    } catch (error) {
      throw new SchemaFileError(file, error);
    }
  }
  const compiled = new Map<string, ValidateFunction>();
  const byFile = new Map(sources.map((source) => [source.file, source.schema]));
  return {
    schemaFor(file) {
      const schema = byFile.get(file);
      if (!schema) throw new Error(`unknown schema ${file}`);
      return schema;
    },
    validatorFor(file) {
      let validate = compiled.get(file);
      if (!validate) {
        try {
          validate = ajv.getSchema(SCHEMA_BASE + file);
        } catch (error) {
          // Compiled on first use: a `$ref` to a missing definition shows only now.
          throw new SchemaFileError(file, error);
        }
        if (!validate) throw new Error(`unknown schema ${file}`);
        compiled.set(file, validate);
      }
      const run = validate;
      return (data) => (run(data) ? [] : [...(run.errors ?? [])]);
    },
  };
}
