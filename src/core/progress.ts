/**
 * Progress of a document (需求进度监控及查询): status, computed priority, owner, customer, days in
 * the current stage against the stage's time limit, overdue or not, and the links that are
 * stored on the other side (children, dependants, change requests, releases, a customer's
 * requirements and records). Pure: `today` is a `YYYY-MM-DD` parameter, never the clock.
 */
import { evaluatePriority } from './config.ts';
import { isClosedState, nextStates } from './workflow.ts';
import { daysBetween } from './calendar.ts';
import { workflowOf, type DocumentKind } from './layout.ts';
import type { Lang } from './messages.ts';
import type { JsonSchema } from './schema-set.ts';
import type { ResolveRef } from './schema-walk.ts';
import { stringAt, stringsAt, type LoadedDocument, type RepositoryIndex } from './repository.ts';
import { joinCjkText } from './text/cjk.ts';

export type Labels = Readonly<Record<Lang, string>>;
export type EnumLabels = Readonly<Record<string, Labels>>;

export interface Progress {
  id: string;
  kind: DocumentKind;
  path: string;
  title: string;
  status?: string;
  statusLabel?: Labels;
  /** Requirements only: from importance × urgency; never stored. */
  priority?: string;
  /** A person ID from people.yaml. */
  owner?: string;
  /** The customers it concerns (a change or release concerns those of its requirements). */
  customers: readonly string[];
  stageSince?: string;
  /** Whole days since `stageSince`; 0 when the stage starts after today (see `startsLater`). */
  ageDays?: number;
  /** `stage_since` is after today (a typo, or a planned date): no age counts yet and nothing is overdue. */
  startsLater?: true;
  limitDays?: number;
  overdue: boolean;
  /** Nothing moves on from here (terminal state, or a kind without states). */
  closed: boolean;
}

export interface RequirementLinks {
  children: readonly string[];
  dependants: readonly string[];
  changes: readonly string[];
  releases: readonly string[];
}

/** Reverse links, computed once per repository. */
export interface LinkIndex {
  ofRequirement(id: string): RequirementLinks;
  requirementsOfCustomer(id: string): readonly LoadedDocument[];
  recordsOfCustomer(id: string): readonly LoadedDocument[];
}

export interface ProgressModel {
  repository: RepositoryIndex;
  links: LinkIndex;
  statusLabels: (kind: DocumentKind) => EnumLabels;
}

/** The progress model with the schemas that label it: what list, show and the site read. */
export interface ProgressSource {
  model: ProgressModel;
  schemaOf: (kind: DocumentKind) => JsonSchema;
  /** Any schema by its file under schemas/ (configuration schemas too). */
  schemaFor: (file: string) => JsonSchema;
  resolveRef: ResolveRef;
}

/** Who moves each kind forward; visits may name several people, the first leads. */
const OWNER_FIELD: Partial<Record<DocumentKind, string>> = {
  requirement: 'owner',
  customer: 'account_manager',
  complaint: 'handled_by',
  'service-request': 'handled_by',
  survey: 'surveyed_by',
  visit: 'visited_by',
};

const TITLE_FIELDS: readonly string[] = ['title', 'short_name', 'name', 'summary', 'comments'];
const RECORD_KINDS: ReadonlySet<DocumentKind> = new Set([
  'visit',
  'complaint',
  'service-request',
  'survey',
]);

export function isRecordKind(kind: DocumentKind): boolean {
  return RECORD_KINDS.has(kind);
}

