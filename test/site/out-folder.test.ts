/**
 * `--out` may name any folder. Astro 7 decides where its prerender bundle goes by a prefix test on
 * paths, so a folder next to Docket's own whose name merely starts with it (`…/docket-site`
 * beside `…/docket`) once received the bundle, which then could not find Docket's packages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/repo.ts';
import { withBuildLock } from '../helpers/site-build.ts';

const out = `${PROJECT_ROOT}-site-${process.pid}`;
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

it('builds into a folder beside the project whose path starts with the project’s', () => {
  const result = withBuildLock(() =>
    spawnSync(
      join(PROJECT_ROOT, 'node_modules', '.bin', 'node'),
      ['scripts/site.ts', 'build', '--audience', 'public', '--out', out],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    ),
  );
  expect(result.stderr).not.toContain('Cannot find package');
  expect(result.status).toBe(0);
  expect(existsSync(join(out, 'index.html'))).toBe(true);
  expect(existsSync(join(out, '.prerender'))).toBe(false);
}, 300_000);
