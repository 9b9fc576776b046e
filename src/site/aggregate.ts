/** Counts the dashboard shows, computed once from the model's documents. */
import type { Lang } from '../core/messages.ts';
import { labelIn } from './i18n.ts';
import type { Choice, SiteDocument } from '../core/site/types.ts';

export interface CountRow {
  key: string;
  label: string;
  count: number;
}

/** Documents grouped by a choice (state, priority), in the order the choices first appear. */
export function countByChoice(
  documents: readonly SiteDocument[],
  pick: (document: SiteDocument) => Choice | undefined,
  lang: Lang,
): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const document of documents) {
    const choice = pick(document);
    if (!choice) continue;
    const row = rows.get(choice.code) ?? {
      key: choice.code,
      label: labelIn(choice.labels, lang, choice.code),
      count: 0,
    };
    row.count += 1;
    rows.set(choice.code, row);
  }
  return [...rows.values()];
}

/** Documents per customer, most first. */
export function countByCustomer(
  documents: readonly SiteDocument[],
  nameOf: (id: string) => string,
): CountRow[] {
  const counts = new Map<string, number>();
  for (const document of documents)
    if (document.customer) counts.set(document.customer, (counts.get(document.customer) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, label: nameOf(key), count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The `limit` most recently updated documents. */
export function recentlyChanged(documents: readonly SiteDocument[], limit: number): SiteDocument[] {
  return documents
    .filter((document) => document.updated)
    .sort((a, b) => (b.updated ?? '').localeCompare(a.updated ?? '') || a.id.localeCompare(b.id))
    .slice(0, limit);
}
