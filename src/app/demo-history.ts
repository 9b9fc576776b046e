/**
 * Builds a plausible git history of the demo content in a NEW repository: reads the source
 * checkout's content/ and schemas/ (files only, never its git history), plans the commits
 * (src/core/demo-history.ts) and replays them. The last commit's content/ equals the source's.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { listFiles, readText } from '../adapters/fs.ts';
import {
  copyFiles,
  initRepository,
  isMissingOrEmpty,
  writeCommit,
} from '../adapters/history-repo.ts';
import type { Person, Workflow } from '../core/config.ts';
import {
  assembleDemoHistory,
  type HistoryDocument,
  type HistoryInput,
  type HistoryPlan,
} from '../core/demo-history.ts';
import {
  CONFIG_FILES,
  CONTENT_DIR,
  SCHEMA_OF,
  classifyPath,
  type ConfigName,
  type WorkflowKind,
} from '../core/layout.ts';
import { parseConfigText, parseDocumentText } from '../core/parse.ts';
import type { JsonSchema } from '../core/schema-set.ts';
import { statusLabels } from '../core/summary.ts';

const WORKFLOW_KINDS: readonly WorkflowKind[] = [
  'requirement',
  'change',
  'customer',
  'release',
  'complaint',
  'service-request',
];

/** The output folder already holds something, or lies inside the source checkout: the history only goes into a new repository elsewhere. */
export class OutputFolderError extends Error {
  readonly dir: string;
  constructor(dir: string, reason: 'not-empty' | 'inside-source') {
    const problem =
      reason === 'not-empty' ? 'exists and is not empty' : 'is inside the source checkout';
    super(
      `\`${dir}\` ${problem}; demo-history only writes a new repository outside the source. Pick another --out folder.`,
    );
    this.name = 'OutputFolderError';
    this.dir = dir;
  }
}

/** A configuration file that does not parse: the history needs people and workflows. */
export class ConfigUnreadableError extends Error {
  constructor(path: string) {
    super(`\`${path}\` does not parse as YAML. Run \`docket validate\` and fix it first.`);
    this.name = 'ConfigUnreadableError';
  }
}

export interface DemoHistorySummary {
  /** Commits written, the setup commit included. */
  commits: number;
  first: string;
  last: string;
}

/** Everything the planner needs from the source checkout. Documents that do not parse are copied in the setup commit. */
export function readHistoryInput(root: string): HistoryInput {
  const documents: HistoryDocument[] = [];
  const setupPaths = listFiles(root, 'schemas');
  for (const path of listFiles(root, CONTENT_DIR)) {
    const document = readHistoryDocument(root, path);
    if (document) documents.push(document);
    else setupPaths.push(path);
  }
  const people = (readConfigData(root, 'people')['people'] ?? []) as Person[];
  const workflows = readConfigData(root, 'workflows') as Partial<Record<WorkflowKind, Workflow>>;
  return { documents, people, workflows, stateLabels: readStateLabels(root), setupPaths };
}

export async function createDemoHistory(
  sourceRoot: string,
  outDir: string,
): Promise<DemoHistorySummary> {
  if (isInside(resolve(outDir), resolve(sourceRoot)))
    throw new OutputFolderError(outDir, 'inside-source');
  if (!isMissingOrEmpty(outDir)) throw new OutputFolderError(outDir, 'not-empty');
  const plan = assembleDemoHistory(readHistoryInput(sourceRoot));
  await initRepository(outDir);
  copyFiles(sourceRoot, outDir, plan.setup.copies);
  for (const commit of [plan.setup, ...plan.commits]) await writeCommit(outDir, commit);
  return summarizePlan(plan);
}

export function summarizePlan(plan: HistoryPlan): DemoHistorySummary {
  return {
    commits: plan.commits.length + 1,
    first: plan.setup.date,
    last: plan.commits.at(-1)?.date ?? plan.setup.date,
  };
}

function isInside(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest));
}

function readHistoryDocument(root: string, path: string): HistoryDocument | undefined {
  const where = classifyPath(path);
  if (where.type !== 'document') return undefined;
  const text = readText(root, path);
  const parsed = parseDocumentText(text);
  return parsed.ok ? { path, kind: where.kind, data: parsed.doc.data, text } : undefined;
}

function readConfigData(root: string, name: ConfigName): Record<string, unknown> {
  const { path } = CONFIG_FILES[name];
  const parsed = parseConfigText(readText(root, path));
  if (!parsed.ok) throw new ConfigUnreadableError(path);
  return parsed.doc.data;
}

/** zh-CN state labels from each document schema's `x-enum-labels`. */
function readStateLabels(root: string): Partial<Record<WorkflowKind, Record<string, string>>> {
  const labels: Partial<Record<WorkflowKind, Record<string, string>>> = {};
  for (const kind of WORKFLOW_KINDS) {
    const schema = JSON.parse(readText(root, `schemas/${SCHEMA_OF[kind]}`)) as JsonSchema;
    const byCode = statusLabels(schema).labels;
    labels[kind] = Object.fromEntries(
      Object.entries(byCode).map(([code, label]) => [code, label['zh-CN']]),
    );
  }
  return labels;
}
