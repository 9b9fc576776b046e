/**
 * The traceability matrix, row by row: each requirement with its customer, the releases that
 * include it, its parent, children and change requests. Gaps (no customer, in no release) are
 * marked so the page can highlight them. One pass over the links; no per-row search.
 */
import type { SiteDocument } from '../core/site/types.ts';

export interface TraceRow {
  requirement: SiteDocument;
  customer?: string;
  releases: ReadonlySet<string>;
  parent?: string;
  children: readonly string[];
  changes: readonly string[];
  gaps: readonly ('customer' | 'release')[];
}

export function assembleTraceRows(
  requirements: readonly SiteDocument[],
  byId: ReadonlyMap<string, SiteDocument>,
  checkCustomer: boolean,
): TraceRow[] {
  return requirements.map((requirement) => {
    const from = (kind: string, code?: string) =>
      requirement.backlinks
        .filter((link) => byId.get(link.id)?.kind === kind && (!code || link.code === code))
        .map((link) => link.id);
    const releases = new Set(from('release'));
    const gaps: TraceRow['gaps'][number][] = [];
    if (checkCustomer && !requirement.customer) gaps.push('customer');
    if (releases.size === 0) gaps.push('release');
    return {
      requirement,
      customer: requirement.customer,
      releases,
      parent: requirement.links.find((link) => link.code === 'parent')?.id,
      children: from('requirement', 'children'),
      changes: from('change'),
      gaps,
    };
  });
}
