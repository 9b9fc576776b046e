/**
 * Pure templates over problem lists: terminal text, JSON, GitHub workflow commands and the job
 * summary render the same data.
 */
import { formatMessage, showControls, type Catalogue, type Lang } from './messages.ts';
import type { Problem } from './problem.ts';

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

export function countProblems(problems: readonly Problem[]): ProblemCounts {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

/** `path:line:col  severity  rule-id  message`, one line per problem. */
export function renderText(
  problems: readonly Problem[],
  catalogue: Catalogue,
  lang: Lang,
): string[] {
  return problems.map(
    (problem) =>
      `${showControls(problem.path)}:${problem.line}:${problem.col}  ${problem.severity}  ${problem.rule}  ${formatMessage(catalogue, problem.message, problem.params, lang)}`,
  );
}

export function renderJson(
  problems: readonly Problem[],
  catalogue: Catalogue,
  lang: Lang,
  documents: Readonly<Record<string, number>>,
): string {
  const counts = countProblems(problems);
  const list = problems.map(({ path, line, col, severity, rule, message, params }) => ({
    path,
    line,
    col,
    severity,
    rule,
    message: formatMessage(catalogue, message, params, lang),
    params: Object.fromEntries(Object.entries(params).filter(([key]) => !key.includes('@'))),
  }));
  return JSON.stringify({ ok: counts.errors === 0, ...counts, documents, problems: list }, null, 2);
}

/**
 * GitHub workflow commands. GitHub shows only the first 10 annotations of each severity per
 * step, so problems in the changed files come first.
 */
export function renderGithub(
  problems: readonly Problem[],
  catalogue: Catalogue,
  lang: Lang,
  changed: ReadonlySet<string>,
): string[] {
  const ordered = [
    ...problems.filter((problem) => changed.has(problem.path)),
    ...problems.filter((problem) => !changed.has(problem.path)),
  ];
  return ordered.map((problem) => {
    const properties = `file=${escapeProperty(showControls(problem.path))},line=${problem.line},col=${problem.col},title=${escapeProperty(problem.rule)}`;
    return `::${problem.severity} ${properties}::${escapeData(formatMessage(catalogue, problem.message, problem.params, lang))}`;
  });
}

/** The full list for `$GITHUB_STEP_SUMMARY`, as a Markdown table. */
export function renderSummaryMarkdown(
  problems: readonly Problem[],
  catalogue: Catalogue,
  lang: Lang,
  headline: string,
): string {
  const rows = problems.map(
    (problem) =>
      `| \`${escapeCell(showControls(problem.path))}:${problem.line}:${problem.col}\` | ${problem.severity} | \`${problem.rule}\` | ${escapeCell(formatMessage(catalogue, problem.message, problem.params, lang))} |`,
  );
  const header =
    lang === 'zh-CN' ? '| 位置 | 级别 | 规则 | 说明 |' : '| Where | Severity | Rule | Message |';
  return [
    `### ${headline}`,
    '',
    ...(rows.length ? [header, '|---|---|---|---|', ...rows] : []),
    '',
  ].join('\n');
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
