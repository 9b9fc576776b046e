/**
 * What Pagefind can filter documents by: kind, state, priority, customer and customer tier.
 * Values are codes (the same on zh-CN and en pages); the search page shows their labels.
 * Only what the audience's model holds becomes a filter: a public build has no customers, so
 * no customer or tier filter ever names one.
 */
import type { Labels } from '../schema-fields.ts';

export const FILTER_NAMES = ['kind', 'state', 'priority', 'customer', 'tier'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

export interface SearchableDocument {
  id: string;
  kind: string;
  state?: { code: string; labels: Labels };
  priority?: { code: string; labels: Labels };
  /** The customer this document belongs to (a customer file: itself). */
  customer?: string;
}

/** A customer as the filters need it: its name when the audience may see it, its tier. */
export interface FilterCustomer {
  id: string;
  name?: string;
  tier?: { code: string; labels: Labels };
}

export type SearchFilters = Partial<Record<FilterName, string>>;

export function assembleSearchFilters(
  document: SearchableDocument,
  customers: ReadonlyMap<string, FilterCustomer>,
): SearchFilters {
  const customerId = document.kind === 'customer' ? document.id : document.customer;
  const customer = customerId === undefined ? undefined : customers.get(customerId);
  const filters: SearchFilters = { kind: document.kind };
  if (document.state) filters.state = document.state.code;
  if (document.priority) filters.priority = document.priority.code;
  // A customer the model does not hold is not named (it was redacted for this audience).
  if (customer) filters.customer = customer.id;
  if (customer?.tier) filters.tier = customer.tier.code;
  return filters;
}

export interface FilterOption {
  value: string;
  labels: Labels;
}

/** The options of each filter, from the documents themselves, in first-seen order. */
export function assembleFilterOptions(
  documents: readonly SearchableDocument[],
  kindLabels: Readonly<Record<string, Labels>>,
  customers: ReadonlyMap<string, FilterCustomer>,
): Record<FilterName, FilterOption[]> {
  const options: Record<FilterName, Map<string, Labels>> = {
    kind: new Map(),
    state: new Map(),
    priority: new Map(),
    customer: new Map(),
    tier: new Map(),
  };
  const same = (text: string): Labels => ({ 'zh-CN': text, en: text });
  for (const document of documents) {
    options.kind.set(document.kind, kindLabels[document.kind] ?? same(document.kind));
    if (document.state) options.state.set(document.state.code, document.state.labels);
    if (document.priority) options.priority.set(document.priority.code, document.priority.labels);
  }
  for (const customer of customers.values()) {
    options.customer.set(
      customer.id,
      same(customer.name ? `${customer.id} ${customer.name}` : customer.id),
    );
    if (customer.tier) options.tier.set(customer.tier.code, customer.tier.labels);
  }
  const sorted = (name: FilterName): FilterOption[] =>
    [...options[name]].map(([value, labels]) => ({ value, labels }));
  return {
    kind: sorted('kind'),
    state: sorted('state'),
    priority: sorted('priority').sort((a, b) => a.value.localeCompare(b.value)),
    customer: sorted('customer').sort((a, b) => a.value.localeCompare(b.value)),
    tier: sorted('tier').sort((a, b) => a.value.localeCompare(b.value)),
  };
}
