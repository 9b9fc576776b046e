/**
 * Answers to a form: read from flags, checked one value at a time (the same check runs on a
 * flag and on a typed answer), defaulted, and the required ones that are still missing.
 */
import { isCalendarDate } from '../calendar.ts';
import { findPerson, type Config } from '../config.ts';
import { isIdOf } from '../ids.ts';
import { workflowOf, type RecordKind } from '../layout.ts';
import {
  enumChoices,
  fieldLabels,
  isRequiredField,
  parseChoice,
  type Labels,
} from '../schema-fields.ts';
import { schemaAt } from '../schema-walk.ts';
import type { JsonSchema } from '../schema-set.ts';
import { closestMatch } from '../text.ts';
import type { FieldSpec, NewKind } from './forms.ts';

export type AnswerValue = string | number | boolean | readonly string[];
export type Answers = Record<string, AnswerValue | undefined>;

export interface CustomerSummary {
  id: string;
  name: string;
  tier?: string;
}

export interface RecordSummary {
  id: string;
  customer: string;
  kind: RecordKind;
  date: string;
}

/** What a form needs to know about the repository and the moment. */
export interface AuthoringFacts {
  kind: NewKind;
  schema: JsonSchema;
  config: Config;
  /** The state the new document starts in. */
  status: string;
  today: string;
  customers: readonly CustomerSummary[];
  requirementIds: ReadonlySet<string>;
  records: readonly RecordSummary[];
}

export type Checked =
  { ok: true; value: string | number | boolean } | { ok: false; expected: Labels };

