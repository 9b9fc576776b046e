/**
 * Markdown over the same result: the job summary (everything) and the sticky pull-request comment
 * (found again by its hidden marker, kept under GitHub's size limit with a note that says so).
 * Values from documents are untrusted: HTML and mentions are neutralised, table cells escaped.
 */
import type { Lang } from '../messages.ts';
import { PR_CHECK_MESSAGES, say } from './catalogue.ts';
import type { PullRequestCheck } from './check-result.ts';
import { formatMessage } from '../messages.ts';
import { describeChange, impactLines, orderSubjects } from './report-lines.ts';

export const COMMENT_MARKER = '<!-- docket:approvals -->';
/** GitHub refuses comments over 65,536 characters; stay well under. */
export const COMMENT_LIMIT = 60_000;

const ICONS = { pass: '✅', fail: '❌', error: '⛔' } as const;

export function renderCheckSummary(check: PullRequestCheck, lang: Lang): string {
  return renderMarkdown(check, lang).join('\n');
}

export function renderCheckComment(
  check: PullRequestCheck,
  lang: Lang,
  limit = COMMENT_LIMIT,
): string {
  const lines = [COMMENT_MARKER, ...renderMarkdown(check, lang)];
  return truncate(lines, lang, limit);
}

function renderMarkdown(check: PullRequestCheck, lang: Lang): string[] {
  const t = (id: string, params = {}) => say({ id, params }, lang);
  const lines = [
    `## ${ICONS[check.status]} ${t('report/title')}`,
    '',
    `**${safe(say(check.headline, lang))}**`,
  ];
  if (check.status === 'error') return [...lines, ''];
  const subjects = orderSubjects(check);
  if (subjects.length > 0) {
    lines.push('', `### ${t('report/documents')}`, '');
    lines.push(
      `| | ${t('report/column-item')} | ${t('report/column-change')} | ${t('report/column-approvals')} |`,
      '|---|---|---|---|',
    );
    for (const subject of subjects) {
      const approvals = subject.sentences.map((sentence) => cell(say(sentence, lang))).join('<br>');
      const item = subject.document ? `\`${cell(subject.key)}\`` : `\`${cell(subject.key)}\``;
      lines.push(
        `| ${subject.satisfied ? '✅' : '❌'} | ${item} | ${cell(describeChange(subject, lang))} | ${approvals} |`,
      );
    }
  }
  const list = (title: string, items: readonly string[]) => {
    if (items.length > 0)
      lines.push('', `### ${title}`, '', ...items.map((item) => `- ${safe(item)}`));
  };
  list(
    t('report/blocks'),
    check.evaluation.blocks.map((s) => say(s, lang)),
  );
  list(
    t('report/problems', { count: check.problems.length }),
    check.problems.map(
      (p) =>
        `\`${p.path}:${p.line}:${p.col}\` ${p.severity} \`${p.rule}\` ${formatMessage(PR_CHECK_MESSAGES, p.message, p.params, lang)}`,
    ),
  );
  list(t('report/impact'), impactLines(check.impact, lang));
  list(
    t('report/notes'),
    check.evaluation.notes.map((s) => say(s, lang)),
  );
  lines.push('');
  return lines;
}

/** Whole lines only, then a note that says how much was left out. */
function truncate(lines: readonly string[], lang: Lang, limit: number): string {
  const full = lines.join('\n');
  if (full.length <= limit) return full;
  const kept: string[] = [];
  let size = 0;
  const reserve = 400;
  for (const line of lines) {
    if (size + line.length + 1 > limit - reserve) break;
    kept.push(line);
    size += line.length + 1;
  }
  const note = say({ id: 'report/truncated', params: { count: lines.length - kept.length } }, lang);
  return [...kept, '', `> ${note}`, ''].join('\n');
}

/** Text from documents inside Markdown: no HTML, no @mentions, no line breaks. */
function safe(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
    .replace(/[\r\n]+/g, ' ');
}

function cell(text: string): string {
  return safe(text).replace(/\|/g, '\\|');
}
