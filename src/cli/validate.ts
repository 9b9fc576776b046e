/** `docket validate [paths…]`: check documents and configuration, report, and choose the exit code. */
import { createWorkingTreeSource, toRepoPath } from '../adapters/fs.ts';
import { checkRepository } from '../app/check-repository.ts';
import { findUnfinishedRenumber } from '../app/renumber.ts';
import { JOURNAL_PATH } from '../app/renumber-journal.ts';
import {
  countProblems,
  renderGithub,
  renderJson,
  renderSummaryMarkdown,
  renderText,
} from '../core/report.ts';
import { ContentSourceError } from '../core/ports/content-source.ts';
import { createIssue, type Problem } from '../core/problem.ts';
import { parseCommandArgs, parseCount, parseFormat } from './args.ts';
import type { Context } from './context.ts';
import { EXIT, UsageError } from './errors.ts';
import { appendStepSummary } from './step-summary.ts';
import { ALL_MESSAGES } from '../core/catalogue.ts';

const OPTIONS = {
  format: { type: 'string', default: 'text' },
  'max-warnings': { type: 'string' },
  base: { type: 'string' },
} as const;

export async function runValidate(argv: string[], context: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', argv, OPTIONS);
  const format = parseFormat(values.format, ['text', 'json', 'github']);
  const maxWarnings =
    values['max-warnings'] === undefined
      ? undefined
      : parseCount('max-warnings', values['max-warnings']);
  const paths = positionals.map((path) => repoPath(context, path));
  const checked = await checkRepository(createWorkingTreeSource(context.root), {
    paths,
    ...progressLine(context),
  });
  const result = {
    ...checked,
    problems: [...unfinishedRenumber(context.root), ...checked.problems],
  };
  const documents = Object.values(result.counts).reduce((sum, count) => sum + count, 0);
  const counts = countProblems(result.problems);
  if (format === 'json')
    context.out(renderJson(result.problems, ALL_MESSAGES, context.lang, result.counts));
  else if (format === 'github')
    await reportToGithub(context, result.problems, values.base, documents);
  else reportText(context, result.problems, documents);
  if (counts.errors > 0) return EXIT.problems;
  if (maxWarnings !== undefined && counts.warnings > maxWarnings) {
    if (format === 'text')
      context.err(
        context.t('validate/too-many-warnings', { warnings: counts.warnings, limit: maxWarnings }),
      );
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** An interrupted renumber leaves the repository half-rewritten: an error until it is finished or undone. */
function unfinishedRenumber(root: string): Problem[] {
  const journal = findUnfinishedRenumber(root);
  if (!journal) return [];
  return [
    {
      ...createIssue(
        'renumber/unfinished',
        { line: 1, col: 1 },
        { old: journal.oldId, new: journal.newId },
      ),
      path: JOURNAL_PATH,
    },
  ];
}

/** A self-erasing progress line on a terminal's stderr; nothing in CI or when piped. */
function progressLine(context: Context): { onProgress?: (done: number, total: number) => void } {
  if (!context.progress) return {};
  return {
    onProgress: (done, total) => {
      if (total >= 2000)
        context.progress?.(done === 0 ? '' : context.t('validate/progress', { done, total }));
    },
  };
}

function reportText(context: Context, problems: readonly Problem[], documents: number): void {
  for (const line of renderText(problems, ALL_MESSAGES, context.lang)) context.out(line);
  context.out(headline(context, problems, documents));
}

export function headline(
  context: Context,
  problems: readonly Problem[],
  documents: number,
): string {
  const counts = countProblems(problems);
  if (problems.length === 0) return context.t('validate/clean', { documents });
  return context.t('validate/summary', { ...counts, documents, mark: counts.errors ? '✖' : '⚠' });
}

async function reportToGithub(
  context: Context,
  problems: readonly Problem[],
  base: string | undefined,
  documents: number,
): Promise<void> {
  const baseRef =
    base ??
    (context.env['GITHUB_BASE_REF'] ? `origin/${context.env['GITHUB_BASE_REF']}` : undefined);
  // A revision that looks like an option would reach git as one (`--base=--output=…`).
  if (baseRef?.startsWith('-')) throw new ContentSourceError('bad-revision', baseRef, '');
  // git is loaded only here: plain `validate` does not pay for it at start-up.
  const { listChangedFiles } = await import('../adapters/git.ts');
  const changed = new Set(
    baseRef ? await listChangedFiles(context.root, baseRef).catch(() => []) : [],
  );
  for (const line of renderGithub(problems, ALL_MESSAGES, context.lang, changed)) context.out(line);
  const title = headline(context, problems, documents);
  appendStepSummary(context, renderSummaryMarkdown(problems, ALL_MESSAGES, context.lang, title));
  context.out(title);
}

/** A path typed by the user (relative to where they stand) as a repository-relative path. */
export function repoPath(context: Context, path: string): string {
  const inRepo = toRepoPath(context.root, context.cwd, path);
  if (inRepo === undefined) throw new UsageError('usage/no-such-path', { value: path });
  return inRepo;
}
