/**
 * Turns the site model of `loadSiteModel` (src/app/site-model.ts: redacted, labelled) into the
 * view the pages render (model-types.ts). Pure reshaping: no content is read and nothing is
 * redacted here; the model is the single source.
 */
import type {
  ReleaseDiff,
  SiteCustomer,
  SiteDocument as ModelDocument,
  SiteModel as Model,
  LinkView as ModelLink,
} from '../app/site-model.ts';
import type { LinkView, SiteDocument, SiteModel } from './model-types.ts';

export function adaptSiteModel(model: Model): SiteModel {
  const diffs = new Map(model.releaseDiffs.map((diff) => [diff.to, diff]));
  const customers = new Map(model.customers.map((customer) => [customer.id, customer]));
  return {
    audience: model.audience,
    kindLabels: model.kindLabels,
    documents: model.documents.map((document) =>
      adaptDocument(document, diffs.get(document.id), customers.get(document.id), model),
    ),
    reports: {
      progressByMonth: model.reports.progressByMonth,
      overdueByStage: [...model.dashboard.overdue],
    },
  };
}

function adaptLink(link: ModelLink): LinkView {
  return { id: link.id, field: link.code, relation: link.relation };
}

function adaptDocument(
  document: ModelDocument,
  diff: ReleaseDiff | undefined,
  customer: SiteCustomer | undefined,
  model: Model,
): SiteDocument {
  return {
    id: document.id,
    kind: document.kind,
    title: document.title,
    ...(document.state ? { state: document.state } : {}),
    ...(document.priority ? { priority: document.priority } : {}),
    ...(document.customer ? { customer: document.customer } : {}),
    ...(document.updated ? { updated: document.updated } : {}),
    fields: document.fields,
    body: document.body,
    links: document.links.map(adaptLink),
    backlinks: document.backlinks.map(adaptLink),
    suspect: document.suspect,
    revisions: document.revisions,
    signoffs: document.signoffs,
    ...(diff ? { releaseDiff: adaptDiff(diff) } : {}),
    ...(customer ? adaptCustomer(customer, model) : {}),
  };
}

function adaptDiff(diff: ReleaseDiff): NonNullable<SiteDocument['releaseDiff']> {
  return {
    against: diff.from,
    entries: diff.lines.map((line) => ({
      id: line.id,
      title: line.title,
      change: line.op === 'kept' ? 'same' : line.op,
      before: line.op === 'added' ? '' : line.title,
      after: line.op === 'removed' ? '' : line.title,
    })),
  };
}

function adaptCustomer(customer: SiteCustomer, model: Model): Partial<SiteDocument> {
  return {
    timeline: customer.timeline.map((entry) => ({
      date: entry.date,
      kind: {
        code: entry.kind,
        labels: model.kindLabels[entry.kind] ?? { 'zh-CN': entry.kind, en: entry.kind },
      },
      title: entry.title,
      ...(entry.state ? { state: entry.state } : {}),
      ...(entry.type ? { type: entry.type } : {}),
      body: [entry.summary === entry.title ? '' : entry.summary, entry.handling ?? '']
        .filter(Boolean)
        .join('\n\n'),
    })),
    satisfaction: customer.satisfaction,
    tierHistory: customer.tierHistory.map((entry) => ({
      date: entry.date,
      tier: entry.tier ?? '—',
    })),
  };
}
