/**
 * The yearly customer tier review (客户分级管理制度): last full year's figures, the tier the
 * ordered rules suggest, the current tier, whether a new customer's temporary tier is due for
 * review, and who must sign a change to the suggested tier. Pure: `today` is a parameter.
 */
import { addMonths, yearOf } from './calendar.ts';
import { evaluateTier, type Config, type Role, type Tier, type YearFigures } from './config.ts';
import { stringAt, type LoadedDocument } from './repository.ts';

export interface Signer {
  role: Role;
  /** Reviewers look first; approvers decide. */
  duty: 'reviewer' | 'approver';
  /** Names from people.yaml holding the role; empty when nobody does (worth fixing). */
  people: readonly string[];
}

export interface TierReview {
  customer: string;
  name: string;
  /** The last full calendar year: the one the review looks at. */
  year: number;
  figures?: YearFigures;
  suggested?: Tier;
  current?: Tier;
  /** True only when both are known and differ. */
  differs: boolean;
  temporary: boolean;
  /** For a temporary tier: the customer's `since` plus `temporary_months`. */
  temporaryDueOn?: string;
  temporaryDue: boolean;
  /** Who signs moving this customer to the suggested tier. */
  signers: readonly Signer[];
}

export function evaluateTierReview(
  customer: LoadedDocument,
  config: Config,
  today: string,
): TierReview {
  const year = yearOf(today) - 1;
  const figures = figuresOf(customer.data['transactions'], year);
  const suggested = evaluateTier(config.tiers, figures);
  const current = tierOf(customer.data['tier']);
  const temporary = customer.data['tier_temporary'] === true;
  const since = stringAt(customer.data, 'since');
  const temporaryDueOn =
    temporary && since !== undefined ? addMonths(since, config.tiers.temporary_months) : undefined;
  return {
    customer: customer.id,
    name: stringAt(customer.data, 'short_name') ?? stringAt(customer.data, 'name') ?? customer.id,
    year,
    ...(figures === undefined ? {} : { figures }),
    ...(suggested === undefined ? {} : { suggested }),
    ...(current === undefined ? {} : { current }),
    differs: suggested !== undefined && current !== undefined && suggested !== current,
    temporary,
    ...(temporaryDueOn === undefined ? {} : { temporaryDueOn }),
    temporaryDue: temporaryDueOn !== undefined && temporaryDueOn <= today,
    signers: suggested === undefined ? [] : evaluateSigners(config, suggested),
  };
}

/** Whether the review has anything for a person to act on. */
export function needsAction(review: TierReview): boolean {
  return review.differs || review.temporaryDue;
}

export function evaluateSigners(config: Config, tier: Tier): Signer[] {
  const approvals = config.tiers.approvals[tier];
  const namesOf = (role: Role) =>
    config.people.filter((person) => person.roles.includes(role)).map((person) => person.name);
  return [
    ...(approvals.reviewers ?? []).map((role) => ({
      role,
      duty: 'reviewer' as const,
      people: namesOf(role),
    })),
    ...approvals.approvers.map((role) => ({
      role,
      duty: 'approver' as const,
      people: namesOf(role),
    })),
  ];
}

function figuresOf(transactions: unknown, year: number): YearFigures | undefined {
  if (!Array.isArray(transactions)) return undefined;
  const row = transactions.find(
    (item): item is YearFigures => isFigures(item) && item.year === year,
  );
  return row
    ? { year: row.year, sales: row.sales, collection_rate: row.collection_rate }
    : undefined;
}

function isFigures(value: unknown): value is YearFigures {
  if (value === null || typeof value !== 'object') return false;
  const row = value as Record<string, unknown>;
  return (
    typeof row['year'] === 'number' &&
    typeof row['sales'] === 'number' &&
    typeof row['collection_rate'] === 'number'
  );
}

function tierOf(value: unknown): Tier | undefined {
  return value === 'A' || value === 'B' || value === 'C' ? value : undefined;
}
