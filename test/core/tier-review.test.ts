import { describe, expect, it } from 'vitest';
import {
  evaluateSigners,
  evaluateTierReview,
  needsAction,
  type TierReview,
} from '../../src/core/tier-review.ts';
import { CONFIG, doc } from '../helpers/progress-model.ts';

const customer = (data: Record<string, unknown>) =>
  doc('customer', 'CUS-001', { short_name: '华东鲜', since: '2020-01-01', tier: 'B', ...data });
/** The actual value's keys that the expectation names (an expected `undefined` means absent). */
const pick = (actual: object, expected: object) =>
  Object.fromEntries(
    Object.keys(expected).map((key) => [key, (actual as Record<string, unknown>)[key]]),
  );
const year = (y: number, sales: number, rate: number) => ({
  year: y,
  sales,
  collection_rate: rate,
});

describe('evaluateTierReview', () => {
  const cases: {
    name: string;
    data: Record<string, unknown>;
    today: string;
    expected: Partial<TierReview>;
  }[] = [
    {
      name: 'figures meeting tier A',
      data: { transactions: [year(2025, 680, 0.96)] },
      today: '2026-03-20',
      expected: { year: 2025, suggested: 'A', current: 'B', differs: true },
    },
    {
      name: 'high sales but weak collection fall to the next rule',
      data: { transactions: [year(2025, 680, 0.9)] },
      today: '2026-03-20',
      expected: { suggested: 'B', differs: false },
    },
    {
      name: 'only the last full year counts',
      data: { tier: 'C', transactions: [year(2025, 50, 0.7), year(2026, 900, 1)] },
      today: '2026-11-26',
      expected: { year: 2025, suggested: 'C', differs: false },
    },
    {
      name: 'no figures for last year: no suggestion, no difference',
      data: { transactions: [year(2024, 680, 0.96)] },
      today: '2026-03-20',
      expected: { suggested: undefined, differs: false, signers: [] },
    },
    {
      name: 'the review year follows today',
      data: { transactions: [year(2026, 680, 0.96)] },
      today: '2027-01-01',
      expected: { year: 2026, suggested: 'A' },
    },
  ];
  it.each(cases)('$name', ({ data, today, expected }) => {
    expect(pick(evaluateTierReview(customer(data), CONFIG, today), expected)).toEqual(expected);
  });

  it.each([
    ['2026-05-10', '2026-11-09', '2026-11-10', false],
    ['2026-05-10', '2026-11-10', '2026-11-10', true],
    ['2026-08-31', '2027-02-28', '2027-02-28', true],
    ['2026-08-31', '2027-02-27', '2027-02-28', false],
  ])(
    'a temporary tier since %s is due on its date (today %s → due %s: %s)',
    (since, today, dueOn, due) => {
      const review = evaluateTierReview(
        customer({ since, tier_temporary: true, tier: 'C' }),
        CONFIG,
        today,
      );
      expect(review).toMatchObject({ temporary: true, temporaryDueOn: dueOn, temporaryDue: due });
      expect(needsAction(review)).toBe(due);
    },
  );

  it('has no due date for a permanent tier', () => {
    const review = evaluateTierReview(customer({ since: '2000-01-01' }), CONFIG, '2026-03-20');
    expect(review).toMatchObject({ temporary: false, temporaryDue: false });
    expect(review).not.toHaveProperty('temporaryDueOn');
  });

  it('names who signs a move to the suggested tier', () => {
    const review = evaluateTierReview(
      customer({ transactions: [year(2025, 680, 0.96)] }),
      CONFIG,
      '2026-03-20',
    );
    expect(review.signers).toEqual([
      { role: 'sales-head', duty: 'reviewer', people: ['刘强'] },
      { role: 'general-manager', duty: 'approver', people: ['周敏'] },
    ]);
    expect(needsAction(review)).toBe(true);
  });

  it('leaves people empty when nobody holds a required role', () => {
    expect(evaluateSigners(CONFIG, 'C')).toEqual([{ role: 'qa', duty: 'approver', people: [] }]);
  });
});
