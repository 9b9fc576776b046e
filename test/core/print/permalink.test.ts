import { describe, expect, it } from 'vitest';
import { permalinkOf, resolveRepositoryUrl } from '../../../src/core/print/permalink.ts';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';

describe('permalinks of printed documents', () => {
  it('prefers the configured repository address over the CI environment', () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/docket' };
    expect(resolveRepositoryUrl({ env })).toBe('https://github.com/acme/docket');
    expect(resolveRepositoryUrl({ setting: 'https://git.example.com/req/docket.git/', env })).toBe(
      'https://git.example.com/req/docket',
    );
  });

  it.each([
    ['javascript:alert(1)'],
    ['https://user:token@github.com/acme/docket'],
    ['https://github.com/acme/docket?x=1'],
    ['not a url'],
  ])('refuses the address %s', (setting) => {
    expect(resolveRepositoryUrl({ setting, env: {} })).toBeUndefined();
  });

  it('needs both CI variables and a plain owner/name', () => {
    expect(
      resolveRepositoryUrl({ env: { GITHUB_SERVER_URL: 'https://github.com' } }),
    ).toBeUndefined();
    expect(
      resolveRepositoryUrl({
        env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: '../x' },
      }),
    ).toBeUndefined();
  });

  it('points at the file at the full commit, path segments encoded', () => {
    expect(
      permalinkOf('https://github.com/acme/docket', COMMIT, 'content/releases/REL-001.md'),
    ).toBe(`https://github.com/acme/docket/blob/${COMMIT}/content/releases/REL-001.md`);
    expect(permalinkOf('https://h/r', COMMIT, 'content/附件 1.md')).toBe(
      `https://h/r/blob/${COMMIT}/content/%E9%99%84%E4%BB%B6%201.md`,
    );
    expect(permalinkOf('https://h/r', 'abc123', 'x.md')).toBeUndefined();
    expect(permalinkOf(undefined, COMMIT, 'x.md')).toBeUndefined();
  });
});
