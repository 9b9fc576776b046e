/**
 * Who is reading, and what they may see: the one place that decides redaction for the CLI's
 * machine formats, the site and anything else that publishes documents. An audience's policy is
 * configuration (content/config/audiences.yaml); which values are confidential comes from the
 * schemas' `x-confidential` marks, never from a list of field names kept in code.
 */
import type { JsonSchema } from './schema-set.ts';
import type { ResolveRef } from './schema-walk.ts';

/** 密级, lowest first: the order the requirement schema's enum gives. */
export const CONFIDENTIALITY_LEVELS = ['public', 'internal', 'confidential', 'secret'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY_LEVELS)[number];

export interface AudiencePolicy {
  /** The highest 密级 a document may have and still be shown. */
  max_confidentiality: Confidentiality;
  /** Whether values the schemas mark `x-confidential` are shown. */
  confidential_values: boolean;
  /** Which customers' files, records and names are shown: all, only the portal's own, none. */
  customers: 'all' | 'own' | 'none';
}

export interface Audience {
  /** `internal`, `public` or `customer:CUS-003`. */
  name: string;
  policy: AudiencePolicy;
  /** For `customers: own`: the customer the portal belongs to. */
  customer?: string;
}

/** Whether a 密级 is within the audience's ceiling; an unknown or missing level is not (fail closed). */
export function allowsConfidentiality(policy: AudiencePolicy, level: unknown): boolean {
  const rank = CONFIDENTIALITY_LEVELS.indexOf(level as Confidentiality);
  return rank !== -1 && rank <= CONFIDENTIALITY_LEVELS.indexOf(policy.max_confidentiality);
}

/**
 * A copy of a document's data as the audience may see it. When confidential values are hidden,
 * fields the schema does not describe are dropped too: an unknown key in a broken document
 * might hold anything, so redaction fails closed.
 */
export function redactFor(
  audience: Audience,
  data: unknown,
  schema: JsonSchema | undefined,
  resolve: ResolveRef,
): unknown {
  if (audience.policy.confidential_values) return data;
  return omitConfidentialValues(data, schema, resolve);
}

/** Whether a schema node (or the definition its `$ref` points at) is marked `x-confidential`. */
export function isConfidentialNode(schema: JsonSchema | undefined, resolve: ResolveRef): boolean {
  if (!schema) return false;
  if (schema['x-confidential'] === true) return true;
  const ref = schema['$ref'];
  return typeof ref === 'string' && resolve(ref)?.['x-confidential'] === true;
}

/** Removes every `x-confidential` value and every value the schema does not describe. */
export function omitConfidentialValues(
  data: unknown,
  schema: JsonSchema | undefined,
  resolve: ResolveRef,
): unknown {
  const node = followRef(schema, resolve);
  if (Array.isArray(data)) {
    const items = asSchema(node?.['items']);
    if (items === undefined || isConfidentialNode(items, resolve)) return [];
    return data.map((item) => omitConfidentialValues(item, items, resolve));
  }
  if (data === null || typeof data !== 'object') return data;
  const properties = asSchema(node?.['properties']) ?? {};
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const property = asSchema(properties[key]);
    if (property === undefined || isConfidentialNode(property, resolve)) continue;
    kept[key] = omitConfidentialValues(value, property, resolve);
  }
  return kept;
}

/** The schema a node stands for: itself, or the definition its `$ref` names (merged, node wins). */
export function followRef(
  schema: JsonSchema | undefined,
  resolve: ResolveRef,
): JsonSchema | undefined {
  const ref = schema?.['$ref'];
  if (typeof ref !== 'string') return schema;
  const target = resolve(ref);
  return target === undefined ? schema : { ...followRef(target, resolve), ...schema };
}

function asSchema(value: unknown): JsonSchema | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as JsonSchema)
    : undefined;
}
