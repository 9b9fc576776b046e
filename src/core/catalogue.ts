/**
 * The one merged message catalogue every interface renders (CLI, pull-request comment, site).
 * Each part lives beside the code that raises its messages; a new part is added here once.
 */
import { APPROVAL_MESSAGES } from './approvals/messages.ts';
import { CHECK_MESSAGES } from './approvals/report-messages.ts';
import { AUTHORING_MESSAGES } from './catalogue/authoring.ts';
import { CLI_MESSAGES } from './catalogue/cli.ts';
import { PROGRESS_MESSAGES } from './catalogue/progress.ts';
import { RECORD_MESSAGES } from './catalogue/records.ts';
import { SITE_CLI_MESSAGES } from './catalogue/site-cli.ts';
import { SITE_MODEL_MESSAGES } from './catalogue/site-model.ts';
import { GATE_MESSAGES } from './gate-messages.ts';
import type { Catalogue } from './messages.ts';
import { PRINT_MESSAGES } from './print/messages.ts';
import { SEARCH_MESSAGES } from './search/messages.ts';
import { PARSE_MESSAGES } from './parse-messages.ts';
import { RULE_MESSAGES } from './rules/messages.ts';
import { SCHEMA_MESSAGES } from './schema-messages.ts';
import { SITE_MESSAGES } from './site-messages.ts';

export const ALL_MESSAGES: Catalogue = {
  ...PARSE_MESSAGES,
  ...SCHEMA_MESSAGES,
  ...RULE_MESSAGES,
  ...CLI_MESSAGES,
  ...PROGRESS_MESSAGES,
  ...AUTHORING_MESSAGES,
  ...RECORD_MESSAGES,
  ...PRINT_MESSAGES,
  ...SEARCH_MESSAGES,
  ...SITE_MESSAGES,
  ...SITE_CLI_MESSAGES,
  ...GATE_MESSAGES,
  ...SITE_MODEL_MESSAGES,
  ...APPROVAL_MESSAGES,
  ...CHECK_MESSAGES,
};