/** A value given for a flag that does not pass its check. */
export interface InvalidAnswer {
  flag: string;
  value: string;
  expected: Labels;
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

export function labelsOf(field: FieldSpec, schema: JsonSchema): Labels {
  return field.labels ?? fieldLabels(schema, field.path ?? [field.flag]);
}

export function isFieldRequired(field: FieldSpec, facts: AuthoringFacts): boolean {
  if (field.required === 'not-draft') return facts.status !== 'draft';
  if (field.required !== undefined) return field.required;
  if (!field.path) return false;
  const workflow = workflowOf(facts.kind);
  const stateRequired = workflow
    ? (facts.config.workflows[workflow].states[facts.status]?.required ?? [])
    : [];
  return isRequiredField(facts.schema, field.path, stateRequired);
}

export function checkValue(field: FieldSpec, raw: string, facts: AuthoringFacts): Checked {
  const value = raw.trim();
  const fail = (zh: string, en: string): Checked => ({ ok: false, expected: { 'zh-CN': zh, en } });
  if (value === '') return fail('不能为空', 'must not be empty');
  switch (field.type) {
    case 'text':
    case 'long-text':
      return { ok: true, value };
    case 'date':
      return isCalendarDate(value)
        ? { ok: true, value }
        : fail('日期写作 `YYYY-MM-DD`', 'a date written `YYYY-MM-DD`');
    case 'slug':
      return SLUG.test(value)
        ? { ok: true, value }
        : fail('小写字母、数字和 `-`', 'lower-case letters, digits and `-`');
    case 'choice':
      return checkChoice(field, value, facts.schema);
    case 'integer':
      return checkInteger(field, value, facts.schema);
    case 'boolean':
      return checkBoolean(value);
    case 'person':
    case 'customer':
    case 'requester':
    case 'requirement':
    case 'record':
      return checkReference(field.type, value, facts);
  }
}

/** A value that must name something that exists: a person, customer, requirement or record. */
function checkReference(
  type: 'person' | 'customer' | 'requester' | 'requirement' | 'record',
  value: string,
  facts: AuthoringFacts,
): Checked {
  switch (type) {
    case 'person':
      return checkKnown(
        value,
        facts.config.people.map((person) => person.id),
        findPerson(facts.config, value) !== undefined,
        'content/config/people.yaml 中的人员代号',
        'a person ID from content/config/people.yaml',
      );
    case 'customer':
    case 'requester':
      return checkKnown(
        value,
        facts.customers.map((customer) => customer.id),
        facts.customers.some((customer) => customer.id === value),
        '已有的客户编号',
        'an existing customer ID',
      );
    case 'requirement':
      return checkKnown(
        value,
        [...facts.requirementIds],
        facts.requirementIds.has(value) && isIdOf('requirement', value),
        '已有的需求编号',
        'an existing requirement ID',
      );
    case 'record':
      return checkKnown(
        value,
        facts.records.map((record) => record.id),
        facts.records.some((record) => record.id === value),
        '已有的客户关系记录,如 `CUS-001/visits/2026-03-12-wang-fang`',
        'an existing relationship record such as `CUS-001/visits/2026-03-12-wang-fang`',
      );
  }
}

function checkChoice(field: FieldSpec, value: string, schema: JsonSchema): Checked {
  const choices = enumChoices(schema, field.path ?? []);
  const code = parseChoice(choices, value);
  if (code !== undefined) return { ok: true, value: code };
  const list = (lang: 'zh-CN' | 'en') =>
    choices
      .map((choice) => `\`${choice.code}\`(${choice.labels[lang]})`)
      .join(lang === 'en' ? ', ' : '、');
  return { ok: false, expected: { 'zh-CN': `可选 ${list('zh-CN')}`, en: `one of ${list('en')}` } };
}

function checkInteger(field: FieldSpec, value: string, schema: JsonSchema): Checked {
  const property = schemaAt(schema, field.path ?? []);
  const min = Number(property?.['minimum'] ?? Number.MIN_SAFE_INTEGER);
  const max = Number(property?.['maximum'] ?? Number.MAX_SAFE_INTEGER);
  const number = Number(value);
  if (/^-?[0-9]+$/.test(value) && number >= min && number <= max)
    return { ok: true, value: number };
  return {
    ok: false,
    expected: { 'zh-CN': `${min} 到 ${max} 的整数`, en: `a whole number from ${min} to ${max}` },
  };
}

function checkBoolean(value: string): Checked {
  const lower = value.toLowerCase();
  if (['true', 'yes', 'y', '是'].includes(lower)) return { ok: true, value: true };
  if (['false', 'no', 'n', '否'].includes(lower)) return { ok: true, value: false };
  return { ok: false, expected: { 'zh-CN': '`true` 或 `false`', en: '`true` or `false`' } };
}

function checkKnown(
  value: string,
  known: readonly string[],
  found: boolean,
  zh: string,
  en: string,
): Checked {
  if (found) return { ok: true, value };
  const guess = closestMatch(value, known);
  // In parentheses: the sentence around it (`usage/bad-value`) ends with its own full stop.
  const hint =
    guess === undefined
      ? { zh: '', en: '' }
      : { zh: `(是不是 \`${guess}\`?)`, en: ` (did you mean \`${guess}\`?)` };
  return { ok: false, expected: { 'zh-CN': `${zh}${hint.zh}`, en: `${en}${hint.en}` } };
}

/** What node:util's parseArgs returns: repeatable flags give lists. */
export type FlagValues = Readonly<
  Record<string, string | boolean | readonly (string | boolean)[] | undefined>
>;

/** Answers from the command line; the first bad value stops the command before any question is asked. */
export function readFlagAnswers(
  form: readonly FieldSpec[],
  flags: FlagValues,
  facts: AuthoringFacts,
): { answers: Answers; invalid?: InvalidAnswer } {
  const answers: Answers = {};
  for (const field of form) {
    const given = flags[field.flag];
    if (given === undefined) continue;
    if (typeof given === 'boolean') {
      answers[field.flag] = given;
      continue;
    }
    const values: (string | number | boolean)[] = [];
    for (const raw of typeof given === 'string' ? [given] : given.map(String)) {
      const checked = checkValue(field, raw, facts);
      if (!checked.ok)
        return { answers, invalid: { flag: field.flag, value: raw, expected: checked.expected } };
      values.push(checked.value);
    }
    // `--requirement REQ-1 --requirement REQ-1` names one requirement (a list holds each once).
    answers[field.flag] = field.many ? [...new Set(values.map(String))] : values[0];
  }
  return { answers };
}

/** Fills what is still open from the form's defaults (`today` is the date the command runs for). */
export function applyDefaults(
  form: readonly FieldSpec[],
  answers: Answers,
  facts: AuthoringFacts,
): Answers {
  const filled = { ...answers };
  for (const field of form) {
    if (filled[field.flag] !== undefined || field.default === undefined) continue;
    const checked = checkValue(
      field,
      field.default === 'today' ? facts.today : field.default,
      facts,
    );
    if (checked.ok) filled[field.flag] = checked.value;
  }
  return filled;
}

/** Flags of the required fields without an answer, in form order (`--customer/--department` for who asks). */
export function findMissing(
  form: readonly FieldSpec[],
  answers: Answers,
  facts: AuthoringFacts,
): string[] {
  return form
    .filter((field) => isFieldRequired(field, facts) && !isAnswered(field, answers))
    .map((field) => (field.type === 'requester' ? '--customer/--department' : `--${field.flag}`));
}

export function isAnswered(field: FieldSpec, answers: Answers): boolean {
  if (field.type === 'requester')
    return answers['customer'] !== undefined || answers['department'] !== undefined;
  const value = answers[field.flag];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}
