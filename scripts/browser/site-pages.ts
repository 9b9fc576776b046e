/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser and use its DOM types.
/** The pages of a built site, as paths a browser asks for (`requirements/REQ-0001/`). */
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import type { Page } from 'playwright-core';

export function listPages(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(folder, `${entry.parentPath}/${entry.name}`))
    .filter((path) => !path.startsWith('pagefind/'))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/**
 * The main pages of one language (`''` or `'en/'`): the dashboard, every page the site's
 * navigation names, the first document of each list, the tier review and the last release.
 */
export async function findMainPages(
  page: Page,
  siteUrl: string,
  pages: readonly string[],
  prefix: string,
): Promise<string[]> {
  await page.goto(new URL(prefix, siteUrl).href);
  const base = new URL(siteUrl).pathname;
  const sections = await page
    .locator('header nav a')
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
  const documentPages = ['requirements/', 'changes/', 'customers/', 'releases/'].map((list) =>
    pages.find((path) => path.startsWith(`${prefix}${list}`) && path !== `${prefix}${list}`),
  );
  // Pages reached from others rather than the navigation: the tier review (from the reports) and
  // the last release, whose page carries a redline against the one before.
  const releases = pages.filter(
    (path) => path.startsWith(`${prefix}releases/`) && path !== `${prefix}releases/`,
  );
  const linked = [pages.find((path) => path === `${prefix}reports/tier-review/`), releases.at(-1)];
  const all = [
    prefix,
    ...sections.map((path) => path.slice(base.length)),
    ...documentPages,
    ...linked,
  ];
  return [...new Set(all.filter((path): path is string => path !== undefined))];
}
