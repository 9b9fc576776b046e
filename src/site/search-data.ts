/**
 * What the search index may filter by in this build: each document's filter values and the
 * options the search page offers, from the (already redacted) site model.
 */
import {
  assembleFilterOptions,
  assembleSearchFilters,
  type FilterCustomer,
  type FilterName,
  type FilterOption,
  type SearchFilters,
} from '../core/search/filters.ts';
import type { SiteDocument } from '../core/site/types.ts';
import { getLabeller } from './print-data.ts';
import { getSiteData } from './site-data.ts';

let customers: ReadonlyMap<string, FilterCustomer> | undefined;

function getCustomers(): ReadonlyMap<string, FilterCustomer> {
  if (customers) return customers;
  const labeller = getLabeller();
  const found = new Map<string, FilterCustomer>();
  for (const document of getSiteData().ofKind('customer')) {
    const value = document.fields.find((field) => field.key === 'tier')?.value;
    const code =
      typeof value === 'string'
        ? value
        : typeof value === 'object' && value !== null && 'code' in value
          ? String(value.code)
          : undefined;
    found.set(document.id, {
      id: document.id,
      name: document.title === document.id ? undefined : document.title,
      tier: code ? { code, labels: labeller.choice('customer', ['tier'], code) } : undefined,
    });
  }
  customers = found;
  return found;
}

export function searchFiltersOf(document: SiteDocument): SearchFilters {
  return assembleSearchFilters(document, getCustomers());
}

export function searchFilterOptions(): Record<FilterName, FilterOption[]> {
  const data = getSiteData();
  return assembleFilterOptions(data.model.documents, data.model.kindLabels, getCustomers());
}
