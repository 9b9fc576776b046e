/**
 * Whether a rule's `when` holds for a subject. Every key given must hold; `any_of` holds when one
 * of its conditions does. Values a pull request could edit to dodge a rule (tier, impact level,
 * cost, schedule) hold when the base or the head value meets them.
 */
import picomatch from 'picomatch/posix.js';
import type { Condition } from '../generated/config-types.ts';
import type { Subject } from './subject.ts';

type Check = (condition: Condition, subject: Subject) => boolean;

const CHECKS: readonly [keyof Condition, Check][] = [
  ['kinds', (c, s) => s.document !== undefined && (c.kinds ?? []).includes(s.document.kind)],
  ['changes', (c, s) => s.document !== undefined && (c.changes ?? []).includes(s.document.change)],
  ['from', (c, s) => matchesStep(c, s)],
  ['to', (c, s) => matchesStep(c, s)],
  [
    'customer_tiers',
    (c, s) =>
      s.customers.some((customer) => customer.tiers.some((t) => c.customer_tiers?.includes(t))),
  ],
  [
    'impact_levels',
    (c, s) => impactValues(s, 'level').some((v) => c.impact_levels?.includes(v as never)),
  ],
  [
    'cost_over',
    (c, s) =>
      impactValues(s, 'cost').some((v) => typeof v === 'number' && v > (c.cost_over ?? Infinity)),
  ],
  [
    'schedule_days_over',
    (c, s) =>
      impactValues(s, 'schedule_days').some(
        (v) => typeof v === 'number' && v > (c.schedule_days_over ?? Infinity),
      ),
  ],
  [
    'fields_changed',
    (c, s) => (c.fields_changed ?? []).some((f) => s.document?.fieldsChanged.includes(f)),
  ],
  [
    'confidential_changed',
    (c, s) => (s.document?.confidentialChanged ?? false) === c.confidential_changed,
  ],
  ['paths', (c, s) => matchesPaths(c.paths ?? [], s.paths)],
  ['any_of', (c, s) => (c.any_of ?? []).some((nested) => evaluateCondition(nested, s))],
];

export function evaluateCondition(condition: Condition, subject: Subject): boolean {
  return CHECKS.every(([key, check]) => condition[key] === undefined || check(condition, subject));
}

/** `from` and `to` must hold for the same move (any move an allowed way could make). */
function matchesStep(condition: Condition, subject: Subject): boolean {
  return (subject.document?.moves ?? []).some(
    (step) =>
      (condition.from === undefined || condition.from.includes(step.from)) &&
      (condition.to === undefined || condition.to.includes(step.to)),
  );
}

function impactValues(subject: Subject, field: string): unknown[] {
  const document = subject.document;
  if (!document) return [];
  return [document.before, document.after].map((data) => {
    const impact = data?.['impact'];
    return impact !== null && typeof impact === 'object'
      ? (impact as Record<string, unknown>)[field]
      : undefined;
  });
}

/**
 * Ignoring case: on a Mac or Windows checkout `Content/Config/people.yaml` is the configuration,
 * so a pull request adding it needs what the configuration needs.
 */
function matchesPaths(globs: readonly string[], paths: readonly string[]): boolean {
  const isMatch = picomatch([...globs], { dot: true, windows: false, nocase: true });
  return paths.some((path) => isMatch(path));
}
