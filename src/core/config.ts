/**
 * The repository's configuration as typed data (content/config/*.yaml, checked by
 * schemas/config/*.schema.json before these types are trusted), and the pure decisions that
 * read it: priority from importance × urgency, stage time limits, suggested tiers.
 */
import type { Lang } from './messages.ts';
import type { WorkflowKind } from './layout.ts';

export type Role =
  | 'requester' | 'customer-representative' | 'account-manager' | 'project-manager' | 'development-lead' | 'evaluator'
  | 'developer' | 'tester' | 'operations' | 'qa' | 'sales-head' | 'general-manager';

export interface Settings {
  organisation: string;
  default_language: Lang;
  time_zone: string;
}

export interface Person {
  id: string;
  name: string;
  github?: string;
  roles: Role[];
  department?: string;
  customer?: string;
}

export interface StateConfig {
  time_limit_days?: number;
  required?: string[];
  terminal?: boolean;
}

export interface Workflow {
  initial: string;
  states: Record<string, StateConfig>;
  transitions: Record<string, string[]>;
}

export interface PriorityConfig {
  levels: { code: string; 'zh-CN': string; en: string }[];
  matrix: Record<string, Record<string, string>>;
}

export type Tier = 'A' | 'B' | 'C';
export interface TierRule {
  tier: Tier;
  min_sales?: number;
  min_collection_rate?: number;
}
export interface TierConfig {
  unit: string;
  note?: string;
  review_month?: number;
  temporary_months: number;
  rules: TierRule[];
  approvals: Record<Tier, { reviewers?: Role[]; approvers: Role[] }>;
}

export interface Config {
  settings: Settings;
  people: Person[];
  workflows: Record<WorkflowKind, Workflow>;
  priority: PriorityConfig;
  tiers: TierConfig;
}

/** The priority code for a pair, e.g. `P2`; undefined when either value is unknown. */
export function evaluatePriority(priority: PriorityConfig, importance: unknown, urgency: unknown): string | undefined {
  if (typeof importance !== 'string' || typeof urgency !== 'string') return undefined;
  return priority.matrix[importance]?.[urgency];
}

/** Sort key for a priority code: its position in `levels` (highest first); unknown sorts last. */
export function priorityRank(priority: PriorityConfig, code: string | undefined): number {
  const index = priority.levels.findIndex((level) => level.code === code);
  return index === -1 ? priority.levels.length : index;
}

/** States from which nothing moves on: terminal ones, or those with no outgoing transitions. */
export function isClosedState(workflow: Workflow, state: unknown): boolean {
  if (typeof state !== 'string') return false;
  return workflow.states[state]?.terminal === true || (workflow.transitions[state] ?? []).length === 0;
}

export interface YearFigures {
  year: number;
  sales: number;
  collection_rate: number;
}

/** The tier the ordered threshold table gives for one year's figures (first rule met wins). */
export function evaluateTier(tiers: TierConfig, figures: YearFigures | undefined): Tier | undefined {
  if (!figures) return undefined;
  const rule = tiers.rules.find((candidate) =>
    (candidate.min_sales === undefined || figures.sales >= candidate.min_sales)
    && (candidate.min_collection_rate === undefined || figures.collection_rate >= candidate.min_collection_rate));
  return rule?.tier;
}

export function findPerson(config: Config, id: unknown): Person | undefined {
  return typeof id === 'string' ? config.people.find((person) => person.id === id) : undefined;
}
