/**
 * Who is reading, and what they may see: the one place that decides redaction for the CLI's
 * machine formats, the site and anything else that publishes documents. An audience's policy is
 * configuration (content/config/audiences.yaml); which values are confidential comes from the
 * schemas' `x-confidential` marks, never from a list of field names kept in code.
 */
import type { AudiencesConfig } from './config.ts';
import type { Audience as AudiencePolicy } from './generated/config-types.ts';
import type { JsonSchema } from './schema-set.ts';
import type { ResolveRef } from './schema-walk.ts';

export type { AudiencePolicy };

/** 密级, lowest first: the order the requirement schema's enum gives. */
export const CONFIDENTIALITY_LEVELS = ['public', 'internal', 'confidential', 'secret'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY_LEVELS)[number];

export interface Audience {
  /** `internal`, `public` or `customer:CUS-003`. */
  name: string;
  policy: AudiencePolicy;
  /** For `customers: own`: the customer the portal belongs to. */
  customer?: string;
}

export type AudienceChoice =
  | { ok: true; audience: Audience }
  | { ok: false; reason: 'unknown-audience' | 'unknown-customer'; value: string };

/**
 * `internal`, `public` or `customer:CUS-003` with the configured policy; the customer must be one
 * of `customers` (the IDs of the repository's customer files).
 */
export function parseAudience(
  name: string,
  config: AudiencesConfig,
  customers: readonly string[],
): AudienceChoice {
  if (name === 'internal' || name === 'public')
    return { ok: true, audience: { name, policy: config[name] } };
  const customer = /^customer:(.+)$/.exec(name)?.[1];
  if (customer === undefined) return { ok: false, reason: 'unknown-audience', value: name };
  if (!customers.includes(customer))
    return { ok: false, reason: 'unknown-customer', value: customer };
  return { ok: true, audience: { name, policy: config.customer, customer } };
}

/** Insiders who may or may not see `x-confidential` values (the CLI's `--include-confidential`). */
export function insiderAudience(config: AudiencesConfig, confidentialValues: boolean): Audience {
  return {
    name: 'internal',
    policy: { ...config.internal, confidential_values: confidentialValues },
  };
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

/**
 * Every value under an `x-confidential` mark, as text to keep out of an audience's free text
 * (a phone number quoted in a Markdown body). Enum codes and short strings are left out (they
 * are ordinary words), and so are integers that look like years.
 */
export function collectConfidentialValues(
  data: unknown,
  schema: JsonSchema | undefined,
  resolve: ResolveRef,
  inside = false,
): string[] {
  const node = followRef(schema, resolve);
  const confidential = inside || isConfidentialNode(schema, resolve);
  if (Array.isArray(data))
    return data.flatMap((item) =>
      collectConfidentialValues(item, asSchema(node?.['items']), resolve, confidential),
    );
  if (data !== null && typeof data === 'object') {
    const properties = asSchema(node?.['properties']) ?? {};
    return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) =>
      collectConfidentialValues(value, asSchema(properties[key]), resolve, confidential),
    );
  }
  return confidential && !Array.isArray(node?.['enum']) ? leafText(data) : [];
}

const MIN_SECRET_LENGTH = 3;

function leafText(value: unknown): string[] {
  if (typeof value === 'string')
    return value.trim().length >= MIN_SECRET_LENGTH ? [value.trim()] : [];
  if (typeof value !== 'number') return [];
  const text = String(value);
  const yearLike = Number.isInteger(value) && value >= 1900 && value <= 2100;
  return text.length >= MIN_SECRET_LENGTH && !yearLike ? [text] : [];
}
