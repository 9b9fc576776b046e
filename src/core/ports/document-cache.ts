/**
 * The document-cache port: what loading one document found (decode, parse, schema and body
 * checks), kept by its git blob id and schema file so that an unchanged document is not read and
 * parsed again. An outcome holds no path: the same blob can sit at several paths.
 */
import type { ParsedDocument } from '../front-matter-split.ts';
import type { DataIssue, Issue } from '../problem.ts';

export type DocumentOutcome =
  /** It could not be decoded or parsed: the issues say why, with their positions. */
  | { ok: false; issues: Issue[] }
  | {
      ok: true;
      /**
       * From the cache, its `frontMatter` and `body` texts are empty: the checks that needed them
       * have run, an issue is located by reading the file again, and a document whose text is
       * needed (one a pull request changes) is read fresh.
       */
      parsed: ParsedDocument;
      /** Schema issues, to be located in the front-matter. */
      dataIssues: DataIssue[];
      /** Issues of its own text that already know their position (the Markdown body). */
      issues: Issue[];
      fromCache?: true;
    };

/** What the cache keeps of an outcome: no texts, only the data and what the checks found. */
export type CachedOutcome =
  | { ok: false; issues: Issue[] }
  | {
      ok: true;
      data: Record<string, unknown>;
      frontMatterLine: number;
      bodyLine: number;
      dataIssues: DataIssue[];
      issues: Issue[];
    };

/**
 * Contract: `get` answers only what `set` stored under the same key for the same schemas and the
 * same Docket code (an adapter keys its whole store by both).
 */
export interface DocumentCache {
  get(key: string): CachedOutcome | undefined;
  set(key: string, outcome: CachedOutcome): void;
}

export function toCachedOutcome(outcome: DocumentOutcome): CachedOutcome {
  if (!outcome.ok) return outcome;
  const { data, frontMatterLine, bodyLine } = outcome.parsed;
  const { dataIssues, issues } = outcome;
  return { ok: true, data, frontMatterLine, bodyLine, dataIssues, issues };
}

export function fromCachedOutcome(cached: CachedOutcome): DocumentOutcome {
  if (!cached.ok) return cached;
  const { data, frontMatterLine, bodyLine, dataIssues, issues } = cached;
  const parsed = { data, frontMatterLine, bodyLine, frontMatter: '', body: '' };
  return { ok: true, parsed, dataIssues, issues, fromCache: true };
}

/** The cache key of a document: its blob and the schema it is checked against. */
export function documentCacheKey(objectId: string, schemaFile: string): string {
  return `${objectId} ${schemaFile}`;
}
