/**
 * `docket show CUS-…` as text: the profile, yearly figures, what the tier rules suggest
 * (WALKTHROUGH flow 8), open requirements and recent relationship records. The terminal is for
 * insiders, so confidential fields are shown here; json output leaves them out.
 */
import { KIND_LABELS } from '../core/layout.ts';
import type { Progress } from '../core/progress.ts';
import { evaluateCustomerOverview } from '../core/progress-query.ts';
import { stringAt, type LoadedDocument } from '../core/repository.ts';
import { renderTable } from '../core/table.ts';
import { joinCjkText } from '../core/text/cjk.ts';
import { evaluateTierReview, type TierReview } from '../core/tier-review.ts';
import { formatRate, signersText } from '../core/progress-view/tier-review-rows.ts';
import {
  headingLines,
  renderFields,
  requirementTable,
  stageText,
  type Field,
} from './show-render.ts';
import { NONE, textOf, truncateText, type View } from '../core/progress-view/view.ts';

const RECENT_RECORDS = 5;

export function renderCustomer(document: LoadedDocument, progress: Progress, view: View): string[] {
  const overview = evaluateCustomerOverview(document.id, view.source.model, view.today);
  const review = evaluateTierReview(document, view.source.model.repository.config, view.today);
  const open = overview.requirements.filter((item) => !item.closed);
  return [
    ...headingLines({ ...progress, title: stringAt(document.data, 'name') ?? progress.title }),
    ...renderFields(profileFields(document, progress, view)),
    '',
    view.fieldLabel('customer', ['transactions']),
    ...transactionLines(document.data['transactions'], view),
    '',
    view.t('progress/tier/section'),
    ...tierLines(review, view).map((line) => `  ${line}`),
    '',
    view.t('progress/open-requirements', {
      count: open.length,
      total: overview.requirements.length,
    }),
    ...requirementTable(open, view),
    '',
    view.t('progress/recent-records', {
      count: Math.min(RECENT_RECORDS, overview.records.length),
      total: overview.records.length,
    }),
    ...recordLines(overview.records.slice(0, RECENT_RECORDS), view),
  ];
}

function profileFields(document: LoadedDocument, progress: Progress, view: View): Field[] {
  const { data } = document;
  const label = (...path: string[]) => view.fieldLabel('customer', path);
  const text = (field: string) => stringAt(data, field) ?? NONE;
  const tier = stringAt(data, 'tier');
  const credit = data['credit'] as Record<string, unknown> | undefined;
  const contacts = Array.isArray(data['contacts'])
    ? (data['contacts'] as Record<string, unknown>[])
    : [];
  return [
    [label('short_name'), text('short_name')],
    [label('status'), stageText(progress, view)],
    [
      label('industry'),
      `${text('industry')} · ${text('region')} · ${view.enumLabel('customer', ['scale'], data['scale'] ?? NONE)}`,
    ],
    [
      label('account_manager'),
      `${view.personName(stringAt(data, 'account_manager'))} (${text('department')})`,
    ],
    [label('since'), text('since')],
    [
      label('tier'),
      tier === undefined
        ? NONE
        : `${data['tier_temporary'] === true ? view.t('progress/tier-temporary', { tier }) : tier} · ${label('tier_reviewed_on')} ${text('tier_reviewed_on')}`,
    ],
    [
      label('credit'),
      credit
        ? `${view.enumLabel('customer', ['credit', 'rating'], credit['rating'])} · ${textOf(credit['payment_terms'])}`
        : NONE,
    ],
    ...contacts.map((contact, index): Field => [
      index === 0 ? label('contacts') : '',
      [contact['name'], contact['role'], contact['phone']]
        .filter((part) => typeof part === 'string')
        .join(' · '),
    ]),
  ];
}

function transactionLines(transactions: unknown, view: View): string[] {
  if (!Array.isArray(transactions) || transactions.length === 0) return [`  ${NONE}`];
  const label = (key: string) => view.fieldLabel('customer', ['transactions', 0, key]);
  const header = ['year', 'sales', 'collection_rate', 'price_level'].map(label);
  const rows = (transactions as Record<string, unknown>[]).map((row) => [
    String(row['year']),
    String(row['sales']),
    typeof row['collection_rate'] === 'number' ? formatRate(row['collection_rate']) : NONE,
    row['price_level'] === undefined
      ? NONE
      : view.enumLabel('customer', ['transactions', 0, 'price_level'], row['price_level']),
  ]);
  return renderTable(header, rows, new Set([1, 2])).map((line) => `  ${line}`);
}

/** What the ordered tier rules make of last year's figures, and what to do about it. */
export function tierLines(review: TierReview, view: View): string[] {
  const { tiers } = view.source.model.repository.config;
  const lines: string[] = [];
  if (!review.figures || review.suggested === undefined)
    lines.push(view.t('progress/tier/no-figures', { year: review.year }));
  else {
    lines.push(
      view.t('progress/tier/suggestion', {
        year: review.year,
        sales: review.figures.sales,
        unit: tiers.unit,
        rate: formatRate(review.figures.collection_rate),
        suggested: review.suggested,
        current: review.current ?? NONE,
      }),
    );
    lines.push(
      review.differs && review.current !== undefined
        ? view.t('progress/tier/change', {
            from: review.current,
            to: review.suggested,
            signers: signersText(review.signers, view),
          })
        : view.t('progress/tier/same'),
    );
  }
  if (review.temporaryDueOn !== undefined) {
    lines.push(
      view.t(
        review.temporaryDue ? 'progress/tier/temporary-due' : 'progress/tier/temporary-until',
        { date: review.temporaryDueOn },
      ),
    );
  }
  if (tiers.note)
    lines.push(
      view.t('progress/tier/note', { note: joinCjkText(tiers.note).replace(/\s+/g, ' ').trim() }),
    );
  return lines;
}

function recordLines(records: readonly LoadedDocument[], view: View): string[] {
  if (records.length === 0) return [`  ${NONE}`];
  const rows = records.map((record) => {
    const { data } = record;
    const state =
      typeof data['status'] === 'string'
        ? view.enumLabel(record.kind, ['status'], data['status'])
        : typeof data['score'] === 'number'
          ? view.t('progress/score', { score: data['score'] })
          : view.enumLabel(record.kind, ['type'], data['type'] ?? '');
    const summary = stringAt(data, 'summary') ?? stringAt(data, 'comments') ?? NONE;
    return [
      stringAt(data, 'date') ?? NONE,
      KIND_LABELS[record.kind][view.lang],
      state,
      truncateText(joinCjkText(summary).replace(/\s+/g, ' ').trim(), 40),
    ];
  });
  const header = ['date', 'record_kind', 'status_label', 'title'].map((key) =>
    view.t(`progress/column/${key}`),
  );
  return renderTable(header, rows).map((line) => `  ${line}`);
}
