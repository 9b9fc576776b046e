/**
 * Reads content/ and schemas/ from a content source and builds the repository model: every
 * document decoded, parsed and schema-checked, the configuration loaded. Problems are collected as
 * data; nothing throws for bad content (a source that cannot be read rejects with its
 * ContentSourceError, a broken schema with a SetupError).
 */
import type { Config } from '../core/config.ts';
import {
  decodeDocumentBytes,
  decodeOversized,
  MAX_DOCUMENT_BYTES,
  type DecodeResult,
} from '../core/decode.ts';
import {
  CONFIG_DIR,
  CONFIG_FILES,
  CONTENT_DIR,
  SCHEMA_OF,
  classifyPath,
  type ConfigName,
  type DocumentKind,
} from '../core/layout.ts';
import type { FrontMatterSource } from '../core/locate.ts';
import { parseConfigText, parseDocumentText } from '../core/parse.ts';
import { attachPath, createIssue, type Problem } from '../core/problem.ts';
import {
  indexRepository,
  type DocumentIssue,
  type LoadedDocument,
  type RepositoryIndex,
} from '../core/repository.ts';
import type { ContentSource } from '../core/ports/content-source.ts';
import type { SchemaSet } from '../core/schema-set.ts';
import { validateAgainstSchema } from '../core/validate-schema.ts';
import { compileRepositorySchemas } from './load-schemas.ts';

export {
  compileRepositorySchemas,
  readSchemaSources,
  readWorkingTreeSchemas,
} from './load-schemas.ts';

export interface LoadResult {
  /** Undefined when the configuration itself is broken (cross-document rules need it). */
  repository?: RepositoryIndex;
  documents: LoadedDocument[];
  schemas: SchemaSet;
  /** Problems that already have positions (decode, parse, layout). */
  problems: Problem[];
  /** Schema issues, to be located. */
  dataIssues: DocumentIssue[];
  /** Where to locate a data issue: the YAML text of each document and configuration file. */
  sources: Map<string, FrontMatterSource>;
  files: string[];
}

/** Called now and then while files are read, for a progress line in a terminal. */
export type ProgressListener = (done: number, total: number) => void;
const PROGRESS_EVERY = 2000;

export interface LoadOptions {
  onProgress?: ProgressListener;
  /**
   * Where schemas/ and content/config/ come from; by default the same source as the documents.
   * The approvals gate reads them from the pull request's base and the documents from its head.
   */
  configSource?: ContentSource;
  /** Schemas compiled already (they are then not read from any source). */
  schemas?: SchemaSet;
}

export async function loadRepository(
  source: ContentSource,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const configSource = options.configSource ?? source;
  const schemas = options.schemas ?? (await compileRepositorySchemas(configSource));
  const { files, symlinks } = await listContent(source, configSource);
  const result: LoadResult = {
    documents: [],
    schemas,
    problems: [],
    dataIssues: [],
    sources: new Map(),
    files,
  };
  for (const path of symlinks)
    result.problems.push({ ...createIssue('file/symlink', { line: 1, col: 1 }), path });
  const configs: Partial<Record<ConfigName, unknown>> = {};
  const classes = files.map(classifyPath);
  // Every read is asked for at once: a git source answers them through one pipe, in order.
  const reads = files.map((path, index) =>
    classes[index]?.type === 'document' || classes[index]?.type === 'config'
      ? readDecoded(isConfigPath(path) ? configSource : source, path)
      : undefined,
  );
  // A failure is rethrown where it is awaited; until then it must not count as unhandled.
  for (const read of reads) read?.catch(() => undefined);
  for (const [index, path] of files.entries()) {
    if (options.onProgress && index % PROGRESS_EVERY === 0) options.onProgress(index, files.length);
    const where = classes[index];
    const read = reads[index];
    if (where?.type === 'document' && read) loadDocument(await read, path, where, result);
    else if (where?.type === 'config' && read)
      configs[where.name] = loadConfig(await read, where.name, result);
    else if (where?.type === 'misplaced')
      result.problems.push({
        ...createIssue(`layout/${where.reason}`, { line: 1, col: 1 }, {}, 'warning'),
        path,
      });
  }
  const config = assembleConfig(configs, result);
  if (config)
    result.repository = indexRepository({
      documents: result.documents,
      config,
      files: new Set(files),
    });
  return result;
}

