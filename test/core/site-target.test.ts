import { describe, expect, it } from 'vitest';
import { defaultOutDir, parseAudience, parseBasePath } from '../../src/core/site-target.ts';

describe('parseAudience', () => {
  it.each([
    ['internal', 'internal'],
    ['public', 'public'],
    ['customer:CUS-003', 'customer:CUS-003'],
    ['customer:CUS-3', undefined],
    ['customer:', undefined],
    ['Internal', undefined],
    ['customer:CUS-003/../x', undefined],
  ])('%s → %s', (value, audience) => {
    expect(parseAudience(value)).toBe(audience);
  });
});

describe('parseBasePath', () => {
  it.each([
    ['/', '/'],
    ['/docket', '/docket/'],
    ['/docket/', '/docket/'],
    ['/a/b', '/a/b/'],
    ['docket', undefined],
    ['//evil.example/', undefined],
    ['/a b/', undefined],
    ['https://x/', undefined],
  ])('%s → %s', (value, base) => {
    expect(parseBasePath(value)).toBe(base);
  });
});

describe('defaultOutDir', () => {
  it.each([
    ['public', 'dist'],
    ['internal', 'dist-internal'],
    ['customer:CUS-003', 'dist-customer-CUS-003'],
  ] as const)('%s → %s', (audience, dir) => {
    expect(defaultOutDir(audience)).toBe(dir);
  });
});
