/**
 * Builds the status site for one audience from the project's own demo content, as a user would
 * (`node scripts/site.ts build`), into a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './repo.ts';

const NODE = join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
/** Astro keeps build state under the project (.astro/, Vite's cache): one build at a time. */
const LOCK = join(PROJECT_ROOT, 'node_modules', '.docket-site-build.lock');
const STALE_MS = 10 * 60_000;

export function withBuildLock<T>(work: () => T): T {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export function buildDemoSite(
  audience: string,
  env: Readonly<Record<string, string>> = {},
): string {
  const out = join(mkdtempSync(join(tmpdir(), 'docket-site-')), 'site');
  const result = withBuildLock(() =>
    spawnSync(NODE, ['scripts/site.ts', 'build', '--audience', audience, '--out', out], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_SERVER_URL: '', GITHUB_REPOSITORY: '', ...env },
    }),
  );
  if (result.status !== 0)
    throw new Error(`site build for ${audience} failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}
