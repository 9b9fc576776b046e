/**
 * The lists a person picks from in a terminal: codes with both labels, people, customers,
 * departments, a customer's relationship records. Each choice names the flag that gives the
 * same answer in a script.
 */
import type { Config } from '../config.ts';
import type { RecordKind } from '../layout.ts';
import { LANGS, type Lang } from '../messages.ts';
import type { PromptChoice } from '../prompter.ts';
import { enumChoices } from '../schema-fields.ts';
import type { JsonSchema } from '../schema-set.ts';
import type { Answers, AuthoringFacts } from './answers.ts';
import type { FieldSpec } from './forms.ts';

/** `重要 · Important` (the interface language first), with `--importance important` under the list. */
export function enumPromptChoices(
  field: FieldSpec,
  schema: JsonSchema,
  lang: Lang,
): PromptChoice[] {
  const other = LANGS.find((candidate) => candidate !== lang) ?? lang;
  return enumChoices(schema, field.path ?? []).map(({ code, labels }) => ({
    value: code,
    name: labels[lang] === labels[other] ? labels[lang] : `${labels[lang]} · ${labels[other]}`,
    description: `--${field.flag} ${code}`,
  }));
}

/** People with the field's roles first (account managers for a customer file), then everyone else; customer representatives last. */
export function personChoices(field: FieldSpec, config: Config): PromptChoice[] {
  const rank = (roles: readonly string[]) =>
    field.roles?.some((role) => roles.includes(role))
      ? 0
      : roles.includes('customer-representative')
        ? 2
        : 1;
  return [...config.people]
    .sort((a, b) => rank(a.roles) - rank(b.roles))
    .map((person) => ({
      value: person.id,
      name: `${person.name} (${person.id})${person.department ? ` · ${person.department}` : ''}`,
      description: `--${field.flag} ${person.id}`,
    }));
}

export function customerChoices(facts: AuthoringFacts, flag: string): PromptChoice[] {
  return facts.customers.map((customer) => ({
    value: customer.id,
    name: `${customer.id} ${customer.name}${customer.tier ? ` (${customer.tier})` : ''}`,
    description: `--${flag} ${customer.id}`,
  }));
}

/** Departments of our own people (not of customer representatives), in the order people.yaml lists them. */
export function departmentChoices(config: Config): PromptChoice[] {
  const departments = config.people
    .filter((person) => !person.customer && person.department)
    .map((person) => person.department ?? '');
  return [...new Set(departments)].map((department) => ({
    value: department,
    name: department,
    description: `--department ${department}`,
  }));
}

/** Which kind of record each source type points at (`return-visit` → visits). */
const RECORD_KIND_OF_SOURCE: Readonly<Record<string, RecordKind>> = {
  visit: 'visit',
  'return-visit': 'visit',
  survey: 'survey',
  complaint: 'complaint',
};

/** The chosen customer's relationship records, newest first; only those of the source's kind when it has any. */
export function recordChoices(facts: AuthoringFacts, answers: Answers): PromptChoice[] {
  const ofCustomer = facts.records.filter((record) => record.customer === answers['customer']);
  const wanted = RECORD_KIND_OF_SOURCE[String(answers['source'])];
  const ofKind = ofCustomer.filter((record) => record.kind === wanted);
  return (ofKind.length > 0 ? ofKind : ofCustomer)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map((record) => ({
      value: record.id,
      name: record.id,
      description: `--source-record ${record.id}`,
    }));
}
