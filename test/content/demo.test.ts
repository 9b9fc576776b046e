/** The demo content tells the policies' story, passes validation, and covers every state. */
import { describe, expect, it } from 'vitest';
import { createWorkingTreeSource } from '../../src/adapters/fs.ts';
import { checkRepository } from '../../src/app/check-repository.ts';
import { statusLabels } from '../../src/core/summary.ts';
import { SCHEMA_OF } from '../../src/core/layout.ts';
import { PROJECT_ROOT } from '../helpers/repo.ts';

const result = await checkRepository(createWorkingTreeSource(PROJECT_ROOT));
const documents = result.load.documents;
const ofKind = (kind: string) => documents.filter((document) => document.kind === kind);

describe('the demo content', () => {
  it('passes docket validate without errors or warnings', () => {
    expect(result.problems.map((problem) => `${problem.path}:${problem.line} ${problem.rule}`)).toEqual([]);
  });

  it('has the promised size', () => {
    expect(ofKind('customer').length).toBeGreaterThanOrEqual(8);
    expect(ofKind('requirement').length).toBeGreaterThanOrEqual(40);
    expect(ofKind('change').length).toBeGreaterThanOrEqual(12);
    expect(ofKind('release').length).toBeGreaterThanOrEqual(2);
    expect(ofKind('visit').length + ofKind('complaint').length + ofKind('survey').length).toBeGreaterThanOrEqual(10);
  });

  it.each(['requirement', 'change'] as const)('puts %s documents in every state', (kind) => {
    const { codes } = statusLabels(result.load.schemas.schemaFor(SCHEMA_OF[kind]));
    const used = new Set(ofKind(kind).map((document) => document.data['status']));
    expect(codes.filter((code) => !used.has(code))).toEqual([]);
  });

  it('spreads customers over tiers A, B and C, with one new customer on a temporary tier and one dormant', () => {
    const customers = ofKind('customer').map((document) => document.data);
    expect(new Set(customers.map((data) => data['tier']))).toEqual(new Set(['A', 'B', 'C']));
    expect(customers.some((data) => data['status'] === 'new' && data['tier_temporary'] === true)).toBe(true);
    expect(customers.some((data) => data['status'] === 'dormant')).toBe(true);
  });

  it('writes mostly Chinese, with some English', () => {
    const titles = ofKind('requirement').map((document) => String(document.data['title']));
    const chinese = titles.filter((title) => /[\u4e00-\u9fff]/.test(title)).length;
    expect(chinese / titles.length).toBeGreaterThan(0.7);
    expect(chinese).toBeLessThan(titles.length);
  });

  it('spreads stage_since dates over many days', () => {
    const days = new Set(ofKind('requirement').map((document) => document.data['stage_since']));
    expect(days.size).toBeGreaterThan(20);
  });
});
