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
  const path = findPreferredPath(workflow, from, to, data);
  if (!path)
    return { ok: false, error: 'not-allowed', from, to, allowed: nextStates(workflow, from) };
  const fields = findMissingFields(workflow, to, data);
  if (fields.length > 0) return { ok: false, error: 'fields-missing', to, fields };
  return { ok: true, path };
}

/** A shortest allowed path, through states whose required fields `data` fills when there is one. */
export function findPreferredPath(
  workflow: Workflow,
  from: string,
  to: string,
  data: unknown,
): string[] | undefined {
  const filled = (state: string) => findMissingFields(workflow, state, data).length === 0;
  return findPath(workflow, from, to, filled) ?? findPath(workflow, from, to);
}

export interface Move {
  from: string;
  to: string;
}

/**
 * Every move that some allowed way from `from` to `to` could make: the one transition when it
 * is allowed directly; otherwise each transition from a state reachable from `from` to a state
 * that can reach `to` (never out of `to`, never back into `from`). A superset of the moves on
 * any path, so a rule keyed to a move (`to: approved`) cannot be dodged by a detour such as
 * submitted → on-hold → in-development. Undefined when `to` cannot be reached.
 */
export function movesBetween(workflow: Workflow, from: string, to: string): Move[] | undefined {
  if (from === to) return [];
  if (nextStates(workflow, from).includes(to)) return [{ from, to }];
  const reachable = closure(from, (state) => (state === to ? [] : nextStates(workflow, state)));
  if (!reachable.has(to)) return undefined;
  const canReachTo = closure(to, (state) =>
    state === from ? [] : previousStates(workflow, state),
  );
  return [...reachable]
    .filter((state) => state !== to)
    .flatMap((state) => nextStates(workflow, state).map((next) => ({ from: state, to: next })))
    .filter((move) => move.to !== from && canReachTo.has(move.to));
}

function previousStates(workflow: Workflow, state: string): string[] {
  return Object.keys(workflow.transitions).filter((source) =>
    nextStates(workflow, source).includes(state),
  );
}

/** `start` and every state reachable from it by `step`. */
function closure(start: string, step: (state: string) => readonly string[]): Set<string> {
  const seen = new Set([start]);
  for (const state of seen) for (const next of step(state)) seen.add(next);
  return seen;
}
