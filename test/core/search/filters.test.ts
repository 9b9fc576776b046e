import { describe, expect, it } from 'vitest';
import {
  assembleFilterOptions,
  assembleSearchFilters,
  type FilterCustomer,
} from '../../../src/core/search/filters.ts';

const labels = (text: string) => ({ 'zh-CN': `中${text}`, en: text });
const customers = new Map<string, FilterCustomer>([
  ['CUS-001', { id: 'CUS-001', name: '华东鲜', tier: { code: 'A', labels: labels('A') } }],
  ['CUS-002', { id: 'CUS-002' }],
]);

describe('search filters', () => {
  it('records kind, state, priority, the customer and its tier as codes', () => {
    const document = {
      id: 'REQ-0001',
      kind: 'requirement',
      state: { code: 'approved', labels: labels('approved') },
      priority: { code: 'P1', labels: labels('P1') },
      customer: 'CUS-001',
    };
    expect(assembleSearchFilters(document, customers)).toEqual({
      kind: 'requirement',
      state: 'approved',
      priority: 'P1',
      customer: 'CUS-001',
      tier: 'A',
    });
  });

  it('names no customer the model does not hold, and a customer file filters as itself', () => {
    const hidden = { id: 'REQ-0002', kind: 'requirement', customer: 'CUS-009' };
    expect(assembleSearchFilters(hidden, customers)).toEqual({ kind: 'requirement' });
    const file = { id: 'CUS-002', kind: 'customer' };
    expect(assembleSearchFilters(file, customers)).toEqual({
      kind: 'customer',
      customer: 'CUS-002',
    });
  });

  it('offers the values the documents have, labelled, customers by ID with their names', () => {
    const options = assembleFilterOptions(
      [
        { id: 'REQ-0001', kind: 'requirement', state: { code: 'draft', labels: labels('draft') } },
        { id: 'CR-0001', kind: 'change', state: { code: 'draft', labels: labels('draft') } },
      ],
      { requirement: labels('Requirement') },
      customers,
    );
    expect(options.kind).toEqual([
      { value: 'requirement', labels: labels('Requirement') },
      { value: 'change', labels: { 'zh-CN': 'change', en: 'change' } },
    ]);
    expect(options.state).toEqual([{ value: 'draft', labels: labels('draft') }]);
    expect(options.customer.map((option) => option.labels.en)).toEqual([
      'CUS-001 华东鲜',
      'CUS-002',
    ]);
    expect(options.tier).toEqual([{ value: 'A', labels: labels('A') }]);
    expect(options.priority).toEqual([]);
  });
});
