/**
 * The questions `docket new` asks for each kind, as a table: one row per flag. A row that
 * names a front-matter path takes its label, choices and required-ness from the schema and the
 * workflow state, so the form cannot drift from what `docket validate` checks.
 */
import type { Role, Workflow } from '../config.ts';
import type { RecordKind } from '../layout.ts';
import type { Labels } from '../schema-fields.ts';

export type NewKind = 'requirement' | 'change' | 'customer' | 'release' | RecordKind;
export const NEW_KINDS: readonly NewKind[] = [
  'requirement',
  'change',
  'customer',
  'release',
  'visit',
  'complaint',
  'service-request',
  'survey',
];

export type ValueType =
  | 'text'
  | 'long-text'
  | 'date'
  | 'choice'
  | 'integer'
  | 'boolean'
  | 'slug'
  | 'person'
  | 'customer'
  | 'requester'
  | 'requirement'
  | 'record';

export interface FieldSpec {
  /** The flag (`--requested-by`) and the answer's name. */
  flag: string;
  type: ValueType;
  /** Where the value goes in the front-matter; the schema gives label, choices and required-ness. */
  path?: readonly string[];
  /** Labels for what the schema does not describe (body sections, the customer folder). */
  labels?: Labels;
  /** Repeatable flag, answered with a list. */
  many?: boolean;
  /** Ask in a terminal although optional (required fields are always asked). */
  ask?: boolean;
  /** For fields without a path: required, or required unless the document starts as a draft. */
  required?: boolean | 'not-draft';
  /** Used when nothing is given: a code, or `today`. Shown as the answer's default in a terminal. */
  default?: string;
  /** Person pickers list people with these roles first. */
  roles?: readonly Role[];
}

export const BODY_LABELS = {
  background: { 'zh-CN': '需求背景', en: 'Background' },
  content: { 'zh-CN': '需求内容', en: 'Content' },
  body: { 'zh-CN': '正文', en: 'Body text' },
} as const satisfies Record<string, Labels>;

const CUSTOMER_FOLDER: FieldSpec = {
  flag: 'customer',
  type: 'customer',
  required: true,
  labels: { 'zh-CN': '客户', en: 'Customer' },
};
const RECORD_DATE: FieldSpec = { flag: 'date', type: 'date', path: ['date'], default: 'today' };
const SLUG: FieldSpec = {
  flag: 'slug',
  type: 'slug',
  labels: { 'zh-CN': '文件名后缀', en: 'File name suffix' },
};
const BODY: FieldSpec = { flag: 'body', type: 'long-text', labels: BODY_LABELS.body };

