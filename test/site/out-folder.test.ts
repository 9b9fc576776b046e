/**
 * `--out` may name any folder. Astro 7 decides where its prerender bundle goes by a prefix test on
 * paths, so a folder next to Docket's own whose name merely starts with it (`…/docket-site`
 * beside `…/docket`) once received the bundle, which then could not find Docket's packages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createFixtureRepo, PROJECT_ROOT } from '../helpers/repo.ts';
import { makeTempDir } from '../helpers/temp.ts';
import { withBuildLock } from '../helpers/site-build.ts';

const out = `${PROJECT_ROOT}-site-${process.pid}`;
const scratch: string[] = [];
afterAll(() => {
  for (const dir of [out, ...scratch]) rmSync(dir, { recursive: true, force: true });
});

function site(root: string, outDir: string) {
  return spawnSync(
    join(PROJECT_ROOT, 'node_modules', '.bin', 'node'),
    [join(PROJECT_ROOT, 'scripts/site.ts'), 'build', '--root', root, '--out', outDir],
    { cwd: root, encoding: 'utf8', env: { ...process.env, DOCKET_LANG: 'en' } },
  );
}

it.each([
  ['the content folder', (root: string) => join(root, 'content')],
  [
    'a folder of someone’s files',
    () => {
      const dir = makeTempDir('keep');
      writeFileSync(join(dir, 'notes.txt'), 'mine');
      return dir;
    },
  ],
])(
  'never empties %s: only a folder it built, an empty one or a new one (exit 2)',
  (_name, pick) => {
    const root = createFixtureRepo({ 'content/requirements/README.md': '# notes\n' });
    scratch.push(root);
    const outDir = pick(root);
    scratch.push(outDir);
    const before = readdirSync(outDir, { recursive: true }).sort();
    const result = site(root, outDir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('.docket-site');
    expect(readdirSync(outDir, { recursive: true }).sort()).toEqual(before);
  },
);

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
  expect(existsSync(join(out, '.docket-site'))).toBe(true);
  mkdirSync(join(out, 'stale-page'));
  const again = withBuildLock(() =>
    spawnSync(
      join(PROJECT_ROOT, 'node_modules', '.bin', 'node'),
      ['scripts/site.ts', 'build', '--audience', 'public', '--out', out],
      { cwd: PROJECT_ROOT, encoding: 'utf8' },
    ),
  );
  expect(again.status).toBe(0);
  expect(existsSync(join(out, 'stale-page'))).toBe(false);
}, 300_000);
