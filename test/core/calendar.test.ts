import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, isCalendarDate } from '../../src/core/calendar.ts';
import type { JsonSchema } from '../../src/core/schema-set.ts';
import { isConfidentialNode, omitConfidentialValues } from '../../src/core/audience.ts';
import { createRefResolver, schemaAt } from '../../src/core/schema-walk.ts';

describe('calendar', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['today', false],
    [20260101, false],
  ])('isCalendarDate(%s) is %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it.each([
    ['2026-03-01', '2026-03-01', 0],
    ['2026-02-28', '2026-03-01', 1],
    ['2026-03-01', '2026-02-28', -1],
    ['2025-12-31', '2026-12-31', 365],
    ['2026-03-01', 'x', undefined],
  ])('daysBetween(%s, %s) = %s', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it.each([
    ['2026-05-10', 6, '2026-11-10'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-02-30', 1, undefined],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('confidential fields', () => {
  const common: JsonSchema = {
    $defs: { money: { type: 'number', 'x-confidential': true }, date: { type: 'string' } },
  };
  const customer: JsonSchema = {
    properties: {
      name: { type: 'string' },
      since: { $ref: 'common.schema.json#/$defs/date' },
      credit: { type: 'object', 'x-confidential': true },
      transactions: {
        type: 'array',
        items: {
          properties: {
            year: { type: 'integer' },
            sales: { $ref: '../common.schema.json#/$defs/money' },
          },
        },
      },
      permits: { type: 'array', items: { type: 'string', 'x-confidential': true } },
    },
  };
  const resolve = createRefResolver((file) => {
    if (file !== 'common.schema.json') throw new Error(`unknown schema ${file}`);
    return common;
  });

  it('follows $ref to shared definitions, also from a sub-folder', () => {
    expect(isConfidentialNode(schemaAt(customer, ['transactions', 0, 'sales']), resolve)).toBe(
      true,
    );
    expect(isConfidentialNode(schemaAt(customer, ['since']), resolve)).toBe(false);
    expect(isConfidentialNode({ $ref: 'missing.schema.json#/x' }, resolve)).toBe(false);
  });

  it('omits confidential values at any depth, and keys the schema does not know', () => {
    const data = {
      name: 'A',
      since: '2020-01-01',
      credit: { rating: 'good' },
      transactions: [{ year: 2025, sales: 10 }],
      permits: ['SC1'],
      extra: 1,
    };
    expect(omitConfidentialValues(data, customer, resolve)).toEqual({
      name: 'A',
      since: '2020-01-01',
      transactions: [{ year: 2025 }],
      permits: [],
    });
  });
});
