/**
 * The sign-off ledger: one JSON file per merge under signoffs/, written by the record job and
 * checked against schemas/signoff-record.schema.json. Pure: text in, record or problems out.
 */
import type { SignOffRecord } from './generated/signoff-types.ts';
import { createIssue, type Issue } from './problem.ts';
import type { JsonSchema, Validator } from './schema-set.ts';
import { validateAgainstSchema } from './validate-schema.ts';

export const SIGNOFF_DIR = 'signoffs';
export const SIGNOFF_SCHEMA = 'signoff-record.schema.json';
/** A record is a few kilobytes; anything near this is not one. */
export const MAX_SIGNOFF_BYTES = 1_048_576;

/** `signoffs/pr-42.json` for a pull request, `signoffs/push-<commit>.json` for a direct push. */
export function signoffRecordPath(record: SignOffRecord): string {
  return record.pull_request
    ? `${SIGNOFF_DIR}/pr-${record.pull_request.number}.json`
    : `${SIGNOFF_DIR}/push-${record.merge_commit}.json`;
}

export type ParsedRecord = { ok: true; record: SignOffRecord } | { ok: false; issues: Issue[] };

const START = { line: 1, col: 1 };

/** JSON, then the schema; a record in the wrong file (`pr-7.json` holding #8) is refused too. */
export function parseSignoffRecord(
  text: string,
  path: string,
  validate: Validator,
  schema: JsonSchema,
): ParsedRecord {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [createIssue('signoff/json', START, { reason })] };
  }
  const issues = validateAgainstSchema(data, validate, schema);
  if (issues.length > 0)
    return {
      ok: false,
      issues: issues.map((issue) =>
        createIssue(issue.rule, START, issue.params, issue.severity, issue.message),
      ),
    };
  const record = data as SignOffRecord;
  const expected = signoffRecordPath(record);
  if (expected !== path)
    return { ok: false, issues: [createIssue('signoff/misnamed', START, { expected })] };
  return { ok: true, record };
}

/** Stable text for a record: two-space JSON with a final newline (diffs stay readable). */
export function serializeSignoffRecord(record: SignOffRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
