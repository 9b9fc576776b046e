/**
 * Fingerprints for sign-off records: a document as read (front-matter values and body; byte-order
 * mark and line endings normalised by the decoder), and plain SHA-256 for scans.
 */
import { createHash } from 'node:crypto';
import { decodeDocumentBytes } from '../core/decode.ts';
import { parseDocumentText } from '../core/parse.ts';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `sha256:…` of the document's data and body, or undefined when it does not parse. */
export function fingerprintDocumentBytes(bytes: Uint8Array): string | undefined {
  const decoded = decodeDocumentBytes(bytes);
  const parsed = decoded.ok ? parseDocumentText(decoded.text) : undefined;
  if (!parsed?.ok) return undefined;
  const canonical = JSON.stringify(sortKeys({ data: parsed.doc.data, body: parsed.doc.body }));
  return `sha256:${sha256Hex(new TextEncoder().encode(canonical))}`;
}

/** Key order in YAML is not content: `{a, b}` and `{b, a}` fingerprint the same. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
