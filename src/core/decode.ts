/**
 * Turns a document's bytes into the text the author sees: UTF-8, no BOM, LF line ends.
 * Binary, oversized, empty and wrongly encoded files become Issues instead of garbage text.
 */
import { offsetToPosition } from './locate.ts';
import { createIssue } from './problem.ts';
import type { Issue, MessageParams, Position } from './problem.ts';

export const MAX_DOCUMENT_BYTES = 1_048_576;
/** Same window git uses to decide a file is binary. */
export const BINARY_SNIFF_BYTES = 8_000;

export type DecodeResult = { ok: true; text: string } | { ok: false; issue: Issue };

const FILE_START: Position = { line: 1, col: 1 };

const MAGIC: readonly { format: string; bytes: readonly number[] }[] = [
  { format: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { format: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { format: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  // docx, xlsx and pptx are ZIP archives.
  { format: 'ZIP (docx/xlsx)', bytes: [0x50, 0x4b, 0x03, 0x04] },
];

// A decoder without `stream` keeps no state between calls, so one instance is enough.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function fail(
  rule: string,
  at: Position,
  params: MessageParams = {},
  message = rule,
): DecodeResult {
  return { ok: false, issue: createIssue(rule, at, params, 'error', message) };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * The issue for a file over MAX_DOCUMENT_BYTES, read only as far as `head`: a binary format is
 * named first, as decodeDocumentBytes would.
 */
export function decodeOversized(head: Uint8Array, size: number): DecodeResult {
  const sniffed = head.length > 0 ? decodeDocumentBytes(head) : undefined;
  const named =
    sniffed?.ok === false &&
    (sniffed.issue.rule === 'file/binary' || sniffed.issue.message === 'file/encoding-utf16');
  if (named) return sniffed;
  return fail('file/too-large', FILE_START, { size, limit: MAX_DOCUMENT_BYTES });
}

export function decodeDocumentBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return fail('file/empty', FILE_START);
  // UTF-16 is full of NUL bytes; name the real problem (Notepad's "Unicode") before the binary check.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return fail('file/encoding', FILE_START, { guess: 'UTF-16' }, 'file/encoding-utf16');
  }
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) return fail('file/binary', FILE_START, { format: magic.format }, 'file/binary-format');
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return fail('file/binary', FILE_START);
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return fail('file/too-large', FILE_START, { size: bytes.length, limit: MAX_DOCUMENT_BYTES });
  }
  let text: string;
  try {
    text = UTF8.decode(bytes); // also drops a leading BOM (ignoreBOM is false)
  } catch {
    return { ok: false, issue: encodingIssue(bytes) };
  }
  text = normalizeText(text);
  if (text.trim() === '') return fail('file/empty', FILE_START);
  return { ok: true, text };
}

/** Removes a BOM and turns CRLF and lone CR into LF, so positions match what the author sees. */
export function normalizeText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}

/** UTF-8 byte length of a string without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function encodingIssue(bytes: Uint8Array): Issue {
  const bad = firstInvalidUtf8(bytes);
  // Everything before the bad byte is valid UTF-8, so its decoded length gives the column.
  const before = normalizeText(new TextDecoder('utf-8').decode(bytes.subarray(0, bad)));
  const at = offsetToPosition(before, before.length);
  const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  if (looksLikeGbk(bytes))
    return createIssue('file/encoding', at, { byte, guess: 'GBK' }, 'error', 'file/encoding-gbk');
  return createIssue('file/encoding', at, { byte });
}

/** Length of the UTF-8 sequence a lead byte starts and the allowed range of its second byte. */
function sequenceShape(lead: number): readonly [number, number, number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf]; // no overlong forms
  if (lead === 0xed) return [3, 0x80, 0x9f]; // no surrogates
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f]; // nothing above U+10FFFF
  return undefined;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (bytes.length when none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const shape = sequenceShape(lead);
    if (!shape) return i;
    const [length, min, max] = shape;
    const second = bytes[i + 1] ?? -1;
    if (second < min || second > max) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k] ?? -1;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return bytes.length;
}

function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // unified ideographs
    (code >= 0x3400 && code <= 0x4dbf) || // extension A
    (code >= 0x3000 && code <= 0x303f) || // CJK punctuation 。、「」
    (code >= 0xff00 && code <= 0xffef) // full-width forms ，：（）
  );
}

/**
 * GBK is the usual non-UTF-8 encoding of Chinese files on Windows. Latin-1 text can also
 * decode as GBK, but yields isolated odd characters; real Chinese gives runs of CJK.
 */
function looksLikeGbk(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('gbk', { fatal: true }).decode(bytes);
  } catch {
    return false; // not GBK, or a Node build without full ICU
  }
  let nonAscii = 0;
  let cjk = 0;
  let run = 0;
  let longestRun = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      run = 0;
      continue;
    }
    nonAscii++;
    run = isCjk(code) ? run + 1 : 0;
    if (run > 0) cjk++;
    longestRun = Math.max(longestRun, run);
  }
  return nonAscii > 0 && cjk >= nonAscii * 0.9 && longestRun >= 2;
}
