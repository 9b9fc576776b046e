/**
 * The repository's configuration as typed data (content/config/*.yaml, checked by
 * schemas/config/*.schema.json before these types are trusted), and the pure decisions that
 * read it: priority from importance × urgency, stage time limits, suggested tiers.
 */
import type {
  ApprovalPolicy,
  Audiences,
  CustomerTierRules,
  PeopleAndRoles,
  PriorityMatrix,
  RepositorySettings,
  Workflow,
  WorkflowState,
} from './generated/config-types.ts';
import type { WorkflowKind } from './layout.ts';

/*
 * The configuration types are generated from schemas/config/*.schema.json (npm run schemas:types);
 * these aliases name the parts the code uses.
 */
export type Settings = RepositorySettings;
export type Person = PeopleAndRoles['people'][number];
export type Role = Person['roles'][number];
export type { Workflow };
export type StateConfig = WorkflowState;
export type PriorityConfig = PriorityMatrix;
export type TierConfig = CustomerTierRules;
export type TierRule = TierConfig['rules'][number];
export type Tier = TierRule['tier'];
export type { ApprovalPolicy };
export type AudiencesConfig = Audiences;

export interface Config {
  settings: Settings;
  people: Person[];
  workflows: Record<WorkflowKind, Workflow>;
  priority: PriorityConfig;
  tiers: TierConfig;
  approvals: ApprovalPolicy;
  audiences: AudiencesConfig;
}

/** The priority code for a pair, e.g. `P2`; undefined when either value is unknown. */
export function evaluatePriority(
  priority: PriorityConfig,
  importance: unknown,
  urgency: unknown,
): string | undefined {
  if (typeof importance !== 'string' || typeof urgency !== 'string') return undefined;
  // Looked up by any string: a document may carry a code the schema rejects.
  const matrix: Readonly<Record<string, Readonly<Record<string, string>> | undefined>> =
    priority.matrix;
  return matrix[importance]?.[urgency];
}

/** Sort key for a priority code: its position in `levels` (highest first); unknown sorts last. */
export function priorityRank(priority: PriorityConfig, code: string | undefined): number {
  const index = priority.levels.findIndex((level) => level.code === code);
  return index === -1 ? priority.levels.length : index;
}

/** States from which nothing moves on: terminal ones, or those with no outgoing transitions. */
export function isClosedState(workflow: Workflow, state: unknown): boolean {
  if (typeof state !== 'string') return false;
  return (
    workflow.states[state]?.terminal === true || (workflow.transitions[state] ?? []).length === 0
  );
}

export interface YearFigures {
  year: number;
  sales: number;
  collection_rate: number;
}

/** The tier the ordered threshold table gives for one year's figures (first rule met wins). */
export function evaluateTier(
  tiers: TierConfig,
  figures: YearFigures | undefined,
): Tier | undefined {
  if (!figures) return undefined;
  const rule = tiers.rules.find(
    (candidate) =>
      (candidate.min_sales === undefined || figures.sales >= candidate.min_sales) &&
      (candidate.min_collection_rate === undefined ||
        figures.collection_rate >= candidate.min_collection_rate),
  );
  return rule?.tier;
}

export function findPerson(config: Config, id: unknown): Person | undefined {
  return typeof id === 'string' ? config.people.find((person) => person.id === id) : undefined;
}
