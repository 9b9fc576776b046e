/**
 * Moves between workflow states as the approval check needs them: the shortest path of allowed
 * transitions from the base state to the head state (each step's rules apply), and the states a
 * new document may start in.
 */
import type { Workflow } from '../config.ts';
import type { Step } from './subject.ts';

/** The shortest path of allowed transitions, [] when nothing moved, undefined when none exists. */
export function findTransitionPath(
  workflow: Workflow,
  from: string,
  to: string,
): Step[] | undefined {
  if (from === to) return [];
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const state = queue.shift() as string;
    for (const next of workflow.transitions[state] ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, state);
      if (next === to) return pathTo(previous, from, to);
      queue.push(next);
    }
  }
  return undefined;
}

function pathTo(previous: ReadonlyMap<string, string>, from: string, to: string): Step[] {
  const steps: Step[] = [];
  for (let state = to; state !== from;) {
    const before = previous.get(state) as string;
    steps.unshift({ from: before, to: state });
    state = before;
  }
  return steps;
}

/** A new document starts in the initial state or one step after it (a requirement: draft or submitted). */
export function evaluateEntryStates(workflow: Workflow): string[] {
  const next = (workflow.transitions[workflow.initial] ?? []).filter(
    (state) => workflow.states[state]?.terminal !== true,
  );
  return [workflow.initial, ...next];
}
