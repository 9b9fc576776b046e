/**
 * Reads content/ and schemas/ from a content source and builds the repository model: every
 * document decoded, parsed and schema-checked, the configuration loaded. Problems are collected as
 * data; nothing throws for bad content (a source that cannot be read rejects with its
 * ContentSourceError, a broken schema with a SetupError).
 */
import type { Config } from '../core/config.ts';
import {
  CONFIG_DIR,
  CONFIG_FILES,
  CONTENT_DIR,
  SCHEMA_OF,
  classifyPath,
  type ConfigName,
  type PathClass,
} from '../core/layout.ts';
import type { FrontMatterSource } from '../core/locate.ts';
import type { DocumentOutcome } from '../core/ports/document-cache.ts';
import { attachPath, createIssue, type Problem } from '../core/problem.ts';
import {
  indexRepository,
  type DocumentIssue,
  type LoadedDocument,
  type RepositoryIndex,
} from '../core/repository.ts';
import type { ContentListing, ContentSource } from '../core/ports/content-source.ts';
import type { SchemaSet } from '../core/schema-set.ts';
import { addDocument, startDocumentLoad, type DocumentCacheOptions } from './load-document.ts';
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

export interface LoadOptions extends DocumentCacheOptions {
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
  const { files, symlinks, others } = await listContent(source, configSource);
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
  for (const path of others)
    result.problems.push({ ...createIssue('file/not-a-file', { line: 1, col: 1 }), path });
  const configs: Partial<Record<ConfigName, unknown>> = {};
  const classes = files.map((path) => ({ path, where: classifyPath(path) }));
  const outcomes = startLoads(classes, { source, configSource, schemas }, options);
  for (const [index, path] of files.entries()) {
    if (options.onProgress && index % PROGRESS_EVERY === 0) options.onProgress(index, files.length);
    const where = classes[index]?.where;
    const outcome = outcomes[index];
    if (where?.type === 'document' && outcome) addDocument(await outcome, path, where, result);
    else if (where?.type === 'config' && outcome)
      configs[where.name] = loadConfig(await outcome, where.name, result);
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

/**
 * Every document and configuration file is asked for at once: a git source answers them through
 * one pipe, in order. A failure is rethrown where it is awaited; until then it must not count as
 * unhandled.
 */
function startLoads(
  classes: readonly { path: string; where: PathClass }[],
  {
    source,
    configSource,
    schemas,
  }: { source: ContentSource; configSource: ContentSource; schemas: SchemaSet },
  options: LoadOptions,
) {
  const outcomes = classes.map(({ path, where }) => {
    if (where.type === 'document')
      return startDocumentLoad(
        source,
        path,
        { set: schemas, file: SCHEMA_OF[where.kind] },
        options,
      );
    if (where.type !== 'config') return undefined;
    const file = CONFIG_FILES[where.name].schema;
    return startDocumentLoad(configSource, path, { set: schemas, file, config: true }, options);
  });
  for (const outcome of outcomes) outcome?.catch(() => undefined);
  return outcomes;
}

function isConfigPath(path: string): boolean {
  return path.startsWith(`${CONFIG_DIR}/`);
}

/** content/ from the source, with content/config/ taken from the configuration source. */
async function listContent(
  source: ContentSource,
  configSource: ContentSource,
): Promise<Required<ContentListing>> {
  const content = await source.listFiles(CONTENT_DIR);
  if (configSource === source) return { others: [], ...content };
  const config = await configSource.listFiles(CONFIG_DIR);
  const outside = (path: string) => !isConfigPath(path);
  const merge = (key: keyof ContentListing) =>
    [...(content[key] ?? []).filter(outside), ...(config[key] ?? [])].sort();
  return { files: merge('files'), symlinks: merge('symlinks'), others: merge('others') };
}

/** Returns the configuration data only when it parsed and passed its schema. */
function loadConfig(outcome: DocumentOutcome, name: ConfigName, result: LoadResult): unknown {
  const { path } = CONFIG_FILES[name];
  result.problems.push(...attachPath(path, outcome.issues));
  if (!outcome.ok) return undefined;
  if (!outcome.fromCache) result.sources.set(path, outcome.parsed);
  result.dataIssues.push(...outcome.dataIssues.map((issue) => ({ ...issue, path })));
  const valid = !outcome.dataIssues.some((issue) => issue.severity === 'error');
  return valid ? outcome.parsed.data : undefined;
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
