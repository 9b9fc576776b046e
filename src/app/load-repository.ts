/**
 * Reads content/ and schemas/ and builds the repository model: every document decoded, parsed and
 * schema-checked, the configuration loaded. Problems are collected as data; nothing throws for
 * bad content.
 */
import { listFiles, readBytes, readText, walkFiles } from '../adapters/fs.ts';
import type { Config } from '../core/config.ts';
import { decodeDocumentBytes } from '../core/decode.ts';
import {
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
import { compileSchemaSet, type SchemaSet, type SchemaSource } from '../core/schema-set.ts';
import { SetupError } from './errors.ts';
import { validateAgainstSchema } from '../core/validate-schema.ts';

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

/** Every schema Docket needs; a missing one is a setup problem, reported before anything runs. */
const REQUIRED_SCHEMAS = [
  'common.schema.json',
  ...Object.values(SCHEMA_OF),
  ...Object.values(CONFIG_FILES).map((config) => config.schema),
];

export function readSchemaSources(root: string): SchemaSource[] {
  const sources = listFiles(root, 'schemas')
    .filter((path) => path.endsWith('.schema.json'))
    .map((path) => ({ file: path.slice('schemas/'.length), schema: parseSchemaFile(root, path) }));
  const missing = REQUIRED_SCHEMAS.filter(
    (file) => !sources.some((source) => source.file === file),
  );
  if (missing.length > 0)
    throw new SetupError('setup/schema-missing', {
      files: missing.map((file) => `schemas/${file}`).join(', '),
    });
  return sources;
}

function parseSchemaFile(root: string, path: string): SchemaSource['schema'] {
  try {
    return JSON.parse(readText(root, path)) as SchemaSource['schema'];
  } catch (error) {
    throw new SetupError('setup/schema-invalid', {
      path,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

/** ajv refuses a schema that is not valid JSON Schema (or uses an unknown keyword in strict mode). */
function compileRepositorySchemas(root: string): SchemaSet {
  const sources = readSchemaSources(root);
  try {
    return compileSchemaSet(sources);
  } catch (error) {
    throw new SetupError('setup/schema-invalid', {
      path: 'schemas/',
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

/** Called now and then while files are read, for a progress line in a terminal. */
export type ProgressListener = (done: number, total: number) => void;
const PROGRESS_EVERY = 2000;

export function loadRepository(
  root: string,
  onProgress?: ProgressListener,
  schemas: SchemaSet = compileRepositorySchemas(root),
): LoadResult {
  const { files, symlinks } = walkFiles(root, CONTENT_DIR);
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
  for (const [index, path] of files.entries()) {
    if (onProgress && index % PROGRESS_EVERY === 0) onProgress(index, files.length);
    const where = classifyPath(path);
    if (where.type === 'document')
      loadDocument(root, path, where.kind, where.expectedId, where.customer, result);
    else if (where.type === 'config') configs[where.name] = loadConfig(root, where.name, result);
    else if (where.type === 'misplaced')
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

function loadDocument(
  root: string,
  path: string,
  kind: DocumentKind,
  expectedId: string,
  customer: string | undefined,
  result: LoadResult,
): void {
  const decoded = decodeDocumentBytes(readBytes(root, path));
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
function loadConfig(root: string, name: ConfigName, result: LoadResult): unknown {
  const { path, schema } = CONFIG_FILES[name];
  const decoded = decodeDocumentBytes(readBytes(root, path));
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
