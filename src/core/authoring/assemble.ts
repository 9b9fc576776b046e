/**
 * Answers → the new document's front-matter and body, per kind. Dates come in as `today`;
 * the file text is made by renderDocumentText (schema key order, safe quoting).
 */
import { evaluatePriority, findPerson, type Config } from '../config.ts';
import { CUSTOMERS_DIR, RECORD_DIRS, type RecordKind } from '../layout.ts';
import type { Lang } from '../messages.ts';
import type { Labels } from '../schema-fields.ts';
import type { Answers, AuthoringFacts } from './answers.ts';
import { BODY_LABELS, type NewKind } from './forms.ts';

export interface DocumentDraft {
  data: Record<string, unknown>;
  body: string;
}

type Assembler = (
  answers: Answers,
  facts: AuthoringFacts,
  id: string,
  bodyLang: Lang,
) => DocumentDraft;

const PLACEHOLDER: Labels = { 'zh-CN': '<!-- 待补充 -->', en: '<!-- to be written -->' };

const text = (answers: Answers, flag: string): string | undefined => {
  const value = answers[flag];
  return value === undefined || Array.isArray(value) ? undefined : String(value);
};
const list = (answers: Answers, flag: string): string[] | undefined => {
  const value = answers[flag];
  if (value === undefined) return undefined;
  const items = Array.isArray(value) ? value.map(String) : [String(value)];
  return items.length > 0 ? items : undefined;
};
/** An object with its empty members dropped; undefined when nothing is left. */
const compact = (value: Record<string, unknown>): Record<string, unknown> | undefined => {
  const entries = Object.entries(value).filter(([, member]) => member !== undefined);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
};

function assembleRequirement(
  answers: Answers,
  facts: AuthoringFacts,
  id: string,
  bodyLang: Lang,
): DocumentDraft {
  const criteria = list(answers, 'criterion')?.map((criterion, index) => ({
    id: `AC-${index + 1}`,
    text: criterion,
  }));
  const data = {
    id,
    title: text(answers, 'title'),
    status: facts.status,
    stage_since: facts.today,
    submitted_on: facts.status === 'draft' ? undefined : facts.today,
    customer: text(answers, 'customer'),
    department: text(answers, 'department'),
    requested_by: text(answers, 'requested-by'),
    contact: text(answers, 'contact'),
    source: compact({
      type: text(answers, 'source'),
      record: text(answers, 'source-record'),
      note: text(answers, 'source-note'),
    }),
    importance: text(answers, 'importance'),
    urgency: text(answers, 'urgency'),
    confidentiality: text(answers, 'confidentiality'),
    wanted_by: text(answers, 'wanted-by'),
    parent: text(answers, 'parent'),
    acceptance_criteria: criteria,
    tags: list(answers, 'tag'),
  };
  const section = (labels: Labels, flag: string) =>
    `## ${labels[bodyLang]}\n\n${text(answers, flag) ?? PLACEHOLDER[bodyLang]}\n`;
  return {
    data,
    body: [
      section(BODY_LABELS.background, 'background'),
      section(BODY_LABELS.content, 'content'),
    ].join('\n'),
  };
}

function assembleChange(answers: Answers, facts: AuthoringFacts, id: string): DocumentDraft {
  const data = {
    id,
    title: text(answers, 'title'),
    status: facts.status,
    stage_since: facts.today,
    requirements: list(answers, 'requirement'),
    requested_by: text(answers, 'requested-by'),
    requested_on: facts.today,
    reason: text(answers, 'reason'),
    change: compact({ before: text(answers, 'before'), after: text(answers, 'after') }),
    tags: list(answers, 'tag'),
  };
  return { data, body: text(answers, 'body') ?? '' };
}

/** New files carry a temporary tier until the first review; a `new` customer gets the onboarding checklist. */
function assembleCustomer(answers: Answers, facts: AuthoringFacts, id: string): DocumentDraft {
  const manager = findPerson(facts.config, text(answers, 'account-manager'));
  const contact = compact({
    name: text(answers, 'contact-name'),
    role: text(answers, 'contact-role'),
  });
  const onboarding = {
    licences_verified: false,
    capacity_checked: false,
    reputation_checked: false,
    samples_confirmed: false,
  };
  const data = {
    id,
    name: text(answers, 'name'),
    short_name: text(answers, 'short-name'),
    status: facts.status,
    stage_since: facts.today,
    industry: text(answers, 'industry'),
    region: text(answers, 'region'),
    scale: text(answers, 'scale'),
    website: text(answers, 'website'),
    account_manager: manager?.id,
    department: text(answers, 'department') ?? manager?.department,
    since: facts.today,
    tier: text(answers, 'tier'),
    tier_temporary: true,
    contacts: contact ? [contact] : undefined,
    onboarding: facts.status === 'new' ? onboarding : undefined,
    tags: list(answers, 'tag'),
  };
  return { data, body: text(answers, 'body') ?? '' };
}

