/**
 * Reads every file of a built site as text a leak could hide in, and looks for needles in it.
 * Pagefind's index, fragments, filters and metadata are gzip-compressed: they are decompressed
 * first. Each file is also read with HTML entities, `\uXXXX` escapes and percent-encoding
 * decoded, and once more with tags removed, so `&#x6C88;国栋`, `\u6c88国栋` or `沈<wbr>国栋`
 * are still found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface OutputFile {
  /** Path inside the built folder. */
  path: string;
  /** The raw text, then the decoded text, then the decoded text without tags. */
  variants: string[];
  /** Decoded, tags turned into spaces and spaces collapsed: for "value beside its label" checks. */
  plain: string;
}

export interface Needle {
  /** What the needle is, for the failure message: `CUS-001 legal/credit_code`. */
  what: string;
  value: string;
  /** Anywhere in any file, or only within a few characters after one of these labels. */
  near?: readonly string[];
}

export interface Leak {
  file: string;
  what: string;
  value: string;
  excerpt: string;
}

export function readOutputFiles(folder: string): OutputFile[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      const raw = readBytes(full);
      const decoded = decodeText(raw);
      const withoutTags = decoded.replace(/<[^>]*>/g, '');
      const plain = decoded.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
      return { path: relative(folder, full), variants: [raw, decoded, withoutTags], plain };
    });
}

/** The file as UTF-8 text; gzip (Pagefind's files) is decompressed first. */
function readBytes(path: string): string {
  const bytes = readFileSync(path);
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

export function decodeText(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#x([0-9a-fA-F]+);?/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);?/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&([a-z]+);/g, (entity, name: string) => NAMED_ENTITIES[name] ?? entity)
    .replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
}

/** Every place a needle occurs; an empty list means the build is clean. */
export function findLeaks(files: readonly OutputFile[], needles: readonly Needle[]): Leak[] {
  const leaks: Leak[] = [];
  for (const file of files)
    for (const needle of needles) {
      const excerpt = needle.near ? findNear(file.plain, needle) : findAnywhere(file, needle.value);
      if (excerpt !== undefined)
        leaks.push({ file: file.path, what: needle.what, value: needle.value, excerpt });
    }
  return leaks;
}

function findAnywhere(file: OutputFile, value: string): string | undefined {
  for (const text of file.variants) {
    const at = indexOfWhole(text, value);
    if (at >= 0) return text.slice(Math.max(0, at - 40), at + value.length + 40);
  }
  return undefined;
}

/** An ID such as `REQ-0001` must not match inside `REQ-00012`; other values match anywhere. */
function indexOfWhole(text: string, value: string): number {
  const endsInDigit = /[0-9]$/.test(value);
  let at = text.indexOf(value);
  while (at >= 0 && endsInDigit && /[0-9]/.test(text.charAt(at + value.length)))
    at = text.indexOf(value, at + 1);
  return at;
}

/** The value (as a whole number or word) within 80 characters after one of its labels. */
function findNear(plain: string, needle: Needle): string | undefined {
  const value = escapeRegExp(needle.value);
  const bounded = /^[0-9.]+$/.test(needle.value) ? `(?<![0-9.])${value}(?![0-9]|\\.[0-9])` : value;
  for (const label of needle.near ?? []) {
    const pattern = new RegExp(`${escapeRegExp(label)}.{0,80}?${bounded}`, 'su');
    const match = pattern.exec(plain);
    if (match) return match[0];
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
