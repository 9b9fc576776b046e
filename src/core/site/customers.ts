/**
 * Customer pages: tier and tier history, contacts, the relationship timeline (visits,
 * complaints and their handling, service requests with their Z1/Z2 type and state, surveys),
 * satisfaction scores over time, and their requirements and change requests.
 */
import { actionText, signersText } from '../progress-view/tier-review-rows.ts';
import { stringAt, type LoadedDocument } from '../repository.ts';
import { joinCjkText } from '../text/cjk.ts';
import { evaluateTierReview, needsAction, type TierReview } from '../tier-review.ts';
import { bothLanguages, choiceAt, type SiteContext } from './context.ts';
import type { SiteCustomer, TierReviewView, TimelineEntry } from './customer-types.ts';
import { toRef } from './dashboard.ts';
import type { DocumentHistoryInput } from './document.ts';
import { assembleTierHistory, readTierValue } from './tier-history.ts';
import type { SiteDocument } from './types.ts';

/** The field that says what kind of record it is, per record kind. */
const TYPE_FIELD: Readonly<Record<string, string>> = {
  visit: 'type',
  complaint: 'severity',
  'service-request': 'notice_type',
};

/** Every visible customer, with its documents gathered in one pass over the visible documents. */
export function assembleCustomers(
  documents: readonly SiteDocument[],
  context: SiteContext,
  records?: ReadonlyMap<string, DocumentHistoryInput>,
): SiteCustomer[] {
  const related = new Map<string, SiteDocument[]>();
  for (const document of documents) {
    const ids =
      document.kind === 'customer' ? [] : document.customers.map((customer) => customer.id);
    for (const id of ids) related.set(id, [...(related.get(id) ?? []), document]);
  }
  return documents
    .filter((document) => document.kind === 'customer')
    .map((customer) =>
      assembleCustomer(
        customer,
        related.get(customer.id) ?? [],
        context,
        records?.get(customer.id),
      ),
    );
}

function assembleCustomer(
  customer: SiteDocument,
  related: readonly SiteDocument[],
  context: SiteContext,
  record: DocumentHistoryInput | undefined,
): SiteCustomer {
  const { repository } = context.source.model;
  const loaded = repository.byId.get(customer.id) as LoadedDocument;
  const timeline = related
    .filter((document) => TYPE_FIELD[document.kind] !== undefined || document.kind === 'survey')
    .map((record) => timelineEntry(record, context))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  const requirements = related.filter((document) => document.kind === 'requirement');
  const tier = stringAt(loaded.data, 'tier');
  const shortName = stringAt(loaded.data, 'short_name');
  const review = evaluateTierReview(loaded, repository.config, context.today);
  return {
    id: customer.id,
    name: customer.title,
    ...(shortName ? { shortName } : {}),
    ...(customer.state ? { state: customer.state } : {}),
    ...(tier ? { tier } : {}),
    tierTemporary: loaded.data['tier_temporary'] === true,
    tierHistory: assembleTierHistory(
      readTierValue(loaded.data),
      stringAt(loaded.data, 'tier_reviewed_on'),
      record,
    ),
    tierReview: assembleTierReview(review, context),
    contacts: customer.fields.find((field) => field.key === 'contacts')?.items ?? [],
    timeline,
    satisfaction: timeline
      .flatMap(({ date, score, id }) => (score === undefined ? [] : [{ date, score, id }]))
      .reverse(),
    requirements: requirements.map(toRef),
    changes: related.filter((document) => document.kind === 'change').map(toRef),
    openRequirements: requirements.filter((document) => !document.stage.closed).length,
  };
}

function timelineEntry(record: SiteDocument, context: SiteContext): TimelineEntry {
  const data = context.source.model.repository.byId.get(record.id)?.data ?? {};
  const typeField = TYPE_FIELD[record.kind];
  const type = typeField
    ? choiceAt(context.source, record.kind, [typeField], data[typeField])
    : undefined;
  const handling =
    stringAt(data, 'resolution') ?? stringAt(data, 'reply') ?? stringAt(data, 'follow_up');
  const resolvedOn = stringAt(data, 'resolved_on');
  const score = data['score'];
  const summary = stringAt(data, 'summary') ?? stringAt(data, 'comments') ?? record.title;
  return {
    ...toRef(record),
    date: stringAt(data, 'date') ?? record.updated ?? '',
    ...(type ? { type } : {}),
    summary: joinCjkText(summary),
    ...(handling ? { handling: joinCjkText(handling) } : {}),
    ...(resolvedOn ? { resolvedOn } : {}),
    ...(typeof score === 'number' ? { score } : {}),
  };
}

/** The tier review as a page shows it; money figures only for an audience that may see them. */
export function assembleTierReview(review: TierReview, context: SiteContext): TierReviewView {
  const figures = context.audience.policy.confidential_values ? review.figures : undefined;
  return {
    customer: review.customer,
    name: review.name,
    year: review.year,
    ...(figures ? { sales: figures.sales, collectionRate: figures.collection_rate } : {}),
    ...(review.suggested ? { suggested: review.suggested } : {}),
    ...(review.current ? { current: review.current } : {}),
    differs: review.differs,
    temporary: review.temporary,
    ...(review.temporaryDueOn ? { temporaryDueOn: review.temporaryDueOn } : {}),
    temporaryDue: review.temporaryDue,
    signers: bothLanguages((lang) => signersText(review.signers, context.viewIn(lang))),
    ...(needsAction(review)
      ? { action: bothLanguages((lang) => actionText(review, context.viewIn(lang))) }
      : {}),
  };
}
