/**
 * Reports (需求进度): how many requirements entered each state per ISO week and per month —
 * from the state moves in git when the history is known, else from each requirement's current
 * `stage_since` — overdue items per stage, and the yearly tier review.
 */
import { parseDayNumber } from '../calendar.ts';
import { evaluateTierReview } from '../tier-review.ts';
import type { SiteContext } from './context.ts';
import { assembleTierReview } from './customers.ts';
import { assembleOverdue } from './dashboard.ts';
import type { PeriodRow, Reports } from './page-types.ts';
import type { SiteDocument } from './types.ts';

interface StateEntry {
  date: string;
  state: string;
}

export function assembleReports(documents: readonly SiteDocument[], context: SiteContext): Reports {
  const requirements = documents.filter((document) => document.kind === 'requirement');
  const fromRevisions = requirements.some((document) => document.revisions.length > 0);
  const entries = fromRevisions ? revisionEntries(requirements) : stageEntries(requirements);
  const { repository } = context.source.model;
  const reviews = documents
    .filter((document) => document.kind === 'customer')
    .flatMap((customer) => {
      const loaded = repository.byId.get(customer.id);
      return loaded ? [evaluateTierReview(loaded, repository.config, context.today)] : [];
    })
    .sort((a, b) => a.customer.localeCompare(b.customer));
  const { tiers } = repository.config;
  return {
    progressByWeek: countPeriods(entries, isoWeekOf, context),
    progressByMonth: countPeriods(entries, (date) => date.slice(0, 7), context),
    progressSource: fromRevisions ? 'revisions' : 'stage',
    overdueByStage: assembleOverdue(documents),
    tierReview: {
      year: Number(context.today.slice(0, 4)) - 1,
      unit: tiers.unit,
      ...(tiers.note ? { note: tiers.note.trim() } : {}),
      rows: reviews.map((review) => assembleTierReview(review, context)),
    },
  };
}

function revisionEntries(requirements: readonly SiteDocument[]): StateEntry[] {
  return requirements.flatMap((document) =>
    document.revisions.flatMap((revision) =>
      revision.to ? [{ date: revision.date, state: revision.to.code }] : [],
    ),
  );
}

function stageEntries(requirements: readonly SiteDocument[]): StateEntry[] {
  return requirements.flatMap((document) =>
    document.stage.since && document.state
      ? [{ date: document.stage.since, state: document.state.code }]
      : [],
  );
}

function countPeriods(
  entries: readonly StateEntry[],
  periodOf: (date: string) => string | undefined,
  context: SiteContext,
): PeriodRow[] {
  const rows = new Map<string, Record<string, number>>();
  for (const entry of entries) {
    const period = periodOf(entry.date);
    if (period === undefined) continue;
    const counts = rows.get(period) ?? {};
    counts[entry.state] = (counts[entry.state] ?? 0) + 1;
    rows.set(period, counts);
  }
  return [...rows]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, entered]) => ({
      period,
      label: periodLabel(period, context),
      entered,
      total: Object.values(entered).reduce((sum, count) => sum + count, 0),
    }));
}

function periodLabel(period: string, context: SiteContext): PeriodRow['label'] {
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week)
    return context.labels('site-model/period/week', { year: week[1] ?? '', week: Number(week[2]) });
  const [year = '', month = ''] = period.split('-');
  return context.labels('site-model/period/month', { year, month: Number(month) });
}

/** ISO 8601 week of a `YYYY-MM-DD` date, as `2026-W48`; undefined for anything else. */
export function isoWeekOf(date: string): string | undefined {
  const day = parseDayNumber(date);
  if (day === undefined) return undefined;
  // 1970-01-01 was a Thursday; ISO weeks belong to the year of their Thursday.
  const weekday = (((day + 3) % 7) + 7) % 7; // Monday 0 … Sunday 6
  const thursday = day - weekday + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const firstThursday = parseDayNumber(`${year}-01-04`) ?? 0;
  const firstWeekThursday = firstThursday - ((((firstThursday + 3) % 7) + 7) % 7) + 3;
  const week = Math.round((thursday - firstWeekThursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
