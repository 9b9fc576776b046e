/**
 * Querying progress: the list order, the list filters, and one customer's overview (its
 * requirements in list order and its relationship records, newest first).
 */
import { priorityRank, type PriorityConfig } from './config.ts';
import type { DocumentKind } from './layout.ts';
import { evaluateProgress, type Progress, type ProgressModel } from './progress.ts';
import type { LoadedDocument } from './repository.ts';

/**
 * List order: highest priority first, then overdue, then longest in stage, then ID. Within a
 * priority, finished items follow the open ones: their days in stage are not waiting time.
 */
export function compareProgress(priority: PriorityConfig): (a: Progress, b: Progress) => number {
  return (a, b) =>
    priorityRank(priority, a.priority) - priorityRank(priority, b.priority) ||
    Number(b.overdue) - Number(a.overdue) ||
    Number(a.closed) - Number(b.closed) ||
    (b.ageDays ?? -Infinity) - (a.ageDays ?? -Infinity) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface ProgressFilter {
  customer?: string;
  state?: string;
  priority?: string;
  owner?: string;
  overdue?: boolean;
  kinds?: ReadonlySet<DocumentKind>;
}

export function filterProgress(items: readonly Progress[], filter: ProgressFilter): Progress[] {
  return items.filter(
    (item) =>
      (filter.customer === undefined || item.customers.includes(filter.customer)) &&
      (filter.state === undefined || item.status === filter.state) &&
      (filter.priority === undefined || item.priority === filter.priority) &&
      (filter.owner === undefined || item.owner === filter.owner) &&
      (filter.overdue !== true || item.overdue) &&
      (filter.kinds === undefined || filter.kinds.has(item.kind)),
  );
}

export interface CustomerOverview {
  requirements: readonly Progress[];
  openRequirements: number;
  /** Relationship records, newest first. */
  records: readonly LoadedDocument[];
}

export function evaluateCustomerOverview(
  customerId: string,
  model: ProgressModel,
  today: string,
): CustomerOverview {
  const requirements = model.links
    .requirementsOfCustomer(customerId)
    .map((document) => evaluateProgress(document, model, today))
    .sort(compareProgress(model.repository.config.priority));
  const records = [...model.links.recordsOfCustomer(customerId)].sort(
    (a, b) =>
      String(b.data['date']).localeCompare(String(a.data['date'])) || a.id.localeCompare(b.id),
  );
  return {
    requirements,
    openRequirements: requirements.filter((item) => !item.closed).length,
    records,
  };
}
