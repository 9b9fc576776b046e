/**
 * Fingerprints: what an approval covers. A document's fingerprint is a SHA-256 of its canonical
 * form as Docket reads it — the front-matter values (keys sorted) and the body — after the BOM
 * and line endings are normalised, so re-saving a file in another editor does not make a sign-off
 * stale, while any change a reader could see does. Other files (scans, configuration) are
 * fingerprinted by their bytes. Pure: @noble/hashes is plain JavaScript.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { decodeDocumentBytes } from '../decode.ts';
import { parseDocumentText } from '../parse.ts';

const UTF8 = new TextEncoder();

/** Key-sorted JSON: the same data gives the same text whatever order its keys were written in. */
export function stringifyCanonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stringifyCanonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stringifyCanonical(item)}`).join(',')}}`;
  }
  // JSON.stringify gives undefined for undefined (and functions, which YAML never produces).
  return value === undefined ? 'null' : JSON.stringify(value);
}

export function hashText(text: string): string {
  return bytesToHex(sha256(UTF8.encode(text)));
}

export function hashBytes(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** The canonical form of a Markdown document; text that does not parse is hashed as normalised text. */
export function canonicalDocument(bytes: Uint8Array): string {
  const decoded = decodeDocumentBytes(bytes);
  if (!decoded.ok) return `bytes:${hashBytes(bytes)}`;
  const parsed = parseDocumentText(decoded.text);
  if (!parsed.ok) return `text:${decoded.text}`;
  return canonicalParsed(parsed.doc.data, parsed.doc.body);
}

/** The canonical form of a parsed document, as the loader already holds it. */
export function canonicalParsed(data: Readonly<Record<string, unknown>>, body: string): string {
  return stringifyCanonical({ data, body: trimBody(body) });
}

/** Trailing blank lines are an editor's habit, not content. */
function trimBody(body: string): string {
  return body.replace(/\s+$/, '');
}

export function fingerprintDocument(bytes: Uint8Array): string {
  return `sha256:${hashText(canonicalDocument(bytes))}`;
}

/** A file's fingerprint: canonical for Markdown documents, the bytes for everything else. */
export function fingerprintFile(path: string, bytes: Uint8Array): string {
  return path.endsWith('.md') ? fingerprintDocument(bytes) : `sha256:${hashBytes(bytes)}`;
}
