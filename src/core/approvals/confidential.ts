/**
 * The values a document's schema marks `x-confidential` (licence numbers, phones, money …),
 * collected with their paths into one comparable text, so a change to any of them — added,
 * edited or removed — is seen, and nothing else is.
 */
import { isConfidentialNode as isConfidential } from '../audience.ts';
import { schemaAt, type ResolveRef } from '../schema-walk.ts';
import type { JsonSchema } from '../schema-set.ts';
import { stringifyCanonical } from './fingerprint.ts';

export function viewConfidential(
  data: unknown,
  schema: JsonSchema | undefined,
  resolve: ResolveRef,
): string {
  const found: [string, unknown][] = [];
  collect(data, schema, resolve, '', found);
  return stringifyCanonical(found);
}

function collect(
  data: unknown,
  schema: JsonSchema | undefined,
  resolve: ResolveRef,
  path: string,
  found: [string, unknown][],
): void {
  if (isConfidential(schema, resolve)) {
    found.push([path, data]);
    return;
  }
  if (Array.isArray(data)) {
    const items = schemaAt(schema, [0]);
    data.forEach((item, index) => {
      collect(item, items, resolve, `${path}[${String(index)}]`, found);
    });
    return;
  }
  if (data === null || typeof data !== 'object') return;
  for (const [key, value] of Object.entries(data as Record<string, unknown>))
    collect(value, schemaAt(schema, [key]), resolve, path ? `${path}.${key}` : key, found);
}
