/**
 * The workflow configuration (content/config/workflows.yaml) evaluated as data: which moves are
 * allowed, what a state requires, where a new document may start, which states are closed, and
 * the shortest way between two states. Every other module asks here instead of reading the
 * tables itself (validate, show, the demo history, pr-check).
 */
import type { Workflow } from './config.ts';
import { firstValueAt } from './repository.ts';

export type TransitionResult =
  | { ok: true }
  /** `state` is not one of the workflow's states. */
  | { ok: false; error: 'unknown-state'; state: string }
  /** No transition leads from `from` to `to`; `allowed` lists where `from` may go. */
  | { ok: false; error: 'not-allowed'; from: string; to: string; allowed: readonly string[] }
  /** The move is allowed but `to` requires fields the data does not fill. */
  | { ok: false; error: 'fields-missing'; to: string; fields: readonly string[] };

export type TransitionError = Exclude<TransitionResult, { ok: true }>['error'];

/**
 * Whether a document with `data` may move from `from` to `to` in one step. Staying in the same
 * state is not a move: it is allowed when the state exists and its fields are filled.
 */
export function evaluateTransition(
  workflow: Workflow,
  from: string,
  to: string,
  data: unknown,
): TransitionResult {
  for (const state of [from, to])
    if (!isState(workflow, state)) return { ok: false, error: 'unknown-state', state };
  const allowed = nextStates(workflow, from);
  if (from !== to && !allowed.includes(to))
    return { ok: false, error: 'not-allowed', from, to, allowed };
  const fields = findMissingFields(workflow, to, data);
  if (fields.length > 0) return { ok: false, error: 'fields-missing', to, fields };
  return { ok: true };
}

export function isState(workflow: Workflow, state: unknown): state is string {
  return typeof state === 'string' && Object.hasOwn(workflow.states, state);
}

/** The states one move away from `state`, in the order workflows.yaml lists them. */
export function nextStates(workflow: Workflow, state: unknown): readonly string[] {
  if (typeof state !== 'string' || !Object.hasOwn(workflow.transitions, state)) return [];
  return workflow.transitions[state] ?? [];
}

/** States from which nothing moves on: terminal ones, or those with no outgoing transitions. */
export function isClosedState(workflow: Workflow, state: unknown): boolean {
  if (typeof state !== 'string') return false;
  const terminal = Object.hasOwn(workflow.states, state) && workflow.states[state]?.terminal;
  return terminal === true || nextStates(workflow, state).length === 0;
}

/** Where a new document may start: the workflow's `entry` list, or just its `initial` state. */
export function entryStates(workflow: Workflow): readonly string[] {
  return workflow.entry ?? [workflow.initial];
}

export function isEntryState(workflow: Workflow, state: unknown): boolean {
  return typeof state === 'string' && entryStates(workflow).includes(state);
}

/** The fields (dotted paths) `state` requires that `data` leaves empty. */
export function findMissingFields(workflow: Workflow, state: string, data: unknown): string[] {
  const required = Object.hasOwn(workflow.states, state)
    ? (workflow.states[state]?.required ?? [])
    : [];
  return required.filter((field) => !isFilled(firstValueAt(data, field.split('.'))?.[1]));
}

function isFilled(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
}

/** Whether a document may pass through a state (e.g. it has the state's required fields). */
export type CanEnter = (state: string) => boolean;

/**
 * The states after `from` on a shortest allowed path to `to` (breadth-first, transitions in
 * listed order), passing only through states `canEnter` accepts (`to` itself always may be
 * entered); `[]` when `from` is `to`; undefined when there is no such path.
 */
export function findPath(
  workflow: Workflow,
  from: string,
  to: string,
  canEnter: CanEnter = () => true,
): string[] | undefined {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let state = queue.shift(); state !== undefined && !previous.has(to); state = queue.shift()) {
    for (const next of nextStates(workflow, state)) {
      if (previous.has(next) || (next !== to && !canEnter(next))) continue;
      previous.set(next, state);
      queue.push(next);
    }
  }
  if (!previous.has(to)) return undefined;
  const path: string[] = [];
  for (let state = to; state !== from; state = previous.get(state) ?? from) path.unshift(state);
  return path;
}

/**
 * Whether a document with `data` may get from `from` to `to` by allowed moves (one pull request
 * may take several: impact-assessed → awaiting-approval → approved). The path prefers states
 * whose required fields `data` fills; `to`'s own fields must be filled. Ok gives the states
 * after `from`, so the caller can apply each step's rules.
 */
export function evaluatePath(
  workflow: Workflow,
  from: string,
  to: string,
  data: unknown,
): { ok: true; path: readonly string[] } | Exclude<TransitionResult, { ok: true }> {
  for (const state of [from, to])
    if (!isState(workflow, state)) return { ok: false, error: 'unknown-state', state };
  const filled = (state: string) => findMissingFields(workflow, state, data).length === 0;
  const path = findPath(workflow, from, to, filled) ?? findPath(workflow, from, to);
  if (!path)
    return { ok: false, error: 'not-allowed', from, to, allowed: nextStates(workflow, from) };
  const fields = findMissingFields(workflow, to, data);
  if (fields.length > 0) return { ok: false, error: 'fields-missing', to, fields };
  return { ok: true, path };
}