function assembleRelease(answers: Answers, facts: AuthoringFacts, id: string): DocumentDraft {
  const data = {
    id,
    title: text(answers, 'title'),
    status: facts.status,
    stage_since: facts.today,
    version: text(answers, 'version'),
    planned_on: text(answers, 'planned-on'),
    requirements: list(answers, 'requirement'),
    tags: list(answers, 'tag'),
  };
  return { data, body: text(answers, 'body') ?? '' };
}

/** Records keep their own date: a complaint logged a day late is still in its first stage since the day it came in. */
function assembleRecord(kind: RecordKind): Assembler {
  return (answers, facts) => {
    const date = text(answers, 'date');
    const workflowFields =
      kind === 'complaint' || kind === 'service-request'
        ? { status: facts.status, stage_since: date }
        : {};
    const byKind: Record<RecordKind, Record<string, unknown>> = {
      visit: {
        type: text(answers, 'type'),
        visited_by: list(answers, 'by'),
        attendees: list(answers, 'attendee'),
        summary: text(answers, 'summary'),
        feedback: text(answers, 'feedback'),
        follow_up: text(answers, 'follow-up'),
      },
      complaint: {
        severity: text(answers, 'severity'),
        channel: text(answers, 'channel'),
        summary: text(answers, 'summary'),
        handled_by: text(answers, 'by'),
      },
      'service-request': {
        notice_type: text(answers, 'notice-type'),
        urgent: answers['urgent'],
        paid_service: answers['paid-service'],
        summary: text(answers, 'summary'),
        handled_by: text(answers, 'by'),
      },
      survey: {
        surveyed_by: text(answers, 'by'),
        respondent: text(answers, 'respondent'),
        score: answers['score'],
        comments: text(answers, 'comments'),
      },
    };
    return {
      data: { date, ...workflowFields, ...byKind[kind] },
      body: text(answers, 'body') ?? '',
    };
  };
}

const ASSEMBLERS: Readonly<Record<NewKind, Assembler>> = {
  requirement: assembleRequirement,
  change: assembleChange,
  customer: assembleCustomer,
  release: assembleRelease,
  visit: assembleRecord('visit'),
  complaint: assembleRecord('complaint'),
  'service-request': assembleRecord('service-request'),
  survey: assembleRecord('survey'),
};

/** `id` is the new ID for numbered kinds and ignored for records (their ID is their path). */
export function assembleDocument(
  answers: Answers,
  facts: AuthoringFacts,
  id: string,
  bodyLang: Lang,
): DocumentDraft {
  return ASSEMBLERS[facts.kind](answers, facts, id, bodyLang);
}

/** `content/customers/CUS-003/visits/2026-11-26-wang-fang.md`, or `…-2.md`, `…-3.md` when the name is taken. */
export function evaluateRecordPath(
  kind: RecordKind,
  customer: string,
  date: string,
  slug: string,
  taken: (path: string) => boolean,
): string {
  const base = `${CUSTOMERS_DIR}/${customer}/${RECORD_DIRS[kind]}/${date}-${slug}`;
  for (let suffix = 1; ; suffix++) {
    const path = suffix === 1 ? `${base}.md` : `${base}-${suffix}.md`;
    if (!taken(path)) return path;
  }
}

/** The slug a record's file name ends with: `--slug`, else the person it is by. */
export function recordSlug(answers: Answers): string | undefined {
  return text(answers, 'slug') ?? list(answers, 'by')?.[0];
}

export interface PriorityNote {
  code: string;
  labels: Labels;
}

/** The priority importance × urgency gives, with its level's labels (P2 · 高 / High). */
export function describePriority(config: Config, answers: Answers): PriorityNote | undefined {
  const code = evaluatePriority(config.priority, answers['importance'], answers['urgency']);
  const level = config.priority.levels.find((candidate) => candidate.code === code);
  return code && level ? { code, labels: { 'zh-CN': level['zh-CN'], en: level.en } } : undefined;
}
