/**
 * A rule's `requires`, turned into places to fill ("needs") and filled by the people who approved.
 * `all_of` / `any_of` are expanded into alternatives (each a list of needs); within a rule one
 * person fills at most one need, found by maximum bipartite matching, so "a project manager and
 * anyone else" takes two people.
 */
import type { Person, Role, TierConfig } from '../config.ts';
import type { Requirement } from '../generated/config-types.ts';
import { holdsRole } from './people.ts';
import type { Subject } from './subject.ts';

export type Need =
  | { type: 'role'; role: Role; orAbove: boolean }
  | { type: 'representative'; customer: string; customerName: string }
  /** `customers`: those the subject affects; another customer's representative does not count. */
  | { type: 'anyone'; customers: readonly string[] };

/** Someone whose approval can fill a need: a fresh review, or a paper form attested by a PM. */
export interface Candidate {
  person: Person;
  via: 'review' | 'paper';
}

/** More alternatives than this means a policy written as a puzzle; the first ones are kept. */
const MAX_ALTERNATIVES = 64;

export function expandRequirement(
  requirement: Requirement,
  subject: Subject,
  tiers: TierConfig,
): Need[][] {
  const parts: Need[][][] = [];
  if (requirement.role !== undefined) {
    const need: Need = {
      type: 'role',
      role: requirement.role,
      orAbove: requirement.or_above ?? false,
    };
    parts.push([Array.from({ length: requirement.count ?? 1 }, () => need)]);
  }
  if (requirement.customer_representative !== undefined)
    parts.push([
      subject.customers.map((c) => ({
        type: 'representative',
        customer: c.id,
        customerName: c.name,
      })),
    ]);
  if (requirement.tier_approvals !== undefined) parts.push([tierNeeds(subject, tiers)]);
  if (requirement.anyone !== undefined)
    parts.push([
      Array.from({ length: requirement.anyone }, (): Need => ({
        type: 'anyone',
        customers: subject.customers.map((c) => c.id),
      })),
    ]);
  if (requirement.all_of)
    parts.push(...requirement.all_of.map((r) => expandRequirement(r, subject, tiers)));
  if (requirement.any_of)
    parts.push(
      requirement.any_of
        .flatMap((r) => expandRequirement(r, subject, tiers))
        .slice(0, MAX_ALTERNATIVES),
    );
  return parts.reduce<Need[][]>(
    (product, alternatives) =>
      product
        .flatMap((left) => alternatives.map((right) => [...left, ...right]))
        .slice(0, MAX_ALTERNATIVES),
    [[]],
  );
}

/**
 * The reviewers and approvers tiers.yaml names for the tier a customer file moves to, and for the
 * tier it leaves (taking a customer out of A needs who confirms A: 总经理批准). A higher role may
 * stand in (销售部长及以上: the general manager may do the sales head's part).
 */
function tierNeeds(subject: Subject, tiers: TierConfig): Need[] {
  const moved = [subject.document?.before?.['tier'], subject.document?.after['tier']];
  const roles = new Set<Role>();
  for (const tier of moved) {
    if (tier !== 'A' && tier !== 'B' && tier !== 'C') continue;
    const entry = tiers.approvals[tier];
    for (const role of [...(entry.reviewers ?? []), ...entry.approvers]) roles.add(role);
  }
  return [...roles].map((role) => ({ type: 'role', role, orAbove: true }));
}

export function canFill(
  candidate: Candidate,
  need: Need,
  ranks: ReadonlyMap<Role, ReadonlySet<Role>>,
): boolean {
  if (need.type === 'representative')
    return (
      candidate.person.roles.includes('customer-representative') &&
      candidate.person.customer === need.customer
    );
  // A paper form is the customer's signature and nothing else.
  if (candidate.via === 'paper') return false;
  if (need.type === 'anyone') return isStaffOrOwnRepresentative(candidate.person, need.customers);
  return holdsRole(candidate.person, need.role, need.orAbove, ranks);
}

/** Anyone on staff; a customer's representative only for that customer's own documents. */
function isStaffOrOwnRepresentative(person: Person, customers: readonly string[]): boolean {
  const staff = person.roles.some((role) => role !== 'customer-representative');
  return staff || (person.customer !== undefined && customers.includes(person.customer));
}

/** For each need, the index of the candidate that fills it (maximum matching), or undefined. */
export function matchNeeds(
  needs: readonly Need[],
  candidates: readonly Candidate[],
  ranks: ReadonlyMap<Role, ReadonlySet<Role>>,
): (number | undefined)[] {
  // Kuhn's augmenting paths: a need may take a candidate from another need that can move on.
  const needOf: (number | undefined)[] = candidates.map(() => undefined);
  const tryNeed = (need: number, seen: Set<number>): boolean => {
    for (const [index, candidate] of candidates.entries()) {
      if (seen.has(index) || !canFill(candidate, needs[need] as Need, ranks)) continue;
      seen.add(index);
      const holder = needOf[index];
      if (holder === undefined || tryNeed(holder, seen)) {
        needOf[index] = need;
        return true;
      }
    }
    return false;
  };
  for (const need of needs.keys()) tryNeed(need, new Set());
  return needs.map((_need, need) => {
    const index = needOf.indexOf(need);
    return index === -1 ? undefined : index;
  });
}
