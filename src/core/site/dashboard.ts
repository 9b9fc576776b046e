/**
 * The dashboard's aggregates over the visible documents: counts by state, priority and customer,
 * change requests awaiting approval, overdue items per stage against the configured time limits
 * (as of the model's `today`), and the most recently changed documents. One pass each.
 */
import type { DocumentKind } from '../layout.ts';
import { workflowOf } from '../layout.ts';
import { evaluateWaitingOn } from './awaiting.ts';
import { kindLabel, type SiteContext } from './context.ts';
import type { AwaitingApproval, CountRow, Dashboard, OverdueStage } from './page-types.ts';
import type { DocumentRef, SiteDocument } from './types.ts';

const COUNTED_KINDS: readonly DocumentKind[] = ['requirement', 'change', 'release', 'customer'];
/** The change-request state in which the approval gate waits for signatures. */
const AWAITING_APPROVAL = 'awaiting-approval';
const RECENT = 10;

export function assembleDashboard(
  documents: readonly SiteDocument[],
  context: SiteContext,
): Dashboard {
  const requirements = documents.filter((document) => document.kind === 'requirement');
  return {
    byState: Object.fromEntries(
      COUNTED_KINDS.map((kind) => [kind, countByState(kind, documents, context)]),
    ),
    byPriority: countByPriority(requirements, context),
    byCustomer: countByCustomer(requirements),
    awaitingApproval: documents
      .filter(
        (document) => document.kind === 'change' && document.state?.code === AWAITING_APPROVAL,
      )
      .map((document) => awaiting(document, context)),
    overdue: assembleOverdue(documents),
    recentlyChanged: [...documents]
      .filter((document) => document.updated !== undefined)
      .sort((a, b) => (b.updated ?? '').localeCompare(a.updated ?? '') || a.id.localeCompare(b.id))
      .slice(0, RECENT)
      .map(toRef),
  };
}

export function toRef(document: SiteDocument): DocumentRef {
  return {
    id: document.id,
    kind: document.kind,
    title: document.title,
    ...(document.state ? { state: document.state } : {}),
    ...(document.priority ? { priority: document.priority } : {}),
    ...(document.updated ? { updated: document.updated } : {}),
  };
}

/** Every state of the kind's workflow in configuration order, with zero counts kept. */
function countByState(
  kind: DocumentKind,
  documents: readonly SiteDocument[],
  context: SiteContext,
): CountRow[] {
  const workflow = workflowOf(kind);
  const states = workflow
    ? Object.keys(context.source.model.repository.config.workflows[workflow].states)
    : [];
  const counts = new Map<string, number>(states.map((state) => [state, 0]));
  for (const document of documents)
    if (document.kind === kind && document.state)
      counts.set(document.state.code, (counts.get(document.state.code) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({
    key: code,
    label: context.stateChoice(kind, code)?.labels ?? { 'zh-CN': code, en: code },
    count,
  }));
}

function countByPriority(requirements: readonly SiteDocument[], context: SiteContext): CountRow[] {
  return context.source.model.repository.config.priority.levels.map((level) => ({
    key: level.code,
    label: { 'zh-CN': level['zh-CN'], en: level.en },
    count: requirements.filter((document) => document.priority?.code === level.code).length,
  }));
}

function countByCustomer(requirements: readonly SiteDocument[]): CountRow[] {
  const rows = new Map<string, CountRow & { count: number }>();
  for (const document of requirements)
    for (const customer of document.customers) {
      const row = rows.get(customer.id) ?? {
        key: customer.id,
        label: { 'zh-CN': customer.name, en: customer.name },
        count: 0,
      };
      row.count += 1;
      rows.set(customer.id, row);
    }
  return [...rows.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function awaiting(document: SiteDocument, context: SiteContext): AwaitingApproval {
  const pullRequest = [...document.revisions]
    .reverse()
    .find((revision) => revision.pullRequest)?.pullRequest;
  const loaded = context.source.model.repository.byId.get(document.id);
  return {
    ...toRef(document),
    ...(document.stage.since ? { since: document.stage.since } : {}),
    ...(pullRequest === undefined ? {} : { pullRequest }),
    ...(loaded ? { waitingOn: evaluateWaitingOn(loaded, context) } : {}),
  };
}

/** Overdue documents grouped by kind and state, most overdue first; stages without any left out. */
export function assembleOverdue(documents: readonly SiteDocument[]): OverdueStage[] {
  const stages = new Map<string, OverdueStage & { items: OverdueStage['items'][number][] }>();
  for (const document of documents) {
    const { ageDays, limitDays, overdue } = document.stage;
    if (!overdue || !document.state || ageDays === undefined || limitDays === undefined) continue;
    const key = `${document.kind}/${document.state.code}`;
    const stage = stages.get(key) ?? {
      kind: document.kind,
      kindLabel: kindLabel(document.kind),
      state: document.state,
      limitDays,
      items: [],
    };
    stage.items.push({ ...toRef(document), ageDays, limitDays, overBy: ageDays - limitDays });
    stages.set(key, stage);
  }
  return [...stages.values()].map((stage) => ({
    ...stage,
    items: stage.items.sort((a, b) => b.overBy - a.overBy || a.id.localeCompare(b.id)),
  }));
}
