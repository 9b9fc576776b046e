/**
 * Loading one document or configuration file: decode, parse, check against its schema, check a
 * document's body. The outcome has no path, so a document cache can keep it by blob id and give
 * it back for the same blob, which is then neither read nor parsed again.
 */
import {
  decodeDocumentBytes,
  decodeOversized,
  MAX_DOCUMENT_BYTES,
  type DecodeResult,
} from '../core/decode.ts';
import type { DocumentKind } from '../core/layout.ts';
import type { FrontMatterSource } from '../core/locate.ts';
import { parseConfigText, parseDocumentText, type ParseResult } from '../core/parse.ts';
import type { ContentSource } from '../core/ports/content-source.ts';
import {
  documentCacheKey,
  fromCachedOutcome,
  toCachedOutcome,
  type DocumentCache,
  type DocumentOutcome,
} from '../core/ports/document-cache.ts';
import { attachPath, createIssue, type Problem } from '../core/problem.ts';
import type { DocumentIssue, LoadedDocument } from '../core/repository.ts';
import { checkBodyForConfidentialValues } from '../core/rules/body.ts';
import type { SchemaSet } from '../core/schema-set.ts';
import { validateAgainstSchema } from '../core/validate-schema.ts';

export interface DocumentCacheOptions {
  /** Outcomes kept from earlier runs, by blob id (only sources that know blob ids use it). */
  cache?: DocumentCache;
  /** Paths always read and parsed, never taken from the cache (a pull request's changes). */
  fresh?: ReadonlySet<string>;
}

/** Where loaded documents go: the parts of a load result that loading one document fills. */
export interface DocumentSink {
  documents: LoadedDocument[];
  problems: Problem[];
  dataIssues: DocumentIssue[];
  sources: Map<string, FrontMatterSource>;
}

/** What a file is checked against; `config` files are YAML from line 1 and have no body. */
export interface OutcomeSchema {
  set: SchemaSet;
  file: string;
  config?: boolean;
}

export interface DocumentPlace {
  kind: DocumentKind;
  expectedId: string;
  customer?: string;
}

/** A file's text as the author sees it, or the issue that stops it being read. */
export async function readDecoded(source: ContentSource, path: string): Promise<DecodeResult> {
  const read = await source.readBytes(path, MAX_DOCUMENT_BYTES);
  if (read.type === 'bytes') return decodeDocumentBytes(read.bytes);
  if (read.type === 'too-large') return decodeOversized(read.head, read.size);
  // Listed a moment ago, gone or replaced now: the same as a link.
  return { ok: false, issue: createIssue('file/symlink', { line: 1, col: 1 }) };
}

/**
 * The outcome of one document, from the cache when its blob was loaded before and it is not to
 * be read fresh; otherwise read now (the read is started at once, so a git source can pipeline).
 */
export function startDocumentLoad(
  source: ContentSource,
  path: string,
  schemas: OutcomeSchema,
  { cache, fresh }: DocumentCacheOptions,
): Promise<DocumentOutcome> {
  const load = () =>
    readDecoded(source, path).then((decoded) => loadDocumentOutcome(decoded, schemas));
  const objectId = cache ? source.objectId?.(path) : undefined;
  if (!cache || objectId === undefined) return load();
  const key = documentCacheKey(objectId, schemas.file);
  const cached = fresh?.has(path) ? undefined : cache.get(key);
  if (cached) return Promise.resolve(fromCachedOutcome(cached));
  return load().then((outcome) => {
    cache.set(key, toCachedOutcome(outcome));
    return outcome;
  });
}

/** A configuration file is YAML from line 1; a document has front-matter and a body. */
export function parseText(text: string, config = false): ParseResult {
  return config ? parseConfigText(text) : parseDocumentText(text);
}

export function loadDocumentOutcome(
  decoded: DecodeResult,
  schemas: OutcomeSchema,
): DocumentOutcome {
  if (!decoded.ok) return { ok: false, issues: [decoded.issue] };
  const parsed = parseText(decoded.text, schemas.config);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const { data } = parsed.doc;
  return {
    ok: true,
    parsed: parsed.doc,
    dataIssues: validateAgainstSchema(
      data,
      schemas.set.validatorFor(schemas.file),
      schemas.set.schemaFor(schemas.file),
    ),
    issues: schemas.config ? [] : checkBodyForConfidentialValues(parsed.doc),
  };
}

/** Puts one document's outcome, at `path`, into the load result. */
export function addDocument(
  outcome: DocumentOutcome,
  path: string,
  { kind, expectedId, customer }: DocumentPlace,
  sink: DocumentSink,
): void {
  sink.problems.push(...attachPath(path, outcome.issues));
  if (!outcome.ok) return;
  const { parsed } = outcome;
  sink.dataIssues.push(...outcome.dataIssues.map((issue) => ({ ...issue, path })));
  // A cached outcome has no text to locate in: checkRepository reads it again when it must.
  if (!outcome.fromCache) sink.sources.set(path, parsed);
  const storedId = parsed.data['id'];
  sink.documents.push({
    kind,
    id: typeof storedId === 'string' ? storedId : expectedId,
    expectedId,
    path,
    data: parsed.data,
    parsed,
    ...(customer === undefined ? {} : { customer }),
  });
}
