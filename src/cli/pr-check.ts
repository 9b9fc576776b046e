/**
 * `docket pr-check --base REF --head REF --author LOGIN [--reviews FILE] [--format text|json|github]`:
 * may this pull request merge? Works offline on any clone that has both commits. Exit 0 when it
 * may, 1 when it may not, 2 when it cannot tell (a malformed reviews file is never a pass).
 */
import { resolve } from 'node:path';
import { readBoundedFile } from '../adapters/fs.ts';
import { checkPullRequest } from '../app/check-pull-request.ts';
import { createErrorCheck, type PullRequestCheck } from '../core/approvals/check-result.ts';
import { parseReviewList } from '../core/approvals/review-list.ts';
import { say } from '../core/approvals/catalogue.ts';
import { renderCheckAnnotations } from '../core/approvals/report-github.ts';
import { renderCheckJson } from '../core/approvals/report-json.ts';
import { renderCheckSummary } from '../core/approvals/report-markdown.ts';
import { renderCheckText } from '../core/approvals/report-text.ts';
import { parseCommandArgs, parseFormat } from './args.ts';
import type { Context } from './context.ts';
import { localizedParam } from '../core/messages.ts';
import { EXIT, UsageError } from './errors.ts';
import { appendStepSummary } from './step-summary.ts';

const OPTIONS = {
  base: { type: 'string' },
  head: { type: 'string' },
  author: { type: 'string' },
  reviews: { type: 'string' },
  format: { type: 'string', default: 'text' },
} as const;

/** A GitHub login as GitHub allows it, or an app's bot account (`dependabot[bot]`). */
const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;

/** GitHub's list-reviews answer for a busy pull request is far below this. */
const MAX_REVIEWS_BYTES = 64 * 1024 * 1024;

export async function runPrCheck(argv: string[], context: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs('pr-check', argv, OPTIONS);
  const format = parseFormat(values.format, ['text', 'json', 'github']);
  if (positionals.length > 0)
    throw new UsageError('usage/bad-option', {
      command: 'pr-check',
      reason: positionals.join(' '),
    });
  const base = required(values.base, 'base');
  const head = required(values.head, 'head');
  const author = required(values.author, 'author');
  if (!GITHUB_LOGIN.test(author))
    throw new UsageError('usage/bad-value', {
      option: 'author',
      value: author,
      ...localizedParam('expected', {
        'zh-CN':
          '应为 GitHub 登录名(字母、数字和连字符,如 `wangfang-yf`;机器人如 `dependabot[bot]`)',
        en: 'expected a GitHub login (letters, digits and hyphens, like `wangfang-yf`; a bot like `dependabot[bot]`)',
      }),
    });
  const reviews = parseReviewList(
    values.reviews === undefined ? [] : readReviews(context, values.reviews),
  );
  const check = reviews.ok
    ? await checkPullRequest({ root: context.root, base, head, author, reviews: reviews.reviews })
    : createErrorCheck(
        {
          id: 'check/error-reviews',
          params: {
            file: values.reviews ?? '',
            at: reviews.at,
            ...localizedParam('expected', reviews.expected),
          },
        },
        { base, head, author },
      );
  report(context, check, format);
  return check.status === 'pass' ? EXIT.ok : check.status === 'fail' ? EXIT.problems : EXIT.usage;
}

function required(value: string | undefined, option: string): string {
  if (value === undefined || value === '')
    throw new UsageError('usage/missing-option', { command: 'pr-check', option: `--${option}` });
  return value;
}

/** The reviews file, parsed as JSON; its shape is checked by the check itself. */
function readReviews(context: Context, file: string): unknown {
  // Absolute, or relative to where the user stands.
  const read = readBoundedFile('', resolve(context.cwd, file), MAX_REVIEWS_BYTES);
  if (read.type !== 'bytes') throw new UsageError(`usage/reviews-${read.type}`, { value: file });
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.bytes)) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError('check/error-reviews-json', { file, reason });
  }
}

function report(
  context: Context,
  check: PullRequestCheck,
  format: 'text' | 'json' | 'github',
): void {
  if (format === 'json') {
    context.out(renderCheckJson(check, context.lang));
    return;
  }
  if (format === 'github') {
    for (const line of renderCheckAnnotations(check, context.lang)) context.out(line);
    appendStepSummary(context, renderCheckSummary(check, context.lang));
    context.out(say(check.headline, context.lang));
    return;
  }
  const lines = renderCheckText(check, context.lang);
  const write = check.status === 'error' ? context.err : context.out;
  for (const line of lines) write(line);
}