function isConfigPath(path: string): boolean {
  return path.startsWith(`${CONFIG_DIR}/`);
}

/** content/ from the source, with content/config/ taken from the configuration source. */
async function listContent(
  source: ContentSource,
  configSource: ContentSource,
): Promise<{ files: string[]; symlinks: string[] }> {
  const content = await source.listFiles(CONTENT_DIR);
  if (configSource === source) return content;
  const config = await configSource.listFiles(CONFIG_DIR);
  const outside = (path: string) => !isConfigPath(path);
  return {
    files: [...content.files.filter(outside), ...config.files].sort(),
    symlinks: [...content.symlinks.filter(outside), ...config.symlinks].sort(),
  };
}

/** A file's text as the author sees it, or the issue that stops it being read. */
async function readDecoded(source: ContentSource, path: string): Promise<DecodeResult> {
  const read = await source.readBytes(path, MAX_DOCUMENT_BYTES);
  if (read.type === 'bytes') return decodeDocumentBytes(read.bytes);
  if (read.type === 'too-large') return decodeOversized(read.head, read.size);
  // Listed a moment ago, gone or replaced now: the same as a link.
  return { ok: false, issue: createIssue('file/symlink', { line: 1, col: 1 }) };
}

function loadDocument(
  decoded: DecodeResult,
  path: string,
  { kind, expectedId, customer }: { kind: DocumentKind; expectedId: string; customer?: string },
  result: LoadResult,
): void {
  if (!decoded.ok) {
    result.problems.push(...attachPath(path, [decoded.issue]));
    return;
  }
  const parsed = parseDocumentText(decoded.text);
  if (!parsed.ok) {
    result.problems.push(...attachPath(path, parsed.issues));
    return;
  }
  const schemaFile = SCHEMA_OF[kind];
  const issues = validateAgainstSchema(
    parsed.doc.data,
    result.schemas.validatorFor(schemaFile),
    result.schemas.schemaFor(schemaFile),
  );
  result.dataIssues.push(...issues.map((issue) => ({ ...issue, path })));
  result.sources.set(path, parsed.doc);
  const storedId = parsed.doc.data['id'];
  const id = typeof storedId === 'string' ? storedId : expectedId;
  result.documents.push({
    kind,
    id,
    expectedId,
    path,
    data: parsed.doc.data,
    parsed: parsed.doc,
    ...(customer === undefined ? {} : { customer }),
  });
}

/** Returns the configuration data only when it parsed and passed its schema. */
function loadConfig(decoded: DecodeResult, name: ConfigName, result: LoadResult): unknown {
  const { path, schema } = CONFIG_FILES[name];
  const parsed = decoded.ok
    ? parseConfigText(decoded.text)
    : { ok: false as const, issues: [decoded.issue] };
  if (!parsed.ok) {
    result.problems.push(...attachPath(path, parsed.issues));
    return undefined;
  }
  result.sources.set(path, parsed.doc);
  const issues = validateAgainstSchema(
    parsed.doc.data,
    result.schemas.validatorFor(schema),
    result.schemas.schemaFor(schema),
  );
  result.dataIssues.push(...issues.map((issue) => ({ ...issue, path })));
  return issues.some((issue) => issue.severity === 'error') ? undefined : parsed.doc.data;
}

function assembleConfig(
  configs: Partial<Record<ConfigName, unknown>>,
  result: LoadResult,
): Config | undefined {
  const names = Object.keys(CONFIG_FILES) as ConfigName[];
  const missing = names.filter((name) => !result.files.includes(CONFIG_FILES[name].path));
  for (const name of missing)
    result.problems.push({
      ...createIssue('config/missing', { line: 1, col: 1 }),
      path: CONFIG_FILES[name].path,
    });
  if (names.some((name) => configs[name] === undefined)) return undefined;
  const people = configs.people as { people: Config['people'] };
  return { ...(configs as unknown as Omit<Config, 'people'>), people: people.people };
}
