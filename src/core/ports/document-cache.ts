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
      parsed: ParsedDocument;
      /** Schema issues, to be located in the front-matter. */
      dataIssues: DataIssue[];
      /** Issues of its own text that already know their position (the Markdown body). */
      issues: Issue[];
    };

/**
 * Contract: `get` answers only what `set` stored under the same key for the same schemas and the
 * same Docket code (an adapter keys its whole store by both). A cached outcome may come back
 * without its Markdown body (its checks have run): callers that need a body read the document
 * fresh.
 */
export interface DocumentCache {
  get(key: string): DocumentOutcome | undefined;
  set(key: string, outcome: DocumentOutcome): void;
}

/** The cache key of a document: its blob and the schema it is checked against. */
export function documentCacheKey(objectId: string, schemaFile: string): string {
  return `${objectId} ${schemaFile}`;
}
