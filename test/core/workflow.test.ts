/** The workflow module, table-driven against the project's own workflows.yaml. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/core/config.ts';
import {
  entryStates,
  evaluatePath,
  evaluateTransition,
  findMissingFields,
  findPath,
  isClosedState,
  isEntryState,
  movesBetween,
  nextStates,
} from '../../src/core/workflow.ts';
import { PROJECT_ROOT } from '../helpers/repo.ts';

const workflows = load(
  readFileSync(join(PROJECT_ROOT, 'content/config/workflows.yaml'), 'utf8'),
) as Config['workflows'];
const { requirement, change } = workflows;

const IMPACT = { impact: { level: 'high' } };

describe('evaluateTransition', () => {
  it.each([
    ['change', 'proposed', 'impact-assessed', IMPACT, { ok: true }],
    ['change', 'awaiting-approval', 'approved', IMPACT, { ok: true }],
    [
      'change',
      'proposed',
      'impact-assessed',
      {},
      { ok: false, error: 'fields-missing', to: 'impact-assessed', fields: ['impact'] },
    ],
    [
      'change',
      'proposed',
      'approved',
      IMPACT,
      {
        ok: false,
        error: 'not-allowed',
        from: 'proposed',
        to: 'approved',
        allowed: ['impact-assessed', 'withdrawn'],
      },
    ],
    [
      'change',
      'closed',
      'proposed',
      {},
      { ok: false, error: 'not-allowed', from: 'closed', to: 'proposed', allowed: [] },
    ],
    ['change', 'proposed', 'merged', {}, { ok: false, error: 'unknown-state', state: 'merged' }],
    [
      'change',
      'toString',
      'proposed',
      {},
      { ok: false, error: 'unknown-state', state: 'toString' },
    ],
    ['change', 'approved', 'approved', IMPACT, { ok: true }],
    [
      'requirement',
      'submitted',
      'rejected',
      { submitted_on: '2026-03-01' },
      { ok: false, error: 'fields-missing', to: 'rejected', fields: ['rejection_reason'] },
    ],
    [
      'requirement',
      'submitted',
      'rejected',
      { submitted_on: '2026-03-01', rejection_reason: '重复' },
      { ok: true },
    ],
    [
      'requirement',
      'draft',
      'submitted',
      { submitted_on: '2026-03-01', acceptance_criteria: [] },
      { ok: false, error: 'fields-missing', to: 'submitted', fields: ['acceptance_criteria'] },
    ],
  ] as const)('%s %s → %s', (kind, from, to, data, expected) => {
    expect(evaluateTransition(workflows[kind], from, to, data)).toEqual(expected);
  });
});

describe('findPath and evaluatePath', () => {
  it.each([
    ['change', 'impact-assessed', 'approved', ['awaiting-approval', 'approved']],
    [
      'change',
      'proposed',
      'closed',
      ['impact-assessed', 'awaiting-approval', 'approved', 'implemented', 'verified', 'closed'],
    ],
    ['change', 'approved', 'approved', []],
    ['change', 'closed', 'proposed', undefined],
    ['requirement', 'draft', 'approved', ['submitted', 'evaluating', 'approved']],
  ] as const)('%s %s ⇒ %s', (kind, from, to, path) => {
    expect(findPath(workflows[kind], from, to)).toEqual(path);
  });

  it('passes only through states the document may enter, when there is such a way', () => {
    const notEvaluating = (state: string) => state !== 'evaluating';
    expect(findPath(requirement, 'submitted', 'approved', notEvaluating)).toEqual([
      'on-hold',
      'approved',
    ]);
    const neither = (state: string) => state !== 'evaluating' && state !== 'on-hold';
    expect(findPath(requirement, 'submitted', 'approved', neither)).toBeUndefined();
    expect(findPath(requirement, 'submitted', 'approved')).toEqual(['evaluating', 'approved']);
  });

  it('allows several moves in one pull request and names the path', () => {
    expect(evaluatePath(change, 'impact-assessed', 'approved', IMPACT)).toEqual({
      ok: true,
      path: ['awaiting-approval', 'approved'],
    });
  });

  it.each([
    ['closed', 'proposed', IMPACT, 'not-allowed'],
    ['impact-assessed', 'approved', {}, 'fields-missing'],
    ['impact-assessed', 'granted', IMPACT, 'unknown-state'],
  ] as const)('refuses %s ⇒ %s (%s)', (from, to, data, error) => {
    expect(evaluatePath(change, from, to, data)).toMatchObject({ ok: false, error });
  });
});

describe('movesBetween: the moves whose rules a multi-step change must meet', () => {
  const moves = (kind: 'requirement' | 'change', from: string, to: string) =>
    movesBetween(workflows[kind], from, to)?.map((move) => `${move.from}→${move.to}`);

  it('is the one transition when it is allowed directly, and nothing for no move', () => {
    expect(moves('requirement', 'on-hold', 'in-development')).toEqual(['on-hold→in-development']);
    expect(moves('change', 'approved', 'approved')).toEqual([]);
    expect(moves('change', 'closed', 'proposed')).toBeUndefined();
  });

  it('keeps the approval a detour through on-hold would skip', () => {
    const found = moves('requirement', 'submitted', 'in-development');
    // The shortest way is submitted → on-hold → in-development; approval lies on another.
    expect(findPath(requirement, 'submitted', 'in-development')).toEqual([
      'on-hold',
      'in-development',
    ]);
    expect(found).toEqual(expect.arrayContaining(['evaluating→approved', 'on-hold→approved']));
    expect(found).toEqual(expect.arrayContaining(['approved→in-development']));
    expect(found?.some((move) => move.endsWith('→rejected') || move.endsWith('→cancelled'))).toBe(
      false,
    );
    expect(found?.some((move) => move.startsWith('in-development→'))).toBe(false);
  });

  it('lists each move of a straight path once, and no move back into the start', () => {
    expect(moves('change', 'impact-assessed', 'approved')).toEqual([
      'impact-assessed→awaiting-approval',
      'awaiting-approval→approved',
    ]);
  });
});

describe('states', () => {
  it('names the entry states from workflows.yaml, or the initial state alone', () => {
    expect(entryStates(requirement)).toEqual(['draft', 'submitted']);
    expect(entryStates(change)).toEqual(['proposed']);
    expect(entryStates({ ...change, entry: undefined })).toEqual(['proposed']);
    expect(isEntryState(requirement, 'submitted')).toBe(true);
    expect(isEntryState(requirement, 'approved')).toBe(false);
    expect(isEntryState(requirement, undefined)).toBe(false);
  });

  it.each([
    ['requirement', 'closed', true],
    ['requirement', 'rejected', true],
    ['requirement', 'verified', false],
    ['change', 'withdrawn', true],
    ['change', 'approved', false],
    ['change', 'constructor', true],
    ['change', 42, false],
  ] as const)('%s %s closed: %s', (kind, state, closed) => {
    expect(isClosedState(workflows[kind], state)).toBe(closed);
  });

  it('lists next states in the listed order and none for unknown input', () => {
    expect(nextStates(change, 'awaiting-approval')).toEqual([
      'approved',
      'rejected',
      'impact-assessed',
      'withdrawn',
    ]);
    expect(nextStates(change, '__proto__')).toEqual([]);
    expect(nextStates(change, undefined)).toEqual([]);
  });

  it('finds missing dotted fields, treating empty lists and strings as missing', () => {
    const workflow = {
      ...change,
      states: { ...change.states, x: { required: ['impact.cost', 'tags'] } },
    };
    expect(findMissingFields(workflow, 'x', { impact: { cost: 3 }, tags: [] })).toEqual(['tags']);
    expect(findMissingFields(workflow, 'x', { impact: { cost: '' }, tags: ['a'] })).toEqual([
      'impact.cost',
    ]);
    expect(findMissingFields(workflow, 'nowhere', {})).toEqual([]);
  });
});
