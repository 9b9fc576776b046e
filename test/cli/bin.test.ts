import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, createFixtureRepo, runDocket } from '../helpers/repo.ts';

describe('the docket bin', () => {
  it('says in one line that an older Node is not enough, and how to run it', () => {
    // Pretend to be Node 20 before the bin's version check runs.
    const fakeOldNode =
      'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.20.2"})';
    const result = spawnSync(
      join(PROJECT_ROOT, 'node_modules/.bin/node'),
      ['--import', fakeOldNode, join(PROJECT_ROOT, 'scripts/docket.mjs'), 'validate'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('docket needs Node.js >= 22.12');
    expect(result.stderr).toContain('npx docket');
  });

  it('prints its version and help in both languages', () => {
    const root = createFixtureRepo();
    expect(runDocket(root, ['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(runDocket(root, ['--help', '--lang', 'zh-CN']).stdout).toContain('检查文档和配置');
    expect(runDocket(root, ['--help', '--lang', 'en']).stdout).toContain(
      'check documents and configuration',
    );
    expect(runDocket(root, ['validate', '--help', '--lang', 'en']).stdout).toContain(
      '--max-warnings N',
    );
  });

  it('rejects an unknown --lang with exit 2', () => {
    const result = runDocket(createFixtureRepo(), ['validate', '--lang', 'fr']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('`fr`');
  });
});
