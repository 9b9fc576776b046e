/** `docket pr-check` in a terminal: the verdict, then each changed item, blocks, problems, impact, notes. */
import { showControls, type Lang } from '../messages.ts';
import { renderText } from '../report.ts';
import { PR_CHECK_MESSAGES, say } from './catalogue.ts';
import type { PullRequestCheck } from './check-result.ts';
import { describeChange, impactLines, orderSubjects } from './report-lines.ts';

const MARKS = { pass: '✔', fail: '✖', error: '✖' } as const;

export function renderCheckText(check: PullRequestCheck, lang: Lang): string[] {
  const lines = [`${MARKS[check.status]} ${say(check.headline, lang)}`];
  if (check.status === 'error') return lines;
  for (const subject of orderSubjects(check)) {
    const mark = subject.satisfied ? '✔' : '✖';
    lines.push('', `${mark} ${showControls(subject.key)}  ${describeChange(subject, lang)}`);
    for (const sentence of subject.sentences) lines.push(`    ${say(sentence, lang)}`);
  }
  const section = (title: string, body: readonly string[]) => {
    if (body.length > 0) lines.push('', title, ...body.map((line) => `  ${line}`));
  };
  section(
    say({ id: 'report/blocks', params: {} }, lang),
    check.evaluation.blocks.map((s) => say(s, lang)),
  );
  section(
    say({ id: 'report/problems', params: { count: check.problems.length } }, lang),
    renderText(check.problems, PR_CHECK_MESSAGES, lang),
  );
  section(say({ id: 'report/impact', params: {} }, lang), impactLines(check.impact, lang));
  section(
    say({ id: 'report/notes', params: {} }, lang),
    check.evaluation.notes.map((s) => say(s, lang)),
  );
  return lines;
}
