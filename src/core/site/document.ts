/**
 * One document as its page shows it: labelled fields, body, links stored in it, suspect links,
 * revision record and sign-offs. Reverse links are added by `assembleBacklinks` once every
 * visible document is known.
 */
import { redactFor } from '../audience.ts';
import { evaluateNextStates, isRecordKind, type Progress } from '../progress.ts';
import { stringAt, stringsAt, type LoadedDocument } from '../repository.ts';
import { joinCjkLines } from '../text/cjk.ts';
import { choiceAt, kindLabel, type SiteContext } from './context.ts';
import { assembleFields } from './fields.ts';
import type {
  CustomerRef,
  Facets,
  FieldView,
  HistorySource,
  LinkView,
  RevisionView,
  SignoffView,
  SiteDocument,
  StageView,
  SuspectLink,
} from './types.ts';
import type { TierValue } from './customer-types.ts';

/** What the git history says about one document (mapped from the records reader). */
export interface DocumentHistoryInput {
  revisions: readonly RevisionView[];
  signoffs: readonly SignoffView[];
  /** Customers: the tier after each commit that set or changed it, by commit. */
  tiers?: ReadonlyMap<string, TierValue>;
}

/** Fields whose links a document depends on: a change there makes this document suspect. */
const UPSTREAM_FIELDS: ReadonlySet<string> = new Set(['parent', 'depends_on', 'requirements']);

export function assembleDocument(
  document: LoadedDocument,
  context: SiteContext,
  history: HistorySource,
  record: DocumentHistoryInput | undefined,
): SiteDocument {
  const { source } = context;
  const progress = context.progressOf(document.id);
  const data = redactFor(
    context.audience,
    document.data,
    source.schemaOf(document.kind),
    source.resolveRef,
  ) as Record<string, unknown>;
  const fields = assembleFields(data, source.schemaOf(document.kind), context);
  const customers = (progress?.customers ?? []).flatMap((id) => {
    const ref = context.customerRef(id);
    return ref ? [ref] : [];
  });
  const links = assembleLinks(document, fields, context);
  const signoffs = record?.signoffs ?? [];
  const updated = context.updatedOf(document.id);
  const head = assembleHead(document, data, progress, context);
  return {
    ...head,
    ...(customers[0] ? { customer: customers[0].id } : {}),
    customers,
    stage: stageOf(progress),
    nextStates: evaluateNextStates(document, source.model.repository).flatMap((code) => {
      const choice = context.stateChoice(document.kind, code);
      return choice ? [choice] : [];
    }),
    tags: stringsAt(data, 'tags'),
    ...(updated ? { updated } : {}),
    fields,
    body: joinCjkLines(document.parsed.body),
    links,
    backlinks: [],
    suspect: evaluateSuspects(document, links, signoffs, context),
    history,
    revisions: record?.revisions ?? [],
    signoffs,
    facets: facetsOf(head, customers, context),
  };
}

type Head = Pick<
  SiteDocument,
  'id' | 'kind' | 'title' | 'path' | 'state' | 'priority' | 'confidentiality' | 'owner'
>;

function assembleHead(
  document: LoadedDocument,
  data: Readonly<Record<string, unknown>>,
  progress: Progress | undefined,
  context: SiteContext,
): Head {
  const state = context.stateChoice(document.kind, progress?.status);
  const priority = context.priorityChoice(progress?.priority);
  const confidentiality = choiceAt(
    context.source,
    document.kind,
    ['confidentiality'],
    data['confidentiality'],
  );
  const owner = progress?.owner;
  return {
    id: document.id,
    kind: document.kind,
    title: titleOf(document, progress?.title ?? document.id),
    path: document.path,
    ...(state ? { state } : {}),
    ...(priority ? { priority } : {}),
    ...(confidentiality ? { confidentiality } : {}),
    ...(owner === undefined ? {} : { owner: { id: owner, name: context.personName(owner) } }),
  };
}

