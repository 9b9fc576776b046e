/**
 * Reading the schemas' annotations for presentation: a field's label (`x-label`), an enum
 * code's label (`x-enum-labels`). Whether a value is confidential is core/audience.ts.
 */
import type { Lang } from './messages.ts';
import type { JsonSchema } from './schema-set.ts';

export type ResolveRef = (ref: string) => JsonSchema | undefined;

/** Resolves `common.schema.json#/$defs/money` and `../common.schema.json#/$defs/money`. */
export function createRefResolver(schemaFor: (file: string) => JsonSchema): ResolveRef {
  // The schemas do not change while a resolver lives, and the site resolves the same few refs
  // for every field of every document.
  const resolved = new Map<string, JsonSchema | undefined>();
  return (ref) => {
    if (resolved.has(ref)) return resolved.get(ref);
    const node = resolveRef(schemaFor, ref);
    resolved.set(ref, node);
    return node;
  };
}

function resolveRef(schemaFor: (file: string) => JsonSchema, ref: string): JsonSchema | undefined {
  const [file = '', pointer = ''] = ref.split('#');
  let node: unknown;
  try {
    node = schemaFor(file.replace(/^(\.\.\/)+/, ''));
  } catch {
    return undefined;
  }
  for (const part of pointer.split('/').filter(Boolean))
    node = isObject(node) ? node[part] : undefined;
  return isObject(node) ? node : undefined;
}

/** The sub-schema for a data path: property names walk `properties`, numbers walk `items`. */
export function schemaAt(
  schema: JsonSchema | undefined,
  path: readonly (string | number)[],
): JsonSchema | undefined {
  let node: unknown = schema;
  for (const part of path) {
    if (!isObject(node)) return undefined;
    node =
      typeof part === 'number'
        ? node['items']
        : (node['properties'] as Record<string, unknown> | undefined)?.[part];
  }
  return isObject(node) ? node : undefined;
}

export function labelAt(
  schema: JsonSchema | undefined,
  path: readonly (string | number)[],
  lang: Lang,
): string | undefined {
  const label = schemaAt(schema, path)?.['x-label'] as Record<Lang, string> | undefined;
  return label?.[lang];
}

/** The label of an enum code at a path, or the code itself when the schema has none. */
export function enumLabelAt(
  schema: JsonSchema | undefined,
  path: readonly (string | number)[],
  code: unknown,
  lang: Lang,
): string {
  const labels = schemaAt(schema, path)?.['x-enum-labels'] as
    Record<string, Record<Lang, string>> | undefined;
  return typeof code === 'string' ? (labels?.[code]?.[lang] ?? code) : String(code);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
