/**
 * `docket validate`: load everything (IDs and links need the whole repository), run every rule,
 * locate the problems that will be reported, and keep those in the requested paths.
 */
import type { WorkflowKind } from '../core/layout.ts';
import { CONFIG_DIR, SCHEMA_OF } from '../core/layout.ts';
import {
  createLocator,
  scalarSourceAt,
  type FrontMatterSource,
  type Locator,
} from '../core/locate.ts';
import type { Problem } from '../core/problem.ts';
import type { DocumentIssue } from '../core/repository.ts';
import { checkConfig, type StatusEnums } from '../core/rules/config.ts';
import { checkRepositoryRules } from '../core/rules/index.ts';
import type { SchemaSet } from '../core/schema-set.ts';
import type { ContentSource } from '../core/ports/content-source.ts';
import { parseText, readDecoded } from './load-document.ts';
import { loadRepository, type LoadOptions, type LoadResult } from './load-repository.ts';

export interface CheckResult {
  problems: Problem[];
  /** Locates more issues in the loaded files (a cached file's text is read again for it). */
  locate: (issues: readonly DocumentIssue[]) => Promise<Problem[]>;
  /** Documents read, by kind. */
  counts: Record<string, number>;
  load: LoadResult;
}

export interface CheckOptions extends LoadOptions {
  /** Repository-relative paths (files or folders) to report on; empty means everything. */
  paths?: readonly string[];
}

export async function checkRepository(
  source: ContentSource,
  options: CheckOptions = {},
): Promise<CheckResult> {
  const load = await loadRepository(source, options);
  const problems = [...load.problems];
  const dataIssues = [...load.dataIssues];
  if (load.repository) {
    dataIssues.push(
      ...checkRepositoryRules(load.repository),
      ...checkConfig(load.repository.config, statusEnums(load.schemas), (kind) =>
        load.schemas.schemaFor(SCHEMA_OF[kind]),
      ),
    );
  }
  const wanted = pathFilter(options.paths ?? []);
  const locate = createIssueLocator(load, source, options.configSource ?? source);
  problems.push(...(await locate(dataIssues.filter((issue) => wanted(issue.path)))));
  const counts: Record<string, number> = {};
  for (const document of load.documents) counts[document.kind] = (counts[document.kind] ?? 0) + 1;
  return {
    problems: sortProblems(problems.filter((problem) => wanted(problem.path))),
    counts,
    load,
    locate,
  };
}

/**
 * Locates issues in the loaded files. A file whose outcome came from the document cache has no
 * text in memory: it is read and parsed again, only when an issue must be located in it.
 */
function createIssueLocator(load: LoadResult, source: ContentSource, configSource: ContentSource) {
  return async (issues: readonly DocumentIssue[]): Promise<Problem[]> => {
    for (const path of new Set(issues.map((issue) => issue.path))) {
      if (load.sources.has(path)) continue;
      const inConfig = path.startsWith(`${CONFIG_DIR}/`);
      const decoded = await readDecoded(inConfig ? configSource : source, path);
      const parsed = decoded.ok ? parseText(decoded.text, inConfig) : undefined;
      if (parsed?.ok) load.sources.set(path, parsed.doc);
    }
    return locateIssues(issues, load.sources);
  };
}

/** Finds line and column only for issues that will be shown: a second parse per file, lazily. */
export function locateIssues(
  issues: readonly DocumentIssue[],
  sources: ReadonlyMap<string, FrontMatterSource>,
): Problem[] {
  const locators = new Map<string, Locator>();
  return issues.map(({ pointer, target, ...issue }) => {
    const source = sources.get(issue.path);
    if (!source) return { ...issue, line: 1, col: 1 };
    let locate = locators.get(issue.path);
    if (!locate) {
      locate = createLocator(source);
      locators.set(issue.path, locate);
    }
    const position = locate(pointer, target);
    return { ...issue, params: withTypedValue(issue, source, position), ...position };
  });
}

/** What YAML read as a number or boolean, or as a string of digits: say it as it was typed. */
const READ_AS_NUMBER = /^(?:[-+.\w]+|true|false)$/;

/**
 * The value a message quotes, as the author typed it: YAML turns `0x1F` into 31 and
 * `057186921357` into 57186921357, and a hint to quote the value must not change it.
 */
function withTypedValue(
  issue: Omit<DocumentIssue, 'pointer' | 'target'>,
  source: FrontMatterSource,
  position: { line: number; col: number },
): DocumentIssue['params'] {
  const value = issue.params['value'];
  if (typeof value !== 'string' || !READ_AS_NUMBER.test(value) || !issue.rule.startsWith('schema/'))
    return issue.params;
  const typed = scalarSourceAt(source, position);
  return typed === undefined || /^["']/.test(typed)
    ? issue.params
    : { ...issue.params, value: typed };
}

function statusEnums(schemas: SchemaSet): StatusEnums {
  const enumOf = (kind: WorkflowKind) => {
    const properties = schemas.schemaFor(SCHEMA_OF[kind])['properties'] as Record<
      string,
      { enum?: string[] }
    >;
    return properties['status']?.enum ?? [];
  };
  const kinds: WorkflowKind[] = [
    'requirement',
    'change',
    'customer',
    'release',
    'complaint',
    'service-request',
  ];
  return Object.fromEntries(kinds.map((kind) => [kind, enumOf(kind)])) as unknown as StatusEnums;
}

function pathFilter(paths: readonly string[]): (path: string) => boolean {
  const prefixes = paths.map((path) => path.replace(/\/+$/, ''));
  // No paths, or the repository root itself (`docket validate .`), means everything.
  if (prefixes.length === 0 || prefixes.includes('')) return () => true;
  return (path) => prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.col - b.col,
  );
}
