/**
 * `site build` and `site start`: reads the options, builds the audience's site (Astro, then
 * Pagefind) and, for start, serves the internal site on localhost and prints its URL.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { SiteBuildSettings } from '../adapters/astro-site.ts';
import { buildSite, isReplaceableOutDir, serveSite } from '../app/build-site.ts';
import { defaultOutDir, parseAudience, parseBasePath } from '../core/site-target.ts';
import { parseCommandArgs, parseCount } from './args.ts';
import type { Context } from './context.ts';
import { EXIT, UsageError } from './errors.ts';

const BUILD_OPTIONS = {
  audience: { type: 'string' },
  base: { type: 'string' },
  out: { type: 'string' },
  root: { type: 'string' },
  port: { type: 'string' },
} as const;

/** Where the site's Astro project lives: this checkout. */
const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

export function parseSiteSettings(
  command: string,
  args: string[],
  context: Pick<Context, 'root' | 'cwd'>,
): { settings: SiteBuildSettings; port: number | undefined } {
  const { values } = parseCommandArgs(command, args, BUILD_OPTIONS);
  const defaultAudience = command === 'start' ? 'internal' : 'public';
  const audience = parseAudience(values.audience ?? defaultAudience);
  if (!audience) throw new UsageError('site/bad-audience', { value: values.audience ?? '' });
  const base = parseBasePath(values.base ?? '/');
  if (!base) throw new UsageError('site/bad-base', { value: values.base ?? '' });
  const contentRoot = values.root ? resolve(context.cwd, values.root) : context.root;
  const outDir = resolve(context.cwd, values.out ?? resolve(context.root, defaultOutDir(audience)));
  for (const kept of [PROJECT_ROOT, contentRoot])
    if (!isOutside(outDir, kept)) throw new UsageError('site/unsafe-out', { value: outDir });
  if (!isReplaceableOutDir(outDir)) throw new UsageError('site/out-not-a-site', { value: outDir });
  const port = values.port === undefined ? undefined : parseCount('port', values.port);
  return { settings: { projectRoot: PROJECT_ROOT, contentRoot, audience, base, outDir }, port };
}

/** True when `dir` is neither `kept` nor one of its ancestors (emptying it would not touch `kept`). */
function isOutside(dir: string, kept: string): boolean {
  const path = relative(dir, kept);
  return path.startsWith('..') || isAbsolute(path);
}

export async function runSiteBuild(args: string[], context: Context): Promise<number> {
  const { settings } = parseSiteSettings('build', args, context);
  return (await buildAndReport(settings, context)) ? EXIT.ok : EXIT.problems;
}

export async function runSiteStart(args: string[], context: Context): Promise<number> {
  const { settings, port } = parseSiteSettings('start', args, context);
  if (!(await buildAndReport(settings, context))) return EXIT.problems;
  const server = await serveSite(settings, port);
  context.out(context.t('site/serving', { url: server.url }));
  await server.closed;
  return EXIT.ok;
}

async function buildAndReport(settings: SiteBuildSettings, context: Context): Promise<boolean> {
  context.err(context.t('site/building', { audience: settings.audience, out: settings.outDir }));
  const result = await buildSite(settings, { searchPartPages: readSearchPartPages(context) });
  if (result.searchErrors.length > 0)
    context.err(context.t('site/search-errors', { errors: result.searchErrors.join('; ') }));
  context.out(
    context.t('site/built', {
      out: result.outDir,
      astro: result.seconds.astro.toFixed(1),
      search: result.seconds.search.toFixed(1),
      pages: result.searchPages,
    }),
  );
  return result.searchErrors.length === 0;
}

/**
 * `DOCKET_SEARCH_PART_PAGES`: pages per search index part (default 3,000, see
 * adapters/pagefind-index.ts); smaller parts use less memory and give the search page more to merge.
 */
function readSearchPartPages(context: Context): number | undefined {
  const value = context.env['DOCKET_SEARCH_PART_PAGES'];
  if (value === undefined || value === '') return undefined;
  const pages = parseCount('DOCKET_SEARCH_PART_PAGES', value);
  if (pages === 0)
    throw new UsageError('usage/bad-value', {
      option: 'DOCKET_SEARCH_PART_PAGES',
      value,
      expected: '1, 2, 3 …',
    });
  return pages;
}