export function indexLinks(repository: RepositoryIndex): LinkIndex {
  const add = (map: Map<string, string[]>, key: string, value: string) =>
    map.set(key, [...(map.get(key) ?? []), value]);
  const [children, dependants, changes, releases] = [
    new Map<string, string[]>(),
    new Map<string, string[]>(),
    new Map<string, string[]>(),
    new Map<string, string[]>(),
  ];
  for (const requirement of repository.ofKind('requirement')) {
    const parent = stringAt(requirement.data, 'parent');
    if (parent) add(children, parent, requirement.id);
    for (const dependency of stringsAt(requirement.data, 'depends_on'))
      add(dependants, dependency, requirement.id);
  }
  for (const change of repository.ofKind('change'))
    for (const id of stringsAt(change.data, 'requirements')) add(changes, id, change.id);
  for (const release of repository.ofKind('release'))
    for (const id of stringsAt(release.data, 'requirements')) add(releases, id, release.id);
  return {
    ofRequirement: (id) => ({
      children: children.get(id) ?? [],
      dependants: dependants.get(id) ?? [],
      changes: changes.get(id) ?? [],
      releases: releases.get(id) ?? [],
    }),
    requirementsOfCustomer: (id) =>
      repository.ofKind('requirement').filter((document) => document.data['customer'] === id),
    recordsOfCustomer: (id) =>
      repository.documents.filter(
        (document) => isRecordKind(document.kind) && document.customer === id,
      ),
  };
}

export function evaluateProgress(
  document: LoadedDocument,
  model: ProgressModel,
  today: string,
): Progress {
  const { config } = model.repository;
  const status = stringAt(document.data, 'status');
  const workflowKind = workflowOf(document.kind);
  const workflow = workflowKind ? config.workflows[workflowKind] : undefined;
  const closed = workflow ? isClosedState(workflow, status) : true;
  const stageSince = stringAt(document.data, 'stage_since');
  const days = daysBetween(stageSince, today);
  const startsLater = days !== undefined && days < 0;
  const ageDays = startsLater ? 0 : days;
  const limitDays = status === undefined ? undefined : workflow?.states[status]?.time_limit_days;
  const statusLabel = status === undefined ? undefined : model.statusLabels(document.kind)[status];
  const priority =
    document.kind === 'requirement'
      ? evaluatePriority(config.priority, document.data['importance'], document.data['urgency'])
      : undefined;
  return {
    id: document.id,
    kind: document.kind,
    path: document.path,
    title: titleOf(document),
    ...(status === undefined ? {} : { status }),
    ...(statusLabel === undefined ? {} : { statusLabel }),
    ...(priority === undefined ? {} : { priority }),
    ...optional('owner', ownerOf(document)),
    customers: customersOf(document, model.repository),
    ...optional('stageSince', stageSince),
    ...(ageDays === undefined ? {} : { ageDays }),
    ...(startsLater ? { startsLater: true as const } : {}),
    ...(limitDays === undefined ? {} : { limitDays }),
    overdue:
      !closed &&
      !startsLater &&
      ageDays !== undefined &&
      limitDays !== undefined &&
      ageDays > limitDays,
    closed,
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function titleOf(document: LoadedDocument): string {
  for (const field of TITLE_FIELDS) {
    const value = stringAt(document.data, field);
    // A folded summary's line break between Chinese characters is no space (issue 5, point 7).
    if (value) return joinCjkText(value).replace(/\s+/g, ' ').trim();
  }
  return document.id;
}

function ownerOf(document: LoadedDocument): string | undefined {
  const field = OWNER_FIELD[document.kind];
  if (!field) return undefined;
  return stringAt(document.data, field) ?? stringsAt(document.data, field)[0];
}

/** A change or a release concerns the customers of its requirements; a record, its folder's customer. */
export function customersOf(document: LoadedDocument, repository: RepositoryIndex): string[] {
  if (document.kind === 'customer') return [document.id];
  if (document.customer !== undefined) return [document.customer];
  if (document.kind === 'requirement') {
    const customer = stringAt(document.data, 'customer');
    return customer === undefined ? [] : [customer];
  }
  const requirements = stringsAt(document.data, 'requirements').map((id) =>
    repository.byId.get(id),
  );
  return [
    ...new Set(
      requirements.flatMap((requirement) =>
        requirement ? customersOf(requirement, repository) : [],
      ),
    ),
  ].sort();
}

/** States the workflow allows next from the document's current state. */
export function evaluateNextStates(
  document: LoadedDocument,
  repository: RepositoryIndex,
): readonly string[] {
  const kind = workflowOf(document.kind);
  if (!kind) return [];
  return nextStates(repository.config.workflows[kind], document.data['status']);
}