function stageOf(progress: Progress | undefined): StageView {
  return {
    ...(progress?.stageSince ? { since: progress.stageSince } : {}),
    ...(progress?.ageDays === undefined ? {} : { ageDays: progress.ageDays }),
    ...(progress?.limitDays === undefined ? {} : { limitDays: progress.limitDays }),
    overdue: progress?.overdue ?? false,
    closed: progress?.closed ?? true,
    ...(progress?.startsLater ? { startsLater: true as const } : {}),
  };
}

function facetsOf(head: Head, customers: readonly CustomerRef[], context: SiteContext): Facets {
  const { byId } = context.source.model.repository;
  const tiers = customers.flatMap((customer) => {
    const tier = stringAt(byId.get(customer.id)?.data ?? {}, 'tier');
    return tier ? [tier] : [];
  });
  return {
    kind: kindLabel(head.kind),
    ...(head.state ? { state: head.state.labels } : {}),
    ...(head.priority ? { priority: head.priority.code } : {}),
    customers: customers.map((customer) => customer.name),
    tiers: [...new Set(tiers)],
  };
}

function titleOf(document: LoadedDocument, fallback: string): string {
  return document.kind === 'customer' ? (stringAt(document.data, 'name') ?? fallback) : fallback;
}

/** Links stored in the document: every field naming a visible document, and a record's customer. */
function assembleLinks(
  document: LoadedDocument,
  fields: readonly FieldView[],
  context: SiteContext,
): LinkView[] {
  const links: LinkView[] = [];
  for (const field of fields)
    for (const id of field.links ?? []) {
      const ref = context.refOf(id);
      if (ref) links.push({ ...ref, relation: field.label, code: field.key });
    }
  if (isRecordKind(document.kind) && document.customer !== undefined) {
    const ref = context.refOf(document.customer);
    if (ref)
      links.push({
        ...ref,
        relation: context.labels('site-model/links/customer'),
        code: 'customer',
      });
  }
  return links;
}

/**
 * A linked document this one depends on (parent, dependency, a change's or release's
 * requirements) changed after this one's last sign-off that still holds, or, without one, after
 * it entered its current state.
 */
function evaluateSuspects(
  document: LoadedDocument,
  links: readonly LinkView[],
  signoffs: readonly SignoffView[],
  context: SiteContext,
): SuspectLink[] {
  const signed = signoffs
    .filter((signoff) => signoff.holds)
    .map((signoff) => signoff.date)
    .sort()
    .at(-1);
  // Since its sign-off, else since it entered its state; what counts upstream is a change of
  // content, not a state move alone (a requirement closed after a change request was approved).
  const since = signed ?? context.stageEnteredOf(document.id);
  if (since === undefined) return [];
  const basis = signed === undefined ? 'stage' : 'signoff';
  return links.flatMap((link) => {
    const changed = UPSTREAM_FIELDS.has(link.code) ? context.contentChangedOf(link.id) : undefined;
    return changed !== undefined && changed > since ? [{ id: link.id, changed, since, basis }] : [];
  });
}

/** Reverse links: for each document, the visible documents that link to it. */
export function assembleBacklinks(
  documents: readonly SiteDocument[],
  context: SiteContext,
): SiteDocument[] {
  const incoming = new Map<string, LinkView[]>();
  for (const document of documents)
    for (const link of document.links) {
      const code = reverseCode(link.code, document.kind);
      const list = incoming.get(link.id) ?? [];
      list.push({
        id: document.id,
        kind: document.kind,
        title: document.title,
        ...(document.state ? { state: document.state } : {}),
        relation: context.labels(`site-model/links/${code}`),
        code,
      });
      incoming.set(link.id, list);
    }
  return documents.map((document) => ({ ...document, backlinks: incoming.get(document.id) ?? [] }));
}

/** The name of a link seen from its target: a parent's `children`, a requirement's `changes`. */
function reverseCode(code: string, kind: string): string {
  if (code === 'parent') return 'children';
  if (code === 'depends_on') return 'dependants';
  if (code === 'requirements') return kind === 'release' ? 'releases' : 'changes';
  if (code === 'customer') return kind === 'requirement' ? 'requirements' : 'records';
  return 'mentioned-by';
}
