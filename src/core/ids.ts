/**
 * Document IDs of the numbered kinds: their format, which kind a string names, and the next
 * free number. The formats come from the layout table (prefix and zero-padding).
 */
import { CUSTOMERS_DIR, CUSTOMER_ID, TOP_LEVEL, classifyPath } from './layout.ts';

export type NumberedKind = 'requirement' | 'change' | 'release' | 'customer';
export const NUMBERED_KINDS: readonly NumberedKind[] = [
  'requirement',
  'change',
  'release',
  'customer',
];

export const ID_FORMATS: Readonly<Record<NumberedKind, { prefix: string; digits: number }>> = {
  requirement: TOP_LEVEL.requirement,
  change: TOP_LEVEL.change,
  release: TOP_LEVEL.release,
  customer: CUSTOMER_ID,
};

/** `REQ-` and at least the padded number of digits (more once the numbers outgrow the padding). */
export function isIdOf(kind: NumberedKind, id: string): boolean {
  const { prefix, digits } = ID_FORMATS[kind];
  return id.startsWith(prefix) && new RegExp(`^[0-9]{${digits},}$`).test(id.slice(prefix.length));
}

/** The kind whose prefix `id` starts with (`REQ-…` → requirement), whether or not the digits are right. */
export function kindOfPrefix(id: string): NumberedKind | undefined {
  return NUMBERED_KINDS.find((kind) => id.startsWith(ID_FORMATS[kind].prefix));
}

export function formatId(kind: NumberedKind, number: number): string {
  const { prefix, digits } = ID_FORMATS[kind];
  return `${prefix}${String(number).padStart(digits, '0')}`;
}

/** Highest existing number + 1 (gaps are never reused: a number may live on in another branch). */
export function evaluateNextId(kind: NumberedKind, existing: Iterable<string>): string {
  let highest = 0;
  for (const id of existing) {
    if (isIdOf(kind, id))
      highest = Math.max(highest, Number(id.slice(ID_FORMATS[kind].prefix.length)));
  }
  return formatId(kind, highest + 1);
}

/**
 * IDs the files under content/ already use for a kind: file names of top-level documents and
 * customer folder names, whether or not the documents inside parse.
 */
export function idsInPaths(kind: NumberedKind, paths: Iterable<string>): Set<string> {
  const ids = new Set<string>();
  for (const path of paths) {
    if (kind === 'customer') {
      const folder = path.startsWith(`${CUSTOMERS_DIR}/`) ? path.split('/')[2] : undefined;
      if (folder !== undefined && path.split('/').length > 3) ids.add(folder);
      continue;
    }
    const where = classifyPath(path);
    if (where.type === 'document' && where.kind === kind) ids.add(where.expectedId);
  }
  return ids;
}
