/** Every message a pull-request check can show: validation of the head, approvals, reports. */
import { formatMessage, type Catalogue, type Lang } from '../messages.ts';
import { PARSE_MESSAGES } from '../parse-messages.ts';
import { RULE_MESSAGES } from '../rules/messages.ts';
import { SCHEMA_MESSAGES } from '../schema-messages.ts';
import { APPROVAL_MESSAGES } from './messages.ts';
import { CHECK_MESSAGES } from './report-messages.ts';
import type { Sentence } from './result.ts';

export const PR_CHECK_MESSAGES: Catalogue = {
  ...PARSE_MESSAGES,
  ...SCHEMA_MESSAGES,
  ...RULE_MESSAGES,
  ...APPROVAL_MESSAGES,
  ...CHECK_MESSAGES,
};

export function say(sentence: Sentence, lang: Lang): string {
  return formatMessage(PR_CHECK_MESSAGES, sentence.id, sentence.params, lang);
}