export const FORMS: Readonly<Record<NewKind, readonly FieldSpec[]>> = {
  requirement: [
    { flag: 'customer', type: 'requester', path: ['customer'], required: true },
    { flag: 'department', type: 'text', path: ['department'] },
    { flag: 'title', type: 'text', path: ['title'] },
    { flag: 'requested-by', type: 'text', path: ['requested_by'] },
    { flag: 'contact', type: 'text', path: ['contact'] },
    {
      flag: 'background',
      type: 'long-text',
      labels: BODY_LABELS.background,
      required: 'not-draft',
    },
    { flag: 'content', type: 'long-text', labels: BODY_LABELS.content, required: 'not-draft' },
    { flag: 'criterion', type: 'text', path: ['acceptance_criteria'], many: true, ask: true },
    { flag: 'importance', type: 'choice', path: ['importance'] },
    { flag: 'urgency', type: 'choice', path: ['urgency'] },
    { flag: 'confidentiality', type: 'choice', path: ['confidentiality'], default: 'internal' },
    { flag: 'source', type: 'choice', path: ['source', 'type'] },
    { flag: 'source-record', type: 'record', path: ['source', 'record'], ask: true },
    { flag: 'source-note', type: 'text', path: ['source', 'note'] },
    { flag: 'wanted-by', type: 'date', path: ['wanted_by'] },
    { flag: 'parent', type: 'requirement', path: ['parent'] },
    { flag: 'tag', type: 'text', path: ['tags'], many: true },
  ],
  change: [
    { flag: 'requirement', type: 'requirement', path: ['requirements'], many: true },
    { flag: 'title', type: 'text', path: ['title'] },
    { flag: 'requested-by', type: 'text', path: ['requested_by'] },
    { flag: 'reason', type: 'long-text', path: ['reason'] },
    { flag: 'before', type: 'long-text', path: ['change', 'before'] },
    { flag: 'after', type: 'long-text', path: ['change', 'after'] },
    { flag: 'tag', type: 'text', path: ['tags'], many: true },
    BODY,
  ],
  customer: [
    { flag: 'name', type: 'text', path: ['name'] },
    { flag: 'short-name', type: 'text', path: ['short_name'], ask: true },
    { flag: 'industry', type: 'text', path: ['industry'] },
    { flag: 'region', type: 'text', path: ['region'] },
    { flag: 'scale', type: 'choice', path: ['scale'] },
    { flag: 'website', type: 'text', path: ['website'] },
    {
      flag: 'account-manager',
      type: 'person',
      path: ['account_manager'],
      roles: ['account-manager'],
    },
    { flag: 'department', type: 'text', path: ['department'] },
    { flag: 'tier', type: 'choice', path: ['tier'], default: 'C' },
    { flag: 'contact-name', type: 'text', path: ['contacts'] },
    {
      flag: 'contact-role',
      type: 'text',
      labels: { 'zh-CN': '联系人职务', en: 'Contact role' },
      ask: true,
    },
    { flag: 'tag', type: 'text', path: ['tags'], many: true },
    BODY,
  ],
  release: [
    { flag: 'title', type: 'text', path: ['title'] },
    { flag: 'version', type: 'text', path: ['version'] },
    { flag: 'planned-on', type: 'date', path: ['planned_on'] },
    { flag: 'requirement', type: 'requirement', path: ['requirements'], many: true },
    { flag: 'tag', type: 'text', path: ['tags'], many: true },
    BODY,
  ],
  visit: [
    CUSTOMER_FOLDER,
    RECORD_DATE,
    { flag: 'type', type: 'choice', path: ['type'] },
    { flag: 'by', type: 'person', path: ['visited_by'], many: true, roles: ['account-manager'] },
    { flag: 'attendee', type: 'text', path: ['attendees'], many: true, ask: true },
    { flag: 'summary', type: 'long-text', path: ['summary'] },
    { flag: 'feedback', type: 'long-text', path: ['feedback'], ask: true },
    { flag: 'follow-up', type: 'long-text', path: ['follow_up'], ask: true },
    SLUG,
    BODY,
  ],
  complaint: [
    CUSTOMER_FOLDER,
    RECORD_DATE,
    { flag: 'severity', type: 'choice', path: ['severity'] },
    { flag: 'channel', type: 'choice', path: ['channel'] },
    { flag: 'summary', type: 'long-text', path: ['summary'] },
    { flag: 'by', type: 'person', path: ['handled_by'] },
    SLUG,
    BODY,
  ],
  'service-request': [
    CUSTOMER_FOLDER,
    RECORD_DATE,
    { flag: 'notice-type', type: 'choice', path: ['notice_type'] },
    { flag: 'urgent', type: 'boolean', path: ['urgent'], default: 'false' },
    { flag: 'paid-service', type: 'boolean', path: ['paid_service'], ask: true },
    { flag: 'summary', type: 'long-text', path: ['summary'] },
    { flag: 'by', type: 'person', path: ['handled_by'], roles: ['operations'] },
    SLUG,
    BODY,
  ],
  survey: [
    CUSTOMER_FOLDER,
    RECORD_DATE,
    { flag: 'by', type: 'person', path: ['surveyed_by'] },
    { flag: 'respondent', type: 'text', path: ['respondent'], ask: true },
    { flag: 'score', type: 'integer', path: ['score'] },
    { flag: 'comments', type: 'long-text', path: ['comments'], ask: true },
    SLUG,
    BODY,
  ],
};

/** Flags every form accepts besides its own questions. */
export const COMMON_FLAGS = ['today', 'editor'] as const;
/** Flags that choose how a kind starts. */
export const START_FLAGS: Readonly<Partial<Record<NewKind, string>>> = {
  requirement: 'draft',
  customer: 'new',
};

/**
 * The state a new document starts in: a requirement is submitted (`--draft` keeps it a draft), a
 * customer a prospect (`--new`: onboarding has begun); every other kind its workflow's initial state.
 */
export function evaluateStartStatus(
  kind: NewKind,
  startFlag: boolean,
  workflow: Workflow | undefined,
): string {
  if (kind === 'requirement') return startFlag ? 'draft' : 'submitted';
  if (kind === 'customer') return startFlag ? 'new' : (workflow?.initial ?? 'prospect');
  return workflow?.initial ?? '';
}
