/** The Actions job summary, written by `--format github`. */
import { appendText } from '../adapters/fs.ts';
import { ALL_MESSAGES } from '../core/catalogue.ts';
import { formatMessage } from '../core/messages.ts';
import type { Context } from './context.ts';
import { describeFailure } from './errors.ts';

/**
 * Appends to the Actions job summary. A summary that cannot be written is a warning: the check's
 * own result and exit code stand (a full disk must not turn a failing check into an error).
 */
export function appendStepSummary(context: Context, text: string): void {
  const file = context.env['GITHUB_STEP_SUMMARY'];
  if (!file) return;
  try {
    appendText(file, text);
  } catch (error) {
    const failure = describeFailure(error);
    const reason = formatMessage(ALL_MESSAGES, failure.messageId, failure.params, context.lang);
    context.err(context.t('github/summary-unwritable', { file, reason }));
  }
}
