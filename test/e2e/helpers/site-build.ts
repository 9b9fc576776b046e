/**
 * Builds the status site the way a user does (`node scripts/site.ts build`), into a folder shared
 * by the browser test files of one run: each audience of each content root is built once, then
 * reused (the e2e test files run one after another, see vitest.config.ts). The folder comes from
 * the e2e global setup and is removed when the run ends. Builds take the same lock as the other
 * site tests (Astro keeps state in the project folder: one build at a time).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/repo.ts';
import { withBuildLock } from '../../helpers/site-build.ts';

const NODE = join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
const SITE = join(PROJECT_ROOT, 'scripts', 'site.ts');

export interface SiteBuildRequest {
  /** A name for this build, unique within the run: `demo-public`, `xss-internal`. */
  key: string;
  /** The repository whose content/ and schemas/ are built (the project itself for the demo). */
  root: string;
  audience: string;
  base?: string;
  /** Extra environment for the build (`DOCKET_SEARCH_PART_PAGES`, say). */
  env?: Readonly<Record<string, string>>;
}

export interface BuiltSite {
  dir: string;
  base: string;
  output: string;
}

const BUILT = '.e2e-built';

export function buildSiteOnce(request: SiteBuildRequest): BuiltSite {
  const dir = join(sharedBuildFolder(), request.key);
  const base = request.base ?? '/';
  const marker = join(dir, '..', `${request.key}${BUILT}`);
  if (existsSync(marker)) return { dir, base, output: '' };
  const args = [SITE, 'build', '--audience', request.audience, '--root', request.root];
  const result = withBuildLock(() =>
    spawnSync(NODE, [...args, '--out', dir, '--base', base], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, DOCKET_LANG: 'en', ASTRO_TELEMETRY_DISABLED: '1', ...request.env },
      maxBuffer: 64 * 1_048_576,
    }),
  );
  if (result.status !== 0)
    throw new Error(`site build ${request.key} failed:\n${result.stdout}\n${result.stderr}`);
  writeFileSync(marker, '');
  return { dir, base, output: `${result.stdout}${result.stderr}` };
}

/** The run's build folder, made and removed by test/e2e/global-setup.ts. */
function sharedBuildFolder(): string {
  const folder = inject('siteBuildFolder');
  mkdirSync(folder, { recursive: true });
  return folder;
}
