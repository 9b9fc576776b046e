/**
 * Runs Astro's build and preview server for the status site. astro.config.mjs reads the build's
 * settings from DOCKET_SITE_* environment variables, so `npx astro build` and this adapter build
 * the same site.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'astro';

export interface SiteBuildSettings {
  /** Where astro.config.mjs and src/pages live (the Docket checkout). */
  projectRoot: string;
  /** Where content/ and schemas/ are read from. */
  contentRoot: string;
  audience: string;
  base: string;
  /** Absolute output folder. */
  outDir: string;
}

function applySettings(settings: SiteBuildSettings): void {
  process.env['DOCKET_SITE_ROOT'] = settings.contentRoot;
  process.env['DOCKET_SITE_AUDIENCE'] = settings.audience;
  process.env['DOCKET_SITE_BASE'] = settings.base;
  process.env['DOCKET_SITE_OUT'] = settings.outDir;
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  // Vite prefers an inherited BASE_URL (a test runner sets one) to the configured base.
  delete process.env['BASE_URL'];
  // Astro 7 writes its prerender bundle under the working directory's .astro/ when the output
  // folder is outside it, and into the output folder when its path merely starts with the
  // working directory's (`/tmp/docket` and `/tmp/docket-site`), where the bundle cannot find
  // Docket's packages. Working from a cache folder inside the project avoids both: the bundle
  // stays there, and resolves packages from the project's node_modules.
  const workDir = join(settings.projectRoot, 'node_modules', '.cache', 'docket-site');
  mkdirSync(workDir, { recursive: true });
  process.chdir(workDir);
}

export async function runAstroBuild(settings: SiteBuildSettings, quiet: boolean): Promise<void> {
  applySettings(settings);
  await build({ root: settings.projectRoot, logLevel: quiet ? 'warn' : 'info' });
}

export interface RunningServer {
  url: string;
  closed: Promise<void>;
}

/** Serves a built site on localhost (Astro's static preview server). */
export async function servePreview(
  settings: SiteBuildSettings,
  port: number | undefined,
): Promise<RunningServer> {
  applySettings(settings);
  const server = await preview({
    root: settings.projectRoot,
    logLevel: 'warn',
    ...(port === undefined ? {} : { server: { port } }),
  });
  return { url: `http://localhost:${server.port}${settings.base}`, closed: server.closed() };
}
