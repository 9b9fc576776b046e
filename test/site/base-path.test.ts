/**
 * A project site on GitHub Pages lives under a base path (`--base /docket/`): every page's own
 * links and assets must carry it, even when the environment already has a BASE_URL (vitest sets
 * one, and Vite would prefer it to the configured base).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/repo.ts';
import { withBuildLock } from '../helpers/site-build.ts';

const out = join(mkdtempSync(join(tmpdir(), 'docket-site-base-')), 'site');
afterAll(() => {
  rmSync(dirname(out), { recursive: true, force: true });
});

function build(): void {
  const args = ['scripts/site.ts', 'build', '--audience', 'public', '--base', '/docket/'];
  const result = withBuildLock(() =>
    spawnSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'node'), [...args, '--out', out], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, BASE_URL: '/', GITHUB_SERVER_URL: '', GITHUB_REPOSITORY: '' },
    }),
  );
  if (result.status !== 0) throw new Error(`site build failed:\n${result.stderr}`);
}

/** Root-relative addresses in href/src attributes (external and fragment links excluded). */
function rootRelative(html: string): string[] {
  return [...html.matchAll(/\b(?:href|src)="(\/[^"/][^"]*|\/)"/g)].map((match) => match[1] ?? '');
}

describe('the site under a base path', () => {
  it('puts every page link and asset under --base, whatever BASE_URL the environment has', () => {
    build();
    for (const page of ['index.html', 'requirements/index.html', 'en/index.html']) {
      const addresses = rootRelative(readFileSync(join(out, page), 'utf8'));
      expect(addresses.length, page).toBeGreaterThan(3);
      expect(
        addresses.filter((address) => !address.startsWith('/docket/')),
        page,
      ).toEqual([]);
    }
  }, 300_000);
});
