/**
 * Builds the status site for one audience: Astro renders every page from the site model, then
 * Pagefind indexes its document pages, part by part (see adapters/pagefind-index.ts). The output folder is replaced as a whole, so a page of a former
 * build (perhaps of a wider audience) never lingers in it.
 */
import { rmSync } from 'node:fs';
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

export async function buildSite(
  settings: SiteBuildSettings,
  options: SiteBuildOptions = {},
): Promise<SiteBuildResult> {
  rmSync(settings.outDir, { recursive: true, force: true });
  const started = performance.now();
  await runAstroBuild(settings, options.quiet ?? true);
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
