import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPrintContext } from '../../src/app/print-context.ts';
import { createFixtureRepo } from '../helpers/repo.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'T',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 'T',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
}

const SETTINGS = `organisation: 杭州云帆软件有限公司
default_language: zh-CN
time_zone: Asia/Shanghai
repository_url: https://git.example.com/yf/requirements
`;

describe('loadPrintContext', () => {
  it('states the organisation, the checked-out commit and permalinks into the configured repository', async () => {
    const root = createFixtureRepo({ 'content/config/docket.yaml': SETTINGS });
    roots.push(root);
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'first');
    const head = git(root, 'rev-parse', 'HEAD');
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'other/repo' };
    const context = await loadPrintContext(root, env);
    expect(context.organisation).toBe('杭州云帆软件有限公司');
    expect(context.commit).toBe(head);
    expect(context.permalink('content/releases/REL-001.md')).toBe(
      `https://git.example.com/yf/requirements/blob/${head}/content/releases/REL-001.md`,
    );
  });

  it('falls back to the CI variables, and has no commit or permalink outside git', async () => {
    const root = createFixtureRepo();
    roots.push(root);
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/docket' };
    const context = await loadPrintContext(root, env);
    expect(context.repositoryUrl).toBe('https://github.com/acme/docket');
    expect(context.commit).toBeUndefined();
    expect(context.permalink('content/releases/REL-001.md')).toBeUndefined();
  });
});
