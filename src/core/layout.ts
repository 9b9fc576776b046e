/**
 * Where each kind of document lives under content/ (the repository layout is data, not scattered
 * string checks). Paths are repository-relative with `/` separators.
 */
export type DocumentKind = 'requirement' | 'change' | 'release' | 'customer' | RecordKind;
export type RecordKind = 'visit' | 'complaint' | 'service-request' | 'survey';
export type WorkflowKind =
  'requirement' | 'change' | 'customer' | 'release' | 'complaint' | 'service-request';

export const CONTENT_DIR = 'content';
export const CONFIG_DIR = 'content/config';

/** Folder of each top-level kind, and the ID prefix its documents use. */
export const TOP_LEVEL: Readonly<
  Record<'requirement' | 'change' | 'release', { dir: string; prefix: string; digits: number }>
> = {
  requirement: { dir: 'content/requirements', prefix: 'REQ-', digits: 4 },
  change: { dir: 'content/changes', prefix: 'CR-', digits: 4 },
  release: { dir: 'content/releases', prefix: 'REL-', digits: 3 },
};
export const CUSTOMERS_DIR = 'content/customers';
export const CUSTOMER_ID = { prefix: 'CUS-', digits: 3 } as const;

/** Relationship-record kinds and their sub-folder under a customer. */
export const RECORD_DIRS: Readonly<Record<RecordKind, string>> = {
  visit: 'visits',
  complaint: 'complaints',
  'service-request': 'service-requests',
  survey: 'surveys',
};

/** The schema file (under schemas/) that checks each kind. */
export const SCHEMA_OF: Readonly<Record<DocumentKind, string>> = {
  requirement: 'requirement.schema.json',
  change: 'change.schema.json',
  release: 'release.schema.json',
  customer: 'customer.schema.json',
  visit: 'records/visit.schema.json',
  complaint: 'records/complaint.schema.json',
  'service-request': 'records/service-request.schema.json',
  survey: 'records/survey.schema.json',
};

/** Every kind, in the order Docket lists them (requirements first, records last). */
export const DOCUMENT_KINDS = Object.keys(SCHEMA_OF) as readonly DocumentKind[];

/** Configuration files and their schemas; one documented place: content/config/. */
export const CONFIG_FILES = {
  settings: { path: 'content/config/docket.yaml', schema: 'config/settings.schema.json' },
  people: { path: 'content/config/people.yaml', schema: 'config/people.schema.json' },
  workflows: { path: 'content/config/workflows.yaml', schema: 'config/workflows.schema.json' },
  priority: { path: 'content/config/priority.yaml', schema: 'config/priority.schema.json' },
  tiers: { path: 'content/config/tiers.yaml', schema: 'config/tiers.schema.json' },
  approvals: { path: 'content/config/approvals.yaml', schema: 'config/approvals.schema.json' },
  audiences: { path: 'content/config/audiences.yaml', schema: 'config/audiences.schema.json' },
} as const;
export type ConfigName = keyof typeof CONFIG_FILES;

export type PathClass =
  | { type: 'document'; kind: DocumentKind; expectedId: string; customer?: string }
  | { type: 'config'; name: ConfigName }
  | { type: 'readme' }
  | { type: 'misplaced'; reason: 'misplaced' | 'extension' | 'unknown-config' }
  | { type: 'attachment' };

const RECORD_KIND_BY_DIR = new Map(
  Object.entries(RECORD_DIRS).map(([kind, dir]) => [dir, kind as RecordKind]),
);

/** Decides what a file under content/ is from its path alone. */
export function classifyPath(path: string): PathClass {
  const isMarkdown = path.endsWith('.md');
  const configName = (Object.keys(CONFIG_FILES) as ConfigName[]).find(
    (name) => CONFIG_FILES[name].path === path,
  );
  if (configName) return { type: 'config', name: configName };
  // A document saved as `.MD` or `.markdown`, or a `docket.yml`, would otherwise pass unchecked.
  if (!isMarkdown && /\.(md|markdown)$/i.test(path))
    return { type: 'misplaced', reason: 'extension' };
  if (path.startsWith(`${CONFIG_DIR}/`) && /\.ya?ml$/i.test(path))
    return { type: 'misplaced', reason: 'unknown-config' };
  // A loose file straight under content/ is no attachment (a `releases` file would hide the folder).
  if (!isMarkdown)
    return path.split('/').length === 2
      ? { type: 'misplaced', reason: 'misplaced' }
      : { type: 'attachment' };
  const parts = path.split('/');
  const file = parts.at(-1) ?? '';
  if (file.toLowerCase() === 'readme.md') return { type: 'readme' };
  const stem = file.slice(0, -3);
  for (const [kind, { dir }] of Object.entries(TOP_LEVEL)) {
    if (parts.length === 3 && `${parts[0]}/${parts[1]}` === dir)
      return { type: 'document', kind: kind as DocumentKind, expectedId: stem };
  }
  if (`${parts[0]}/${parts[1]}` === CUSTOMERS_DIR && parts[2] !== undefined) {
    const customer = parts[2];
    if (parts.length === 4 && file === 'customer.md')
      return { type: 'document', kind: 'customer', expectedId: customer, customer };
    const recordKind = parts.length === 5 ? RECORD_KIND_BY_DIR.get(parts[3] ?? '') : undefined;
    if (recordKind)
      return {
        type: 'document',
        kind: recordKind,
        expectedId: recordId(customer, parts[3] ?? '', stem),
        customer,
      };
  }
  return { type: 'misplaced', reason: 'misplaced' };
}

/** A relationship record's ID: its path under content/customers without `.md`. */
export function recordId(customer: string, dir: string, stem: string): string {
  return `${customer}/${dir}/${stem}`;
}

/** Where a new top-level document or customer file goes. */
export function pathForId(
  kind: 'requirement' | 'change' | 'release' | 'customer',
  id: string,
): string {
  return kind === 'customer'
    ? `${CUSTOMERS_DIR}/${id}/customer.md`
    : `${TOP_LEVEL[kind].dir}/${id}.md`;
}

/** The workflow that governs a kind, if any (visits and surveys have no states). */
export function workflowOf(kind: DocumentKind): WorkflowKind | undefined {
  return kind === 'visit' || kind === 'survey' ? undefined : kind;
}

/** What each kind is called in each interface language. */
export const KIND_LABELS: Readonly<
  Record<DocumentKind | 'person' | 'record', Readonly<Record<'zh-CN' | 'en', string>>>
> = {
  requirement: { 'zh-CN': '需求', en: 'requirement' },
  change: { 'zh-CN': '变更单', en: 'change request' },
  release: { 'zh-CN': '版本', en: 'release' },
  customer: { 'zh-CN': '客户档案', en: 'customer file' },
  visit: { 'zh-CN': '拜访记录', en: 'visit' },
  complaint: { 'zh-CN': '投诉记录', en: 'complaint' },
  'service-request': { 'zh-CN': '服务通知单', en: 'service request' },
  survey: { 'zh-CN': '满意度调查', en: 'survey' },
  person: { 'zh-CN': '人员', en: 'person' },
  record: { 'zh-CN': '客户关系记录', en: 'relationship record' },
};
