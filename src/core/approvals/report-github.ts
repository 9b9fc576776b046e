/**
 * GitHub workflow commands for a pull-request check. GitHub shows only 10 errors per step, so the
 * most relevant come first: why the merge is blocked (missing approvals, change requests, forged
 * sign-offs, workflow problems in the changed documents), then other problems.
 */
import type { Lang } from '../messages.ts';
import { escapeData, escapeProperty } from '../report.ts';
import { PR_CHECK_MESSAGES, say } from './catalogue.ts';
import type { PullRequestCheck } from './check-result.ts';
import { formatMessage } from '../messages.ts';

const TITLE = 'docket/approvals';

export function renderCheckAnnotations(check: PullRequestCheck, lang: Lang): string[] {
  if (check.status === 'error')
    return [`::error title=${TITLE}::${escapeData(say(check.headline, lang))}`];
  const changed = new Set(check.evaluation.subjects.flatMap((subject) => subject.paths));
  const lines: string[] = [];
  for (const block of check.evaluation.blocks)
    lines.push(`::error title=${TITLE}::${escapeData(say(block, lang))}`);
  const problems = [...check.problems].sort(
    (a, b) => Number(!changed.has(a.path)) - Number(!changed.has(b.path)),
  );
  const approvalRules = (rule: string) => rule.startsWith('offline/') || rule.startsWith('pr/');
  const ordered = [
    ...problems.filter((p) => approvalRules(p.rule)),
    ...problems.filter((p) => !approvalRules(p.rule)),
  ];
  for (const subject of check.evaluation.subjects.filter((s) => !s.satisfied)) {
    const file = subject.document?.path ?? subject.paths[0] ?? '';
    const message = `${subject.key}: ${say(subject.sentences[0] ?? { id: 'approvals/none-required', params: {} }, lang)}`;
    lines.push(
      `::error file=${escapeProperty(file)},line=1,col=1,title=${TITLE}::${escapeData(message)}`,
    );
  }
  for (const problem of ordered) {
    const properties = `file=${escapeProperty(problem.path)},line=${problem.line},col=${problem.col},title=${escapeProperty(problem.rule)}`;
    lines.push(
      `::${problem.severity} ${properties}::${escapeData(formatMessage(PR_CHECK_MESSAGES, problem.message, problem.params, lang))}`,
    );
  }
  return lines;
}
