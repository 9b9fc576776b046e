/**
 * The list use case (需求进度监控及查询): the documents of one list kind as rows, highest priority
 * first, then overdue, then longest in stage; and the yearly tier review of the customers.
 * The CLI prints these rows; the site renders the same ones.
 */
import type { Audience } from '../core/audience.ts';
import { evaluateProgress } from '../core/progress.ts';
import { compareProgress, filterProgress, type ProgressFilter } from '../core/progress-query.ts';
import {
  assembleRow,
  LIST_KINDS,
  type ListKind,
  type Row,
} from '../core/progress-view/list-rows.ts';
import { assembleTierRow, hiddenTierFields } from '../core/progress-view/tier-review-rows.ts';
import type { View } from '../core/progress-view/view.ts';
import { evaluateTierReview, type TierReview } from '../core/tier-review.ts';

export interface DocumentList {
  kind: ListKind;
  rows: Row[];
  overdue: number;
}

export function listDocuments(view: View, kind: ListKind, filter: ProgressFilter): DocumentList {
  const { model } = view.source;
  const documents = LIST_KINDS[kind].flatMap((documentKind) =>
    model.repository.ofKind(documentKind),
  );
  const progress = filterProgress(
    documents.map((document) => evaluateProgress(document, model, view.today)),
    filter,
  ).sort(compareProgress(model.repository.config.priority));
  const rows = progress.flatMap((item) => {
    const document = model.repository.byId.get(item.id);
    return document ? [assembleRow(kind, item, document, view)] : [];
  });
  return { kind, rows, overdue: progress.filter((item) => item.overdue).length };
}

export interface TierReviewList {
  reviews: TierReview[];
  /** The rows as the audience may see them: confidential figures left out when it may not. */
  rows: Row[];
  hidden: ReadonlySet<string>;
}

/** Customers filtered by ID and state, each with the tier its last full year suggests. */
export function listTierReviews(
  view: View,
  filter: Pick<ProgressFilter, 'customer' | 'state'>,
  audience: Audience,
): TierReviewList {
  const { repository } = view.source.model;
  const reviews = repository
    .ofKind('customer')
    .filter((customer) => filter.customer === undefined || customer.id === filter.customer)
    .filter((customer) => filter.state === undefined || customer.data['status'] === filter.state)
    .map((customer) => evaluateTierReview(customer, repository.config, view.today))
    .sort((a, b) => a.customer.localeCompare(b.customer));
  const hidden = hiddenTierFields(audience, view);
  return { reviews, rows: reviews.map((review) => assembleTierRow(review, hidden)), hidden };
}
