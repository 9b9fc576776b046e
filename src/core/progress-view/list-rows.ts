/**
 * One flat row per listed document, the same data for every output: the text table shows some
 * columns with labels, `--format json` and `--format csv` carry all of them under stable keys.
 */
import { isClosedState } from '../workflow.ts';
import { stringAt, stringsAt, type LoadedDocument } from '../repository.ts';
import { KIND_LABELS, type DocumentKind } from '../layout.ts';
import { evaluateProgress, type Progress } from '../progress.ts';
import { compareProgress } from '../progress-query.ts';
import { renderTable } from '../table.ts';
import { NONE, textOf, truncateText, type View } from './view.ts';

export type ListKind = 'requirements' | 'changes' | 'customers' | 'releases' | 'records';
export type Cell = string | number | boolean | readonly string[] | null;
export type Row = Readonly<Record<string, Cell>>;

export const LIST_KINDS: Readonly<Record<ListKind, readonly DocumentKind[]>> = {
  requirements: ['requirement'],
  changes: ['change'],
  customers: ['customer'],
  releases: ['release'],
  records: ['visit', 'complaint', 'service-request', 'survey'],
};

const PROGRESS_FIELDS = [
  'status',
  'status_label',
  'owner',
  'owner_name',
  'customers',
  'customer_names',
  'stage_since',
  'age_days',
  'limit_days',
  'overdue',
] as const;

/** Every key a row carries, in output order (the csv header). */
export const FIELDS: Readonly<Record<ListKind, readonly string[]>> = {
  requirements: ['id', 'title', 'priority', ...PROGRESS_FIELDS, 'path'],
  changes: ['id', 'title', 'requirements', ...PROGRESS_FIELDS, 'path'],
  customers: [
    'id',
    'title',
    'tier',
    'tier_temporary',
    'open_requirements',
    'records',
    ...PROGRESS_FIELDS,
    'path',
  ],
  releases: ['id', 'title', 'version', 'planned_on', 'requirements', ...PROGRESS_FIELDS, 'path'],
  records: ['id', 'record_kind', 'date', 'title', ...PROGRESS_FIELDS, 'path'],
};

/** The columns a person sees in the terminal. */
const TEXT_COLUMNS: Readonly<Record<ListKind, readonly string[]>> = {
  requirements: [
    'id',
    'title',
    'status_label',
    'priority',
    'owner_name',
    'customer_names',
    'age_days',
    'limit_days',
    'overdue',
  ],
  changes: [
    'id',
    'title',
    'status_label',
    'requirements',
    'customer_names',
    'age_days',
    'limit_days',
    'overdue',
  ],
  customers: ['id', 'title', 'status_label', 'tier', 'owner_name', 'open_requirements', 'records'],
  releases: [
    'id',
    'version',
    'title',
    'status_label',
    'planned_on',
    'requirements',
    'age_days',
    'limit_days',
    'overdue',
  ],
  records: [
    'id',
    'record_kind',
    'status_label',
    'owner_name',
    'title',
    'age_days',
    'limit_days',
    'overdue',
  ],
};

const NUMERIC = new Set(['age_days', 'limit_days', 'open_requirements', 'records']);
const TITLE_WIDTH = 34;

export function assembleRow(
  kind: ListKind,
  progress: Progress,
  document: LoadedDocument,
  view: View,
): Row {
  const all = { ...progressFields(progress, view), ...kindFields(document, view) };
  return Object.fromEntries(FIELDS[kind].map((key) => [key, all[key] ?? null]));
}

/** A document's progress under the stable snake_case keys of every machine format. */
export function progressFields(progress: Progress, view: View): Record<string, Cell> {
  return {
    id: progress.id,
    kind: progress.kind,
    title: progress.title,
    priority: progress.priority ?? null,
    status: progress.status ?? null,
    status_label: progress.statusLabel?.[view.lang] ?? null,
    owner: progress.owner ?? null,
    owner_name: progress.owner === undefined ? null : view.personName(progress.owner),
    customers: progress.customers,
    customer_names: progress.customers.map((id) => view.customerName(id)),
    stage_since: progress.stageSince ?? null,
    age_days: progress.ageDays ?? null,
    limit_days: progress.limitDays ?? null,
    overdue: progress.overdue,
    closed: progress.closed,
    path: progress.path,
  };
}

function kindFields(document: LoadedDocument, view: View): Record<string, Cell> {
  const { data } = document;
  switch (document.kind) {
    case 'customer': {
      const overview = view.source.model.links;
      const requirements = overview.requirementsOfCustomer(document.id);
      const open = requirements.filter((requirement) => !isClosed(requirement, view)).length;
      return {
        tier: stringAt(data, 'tier') ?? null,
        tier_temporary: data['tier_temporary'] === true,
        open_requirements: open,
        records: overview.recordsOfCustomer(document.id).length,
      };
    }
    case 'change':
      return { requirements: stringsAt(data, 'requirements') };
    case 'release':
      return {
        version: stringAt(data, 'version') ?? null,
        planned_on: stringAt(data, 'planned_on') ?? null,
        requirements: stringsAt(data, 'requirements'),
      };
    case 'requirement':
      return {};
    default:
      return { record_kind: document.kind, date: stringAt(data, 'date') ?? null };
  }
}

function isClosed(requirement: LoadedDocument, view: View): boolean {
  return isClosedState(
    view.source.model.repository.config.workflows.requirement,
    requirement.data['status'],
  );
}

export function renderRowsTable(kind: ListKind, rows: readonly Row[], view: View): string[] {
  const columns = TEXT_COLUMNS[kind];
  const header = columns.map((key) => view.t(`progress/column/${key}`));
  const cells = rows.map((row) => columns.map((key) => formatCell(key, row, view)));
  const right = new Set(columns.flatMap((key, index) => (NUMERIC.has(key) ? [index] : [])));
  return renderTable(header, cells, right);
}

function formatCell(key: string, row: Row, view: View): string {
  const value = row[key];
  if (key === 'overdue') return value === true ? view.t('progress/overdue-mark') : '';
  if (key === 'title') return truncateText(String(value ?? NONE), TITLE_WIDTH);
  if (key === 'record_kind')
    return typeof value === 'string' ? KIND_LABELS[value as DocumentKind][view.lang] : NONE;
  if (key === 'tier' && typeof value === 'string')
    return row['tier_temporary'] === true
      ? view.t('progress/tier-temporary', { tier: value })
      : value;
  if (Array.isArray(value)) return listText(value);
  return textOf(value);
}

/** At most three items in a table cell; the rest is counted (json and csv carry them all). */
function listText(items: readonly string[]): string {
  if (items.length === 0) return NONE;
  const shown = items.slice(0, 3).join(', ');
  return items.length > 3 ? `${shown} …(+${items.length - 3})` : shown;
}

/** For csv: lists joined with `;`, missing values empty; numbers stay numbers, so a negative one is not escaped as a formula. */
export function flattenRow(row: Row, fields: readonly string[]): (string | number)[] {
  return fields.map((key) => {
    const value = row[key];
    if (Array.isArray(value)) return value.join(';');
    if (typeof value === 'number') return value;
    return value === null || value === undefined ? '' : String(value);
  });
}

/** The listed requirements' progress, in list order (priority first). */
export function memberProgress(ids: readonly string[], view: View): Progress[] {
  const { model } = view.source;
  return ids
    .flatMap((id) => {
      const document = model.repository.byId.get(id);
      return document ? [evaluateProgress(document, model, view.today)] : [];
    })
    .sort(compareProgress(model.repository.config.priority));
}
