/**
 * `docket verify [--format text|json]`: checks every sign-off record in signoffs/ against git,
 * offline. Records of changes merged without sign-off are reported first and loudly. Exit 0 when
 * every record holds, 1 on any problem (including a merge without sign-off), 2 for usage or git
 * errors.
 */
import { GitHistoryError } from '../app/revision-records.ts';
import { verifySignoffs, type VerifyResult } from '../app/verify-signoffs.ts';
import { countProblems, renderText } from '../core/report.ts';
import type { SignOffRecord } from '../core/signoffs.ts';
import { parseCommandArgs, parseFormat } from './args.ts';
import { withSafeOutput, type Context } from './context.ts';
import { EXIT, UsageError } from './errors.ts';
import { ALL_MESSAGES } from '../core/catalogue.ts';

const OPTIONS = { format: { type: 'string' } } as const;

export async function runVerify(argv: string[], given: Context): Promise<number> {
  // Values and commit authors are untrusted: an escape sequence must not reach the terminal.
  const context = withSafeOutput(given);
  const { values, positionals } = parseCommandArgs('verify', argv, OPTIONS);
  if (positionals.length > 0)
    throw new UsageError('usage/bad-option', { command: 'verify', reason: positionals.join(' ') });
  const format = parseFormat(values.format, ['text', 'json']);
  const result = await verifyOrExplain(context.root);
  const failed = result.problems.length > 0;
  if (format === 'json') context.out(JSON.stringify(assembleVerifyJson(result, context), null, 2));
  else for (const line of renderVerifyText(result, context)) context.out(line);
  return failed ? EXIT.problems : EXIT.ok;
}

async function verifyOrExplain(root: string): Promise<VerifyResult> {
  try {
    return await verifySignoffs(root);
  } catch (error) {
    if (!(error instanceof GitHistoryError)) throw error;
    throw new UsageError('history/git-failed', { reason: error.message.split('\n')[0] ?? '' });
  }
}

function describeRecord(record: SignOffRecord, context: Context): string {
  return record.pull_request
    ? context.t('history/pull-request', { number: record.pull_request.number })
    : context.t('history/direct-push', { commit: record.merge_commit.slice(0, 7) });
}

export function renderVerifyText(result: VerifyResult, context: Context): string[] {
  const banners = result.unsigned.map((record) =>
    context.t('verify/unsigned-banner', {
      what: describeRecord(record, context),
      date: record.merged_at.slice(0, 10),
      by: record.merged_by.login,
    }),
  );
  const lines = renderText(result.problems, ALL_MESSAGES, context.lang);
  const summary =
    result.problems.length === 0
      ? context.t('verify/clean', { records: result.records })
      : context.t('verify/summary', {
          records: result.records,
          problems: countProblems(result.problems).errors,
          unsigned: result.unsigned.length,
        });
  return [...banners, ...lines, summary];
}

function assembleVerifyJson(result: VerifyResult, context: Context): Record<string, unknown> {
  return {
    ok: result.problems.length === 0,
    records: result.records,
    merged_without_signoff: result.unsigned.map((record) => ({
      pull_request: record.pull_request?.number ?? null,
      merge_commit: record.merge_commit,
      merged_at: record.merged_at,
      merged_by: record.merged_by.login,
      missing: record.missing,
    })),
    problems: result.problems.map(({ path, severity, rule, message, params }) => ({
      path,
      severity,
      rule,
      message: context.t(message, params),
    })),
  };
}
