/**
 * The loaded repository: every document with its kind, ID and data, the configuration, and
 * the set of files (for attachment links). Built by src/app from what the adapters read.
 */
import type { Config } from './config.ts';
import type { DocumentKind } from './layout.ts';
import type { ParsedDocument } from './parse.ts';
import type { DataIssue, DataPath } from './problem.ts';

export interface LoadedDocument {
  kind: DocumentKind;
  /** The ID in the front-matter (top-level kinds and customers) or derived from the path (records). */
  id: string;
  /** The ID the path implies. */
  expectedId: string;
  path: string;
  /** For customer files and records: the customer folder the file sits in. */
  customer?: string;
  data: Record<string, unknown>;
  parsed: ParsedDocument;
}

export interface Repository {
  documents: readonly LoadedDocument[];
  config: Config;
  /** Every file path under content/ (documents, attachments, configuration). */
  files: ReadonlySet<string>;
}

/** A DataIssue in a known file. */
export interface DocumentIssue extends DataIssue {
  path: string;
}

export interface RepositoryIndex extends Repository {
  byId: ReadonlyMap<string, LoadedDocument>;
  ofKind(kind: DocumentKind): readonly LoadedDocument[];
}

export function indexRepository(repository: Repository): RepositoryIndex {
  const byId = new Map<string, LoadedDocument>();
  const byKind = new Map<DocumentKind, LoadedDocument[]>();
  for (const document of repository.documents) {
    if (!byId.has(document.id)) byId.set(document.id, document);
    const list = byKind.get(document.kind) ?? [];
    list.push(document);
    byKind.set(document.kind, list);
  }
  return { ...repository, byId, ofKind: (kind) => byKind.get(kind) ?? [] };
}

/**
 * Every value at a path pattern, with its concrete pointer so a problem can point at it; `*`
 * walks all items of a list. The cross-document rules call this tens of times per document, so it
 * avoids generators and builds a pointer only for a value that exists (with one pass per kind
 * in the rules, all rules at 50,000 documents went from about 1.0 s to 0.43 s).
 */
export function entriesAt(
  data: unknown,
  pattern: readonly string[],
  prefix: DataPath = [],
): [DataPath, unknown][] {
  if (!pattern.includes('*')) {
    const value = valueAt(data, pattern, 0);
    return value !== undefined || pattern.length === 0 ? [[[...prefix, ...pattern], value]] : [];
  }
  const found: [DataPath, unknown][] = [];
  collectEntries(data, pattern, 0, prefix, found);
  return found;
}

/** The first of `entriesAt(data, pattern)`, or undefined: the form for single-valued paths. */
export function firstValueAt(
  data: unknown,
  pattern: readonly string[],
): [DataPath, unknown] | undefined {
  if (pattern.includes('*')) return entriesAt(data, pattern)[0];
  const value = valueAt(data, pattern, 0);
  return value !== undefined || pattern.length === 0 ? [[...pattern], value] : undefined;
}

/** The value at `pattern[from…]` (no `*` in it), or undefined when a step is missing or not a mapping. */
function valueAt(data: unknown, pattern: readonly string[], from: number): unknown {
  let value = data;
  for (let index = from; index < pattern.length; index++) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[pattern[index] ?? ''];
    if (value === undefined) return undefined;
  }
  return value;
}

function collectEntries(
  data: unknown,
  pattern: readonly string[],
  from: number,
  prefix: DataPath,
  found: [DataPath, unknown][],
): void {
  if (from === pattern.length) {
    found.push([prefix, data]);
    return;
  }
  const head = pattern[from] ?? '';
  if (head === '*') {
    if (!Array.isArray(data)) return;
    for (let index = 0; index < data.length; index++)
      collectEntries(data[index], pattern, from + 1, [...prefix, index], found);
    return;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return;
  const value = (data as Record<string, unknown>)[head];
  if (value !== undefined) collectEntries(value, pattern, from + 1, [...prefix, head], found);
}

export function stringAt(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  return typeof value === 'string' ? value : undefined;
}

export function stringsAt(data: Record<string, unknown>, key: string): string[] {
  const value = data[key];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}
