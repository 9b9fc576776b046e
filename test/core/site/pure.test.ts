import { describe, expect, it } from 'vitest';
import { createMasker, MASK, maskData } from '../../../src/core/site/mask.ts';
import { diffReleases } from '../../../src/core/site/releases.ts';
import { isoWeekOf } from '../../../src/core/site/reports.ts';
import type { SiteRelease } from '../../../src/core/site/customer-types.ts';

describe('createMasker', () => {
  const mask = createMasker([
    '华东鲜',
    '华东鲜食品有限公司',
    'CUS-001',
    'REQ-0012',
    'zh@example.com',
  ]);

  it.each([
    ['华东鲜食品有限公司的需求', `${MASK}的需求`],
    ['客户华东鲜反馈', `客户${MASK}反馈`],
    ['见 CUS-001/visits/2026-02-10', `见 ${MASK}/visits/2026-02-10`],
    ['cus-001 in lower case', `${MASK} in lower case`],
    ['REQ-00123 is another ID', 'REQ-00123 is another ID'],
    ['XREQ-0012 is not it', 'XREQ-0012 is not it'],
    ['REQ-0012、REQ-0013', `${MASK}、REQ-0013`],
    ['mail zh@example.com now', `mail ${MASK} now`],
    ['nothing to hide', 'nothing to hide'],
  ])('%s', (text, expected) => {
    expect(mask(text)).toBe(expected);
  });

  it('masks strings and keys at any depth and leaves other values alone', () => {
    const data = { a: ['华东鲜', 3, true, null], 'CUS-001': { b: 'x 华东鲜 y' } };
    expect(maskData(data, mask)).toEqual({
      a: [MASK, 3, true, null],
      [MASK]: { b: `x ${MASK} y` },
    });
  });

  it('changes nothing without words', () => {
    expect(createMasker([])('华东鲜')).toBe('华东鲜');
  });
});

describe('isoWeekOf', () => {
  it.each([
    ['2026-11-27', '2026-W48'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2026-02-30', undefined],
  ])('%s → %s', (date, expected) => {
    expect(isoWeekOf(date)).toBe(expected);
  });
});

describe('diffReleases', () => {
  const release = (id: string, ids: string[]): SiteRelease => ({
    id,
    title: id,
    requirements: ids.map((ref) => ({ id: ref, kind: 'requirement', title: `title ${ref}` })),
    basis: { kind: 'current', current: [] },
  });

  it('redlines the requirement set in ID order', () => {
    const diff = diffReleases(
      release('REL-001', ['REQ-0003', 'REQ-0001', 'REQ-0002']),
      release('REL-002', ['REQ-0004', 'REQ-0001', 'REQ-0003']),
    );
    expect(diff.lines.map((line) => `${line.op} ${line.id}`)).toEqual([
      'kept REQ-0001',
      'removed REQ-0002',
      'kept REQ-0003',
      'added REQ-0004',
    ]);
    expect([diff.added, diff.removed]).toEqual([1, 1]);
    expect(diff.lines[1]?.title).toBe('title REQ-0002');
  });
});
