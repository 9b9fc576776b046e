/**
 * Dates that must come in order. No clock is read here: "overdue" and ages belong to list/show,
 * which take today's date as a parameter.
 */
import type { DocumentKind } from '../layout.ts';
import { createDataIssue } from '../problem.ts';
import { firstValueAt, type DocumentIssue, type RepositoryIndex } from '../repository.ts';

/** `earlier` must be on or before `later` when both are present. */
interface DateOrder {
  kind: DocumentKind;
  earlier: readonly string[];
  later: readonly string[];
}

export const DATE_ORDERS: readonly DateOrder[] = [
  { kind: 'requirement', earlier: ['submitted_on'], later: ['stage_since'] },
  { kind: 'requirement', earlier: ['submitted_on'], later: ['wanted_by'] },
  { kind: 'requirement', earlier: ['submitted_on'], later: ['evaluation', 'meeting_on'] },
  {
    kind: 'requirement',
    earlier: ['evaluation', 'schedule', 'start'],
    later: ['evaluation', 'schedule', 'release'],
  },
  { kind: 'requirement', earlier: ['submitted_on'], later: ['verification', 'verified_on'] },
  { kind: 'requirement', earlier: ['submitted_on'], later: ['offline_signature', 'signed_on'] },
  { kind: 'change', earlier: ['requested_on'], later: ['stage_since'] },
  { kind: 'change', earlier: ['requested_on'], later: ['offline_signature', 'signed_on'] },
  { kind: 'release', earlier: ['released_on'], later: ['stage_since'] },
  { kind: 'customer', earlier: ['since'], later: ['tier_reviewed_on'] },
  {
    kind: 'customer',
    earlier: ['onboarding', 'first_contract_start'],
    later: ['onboarding', 'first_contract_end'],
  },
  { kind: 'complaint', earlier: ['date'], later: ['resolved_on'] },
  { kind: 'complaint', earlier: ['date'], later: ['stage_since'] },
  { kind: 'service-request', earlier: ['date'], later: ['stage_since'] },
];

const ORDERS_BY_KIND: ReadonlyMap<DocumentKind, readonly DateOrder[]> = groupByKind(DATE_ORDERS);

function groupByKind(orders: readonly DateOrder[]): Map<DocumentKind, DateOrder[]> {
  const byKind = new Map<DocumentKind, DateOrder[]>();
  for (const order of orders) byKind.set(order.kind, [...(byKind.get(order.kind) ?? []), order]);
  return byKind;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDates(repo: RepositoryIndex): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  // One pass per kind with all its orders: each document's data is visited once (cache-friendly at 50,000 documents).
  for (const [kind, orders] of ORDERS_BY_KIND) {
    for (const document of repo.ofKind(kind)) {
      for (const order of orders) {
        const earlier = firstValueAt(document.data, order.earlier)?.[1];
        const later = firstValueAt(document.data, order.later);
        if (!later || !isDate(earlier) || !isDate(later[1]) || earlier <= later[1]) continue;
        issues.push({
          ...createDataIssue('dates/order', later[0], {
            field: order.later.join('.'),
            value: later[1],
            other: order.earlier.join('.'),
            otherValue: earlier,
          }),
          path: document.path,
        });
      }
    }
  }
  return issues;
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value);
}
