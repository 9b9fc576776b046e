/**
 * Stand-in for the model's reports until `loadSiteModel` lands: overdue items per stage (the
 * CLI's evaluateProgress against content/config time limits) and requirements per month of the
 * state they entered (stage_since). Shaped like the model's `Reports` so pages do not change.
 */
import { getProgressSource } from '../app/progress-source.ts';
import { evaluateProgress } from '../core/progress.ts';
import type { Choice, OverdueStage, PeriodRow, SiteReports } from './model-types.ts';

export function loadStandInReports(
  root: string,
  today: string,
  visible: ReadonlySet<string>,
): SiteReports {
  const source = getProgressSource(root);
  if (!source) return { progressByMonth: [], overdueByStage: [] };
  const stages = new Map<string, OverdueStage & { items: OverdueStage['items'][number][] }>();
  const months = new Map<string, Record<string, number>>();
  for (const document of source.model.repository.documents) {
    if (
      !visible.has(document.id) ||
      (document.kind !== 'requirement' && document.kind !== 'change')
    )
      continue;
    const progress = evaluateProgress(document, source.model, today);
    const state: Choice | undefined =
      progress.status && progress.statusLabel
        ? { code: progress.status, labels: progress.statusLabel }
        : undefined;
    if (
      progress.overdue &&
      state &&
      progress.limitDays !== undefined &&
      progress.ageDays !== undefined
    ) {
      const key = `${document.kind}/${state.code}`;
      const stage = stages.get(key) ?? {
        kind: document.kind,
        state,
        limitDays: progress.limitDays,
        items: [],
      };
      stage.items.push({
        id: document.id,
        title: progress.title,
        ageDays: progress.ageDays,
        overBy: progress.ageDays - progress.limitDays,
      });
      stages.set(key, stage);
    }
    if (document.kind === 'requirement' && progress.stageSince && progress.status) {
      const month = progress.stageSince.slice(0, 7);
      const row = months.get(month) ?? {};
      row[progress.status] = (row[progress.status] ?? 0) + 1;
      months.set(month, row);
    }
  }
  return { progressByMonth: assembleMonths(months), overdueByStage: [...stages.values()] };
}

function assembleMonths(months: ReadonlyMap<string, Record<string, number>>): PeriodRow[] {
  return [...months]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([period, entered]) => ({
      period,
      entered,
      total: Object.values(entered).reduce((a, b) => a + b, 0),
    }));
}
