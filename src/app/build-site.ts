/**
 * Builds the status site for one audience: Astro renders every page from the site model, then
 * Pagefind indexes its document pages, part by part (see adapters/pagefind-index.ts). The output folder is replaced as a whole, so a page of a former
 * build (perhaps of a wider audience) never lingers in it.
 */
import { existsSync, lstatSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  runAstroBuild,
  servePreview,
  type RunningServer,
  type SiteBuildSettings,
} from '../adapters/astro-site.ts';
import { writeSearchIndex } from '../adapters/pagefind-index.ts';
import { listSearchFolders } from '../core/site/sections.ts';

export interface SiteBuildResult {
  outDir: string;
  searchPages: number;
  searchErrors: string[];
  seconds: { astro: number; search: number };
}

export interface SiteBuildOptions {
  quiet?: boolean;
  /** Pages per search index part (see adapters/pagefind-index.ts). */
  searchPartPages?: number | undefined;
}

/** Written into every built site: only a folder holding it (or nothing) is emptied by a build. */
export const SITE_MARKER = '.docket-site';

/**
 * Whether a build may empty `outDir`: it does not exist, is an empty folder, or holds a site
 * Docket built (its marker, or, from before the marker, `index.html` beside `pagefind/`).
 * Anything else — `content/`, a home folder, a file — is someone's data and is never removed.
 */
export function isReplaceableOutDir(outDir: string): boolean {
  if (!existsSync(outDir)) return true;
  if (!lstatSync(outDir).isDirectory()) return false;
  const names = readdirSync(outDir);
  if (names.length === 0 || names.includes(SITE_MARKER)) return true;
  return names.includes('index.html') && names.includes('pagefind');
}

export async function buildSite(
  settings: SiteBuildSettings,
  options: SiteBuildOptions = {},
): Promise<SiteBuildResult> {
  if (!isReplaceableOutDir(settings.outDir)) throw new Error(`not a site: ${settings.outDir}`);
  rmSync(settings.outDir, { recursive: true, force: true });
  const started = performance.now();
  await runAstroBuild(settings, options.quiet ?? true);
  writeFileSync(
    join(settings.outDir, SITE_MARKER),
    'Built by Docket; the next build replaces this folder.\n',
  );
  const built = performance.now();
  const search = await writeSearchIndex(
    settings.outDir,
    listSearchFolders(),
    options.searchPartPages,
  );
  const indexed = performance.now();
  return {
    outDir: settings.outDir,
    searchPages: search.pages,
    searchErrors: search.errors,
    seconds: { astro: (built - started) / 1000, search: (indexed - built) / 1000 },
  };
}

export async function serveSite(
  settings: SiteBuildSettings,
  port: number | undefined,
): Promise<RunningServer> {
  return servePreview(settings, port);
}
