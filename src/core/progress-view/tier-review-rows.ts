/**
 * The tier review (`docket list customers --tier-review`, WALKTHROUGH flow 8) as a text table
 * with the actions it calls for, and as json/csv rows. Money and collection rates are
 * confidential in the customer schema, so an audience that may not see such values gets rows
 * without them.
 */
import { isConfidentialNode, type Audience } from '../audience.ts';
import { renderTable } from '../table.ts';
import { schemaAt } from '../schema-walk.ts';
import { needsAction, type Signer, type TierReview } from '../tier-review.ts';
import type { Cell, Row } from './list-rows.ts';
import { NONE, type View } from './view.ts';

/** Marks a suggested tier that differs from the current one; the same in every language. */
const DIFFERS_MARK = '✱';

export const TIER_REVIEW_FIELDS = [
  'customer',
  'name',
  'year',
  'sales',
  'collection_rate',
  'suggested',
  'current',
  'differs',
  'temporary',
  'temporary_due_on',
  'temporary_due',
  'signers',
] as const;

/** Keys the audience may not see: those whose customer-schema field is marked `x-confidential`. */
export function hiddenTierFields(audience: Audience, view: View): Set<string> {
  if (audience.policy.confidential_values) return new Set();
  const schema = view.source.schemaOf('customer');
  const keys = ['sales', 'collection_rate'].filter((key) =>
    isConfidentialNode(schemaAt(schema, ['transactions', 0, key]), view.source.resolveRef),
  );
  return new Set(keys);
}

export function assembleTierRow(review: TierReview, hidden: ReadonlySet<string>): Row {
  const all: Record<string, Cell> = {
    customer: review.customer,
    name: review.name,
    year: review.year,
    sales: review.figures?.sales ?? null,
    collection_rate: review.figures?.collection_rate ?? null,
    suggested: review.suggested ?? null,
    current: review.current ?? null,
    differs: review.differs,
    temporary: review.temporary,
    temporary_due_on: review.temporaryDueOn ?? null,
    temporary_due: review.temporaryDue,
    signers: review.differs ? review.signers.flatMap((signer) => signer.people) : [],
  };
  return Object.fromEntries(
    TIER_REVIEW_FIELDS.filter((key) => !hidden.has(key)).map((key) => [key, all[key] ?? null]),
  );
}

export function renderTierReviewText(reviews: readonly TierReview[], view: View): string[] {
  const { t } = view;
  const { tiers } = view.source.model.repository.config;
  const year = reviews[0]?.year ?? Number(view.today.slice(0, 4)) - 1;
  const header = [
    'customer',
    'name',
    'sales',
    'collection_rate',
    'suggested',
    'current',
    'differs',
    'temporary_due_on',
  ].map((key) => t(`progress/tier/${key}`, { unit: tiers.unit }));
  const rows = reviews.map((review) => [
    review.customer,
    review.name,
    review.figures ? String(review.figures.sales) : NONE,
    review.figures ? formatRate(review.figures.collection_rate) : NONE,
    review.suggested ?? NONE,
    review.current === undefined
      ? NONE
      : review.temporary
        ? t('progress/tier-temporary', { tier: review.current })
        : review.current,
    review.differs ? DIFFERS_MARK : '',
    dueText(review, view),
  ]);
  const actions = reviews.filter(needsAction).map((review) => `  ${actionText(review, view)}`);
  return [
    t('progress/tier/title', { year, unit: tiers.unit }),
    '',
    ...renderTable(header, rows, new Set([2, 3])),
    ...(actions.length
      ? ['', t('progress/tier/actions'), ...actions]
      : ['', t('progress/tier/no-actions')]),
    ...(tiers.note ? ['', t('progress/tier/note', { note: tiers.note.trim() })] : []),
  ];
}

/** One sentence for a customer whose review needs someone: what to change and who signs. */
export function actionText(review: TierReview, view: View): string {
  const parts: string[] = [];
  if (review.differs && review.current !== undefined && review.suggested !== undefined) {
    parts.push(
      view.t('progress/tier/change', {
        from: review.current,
        to: review.suggested,
        signers: signersText(review.signers, view),
      }),
    );
  }
  if (review.temporaryDue && review.temporaryDueOn !== undefined)
    parts.push(view.t('progress/tier/temporary-due', { date: review.temporaryDueOn }));
  return `${review.customer} ${review.name}: ${parts.join(view.lang === 'zh-CN' ? ';' : '; ')}`;
}

export function signersText(signers: readonly Signer[], view: View): string {
  const text = signers.map((signer) =>
    view.t(`progress/tier/${signer.duty}${signer.people.length ? '' : '-nobody'}`, {
      people: signer.people.join(view.lang === 'zh-CN' ? '、' : ', '),
      role: view.roleLabel(signer.role),
    }),
  );
  // "reviewed by A and approved by B" / "A审核,再由B审批"; three or more: "x, y and z".
  const last = text.pop();
  if (last === undefined) return '';
  return text.length === 0
    ? last
    : `${text.join(view.lang === 'zh-CN' ? ',' : ', ')}${view.t('progress/tier/and')}${last}`;
}

function dueText(review: TierReview, view: View): string {
  if (review.temporaryDueOn === undefined) return '';
  return review.temporaryDue
    ? view.t('progress/tier/due-mark', { date: review.temporaryDueOn })
    : review.temporaryDueOn;
}

export function formatRate(rate: number): string {
  return `${String(Math.round(rate * 1000) / 10)}%`;
}
