/**
 * A site whose search index comes in parts (as a 10,000-document site's does: see
 * src/adapters/pagefind-index.ts), searched in Chromium through the site's own search page: the
 * page merges every part of its language, and only of its language, with links that work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { serveFolder, type StaticServer } from '../../scripts/browser/static-server.ts';
import { PROJECT_ROOT } from '../helpers/repo.ts';
import { idsTitled, searchSite } from './helpers/search-ui.ts';
import { buildSiteOnce } from './helpers/site-build.ts';
import { loadContent } from './leak/confidential-values.ts';

const documents = (await loadContent(PROJECT_ROOT)).documents;
let browser: Browser;
let server: StaticServer;
let page: Page;
let parts: Record<string, string[]>;

beforeAll(async () => {
  const site = buildSiteOnce({
    key: 'demo-internal-search-parts',
    root: PROJECT_ROOT,
    audience: 'internal',
    env: { DOCKET_SEARCH_PART_PAGES: '10' },
  });
  parts = JSON.parse(readFileSync(join(site.dir, 'pagefind', 'parts.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  server = await serveFolder(site.dir, site.base);
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

/** IDs of the documents whose title matches, wherever the index holds them. */
const titled = (pattern: RegExp) => idsTitled(documents, pattern);

const idsIn = (hrefs: readonly string[]) =>
  new Set(hrefs.map((href) => /\/([A-Z]+-\d+)\/$/.exec(href)?.[1] ?? href));

test('the index really is in several parts of each language', () => {
  expect(parts['zh-cn']?.length).toBeGreaterThan(2);
  expect(parts['en']?.length).toBeGreaterThan(2);
});

test('a Chinese term finds its documents in every part, on zh-CN pages only', async () => {
  const expected = titled(/冷链/);
  expect(expected.length).toBeGreaterThan(1);
  const hrefs = (await searchSite(page, server.url, '冷链')).map((result) => result.href);
  expect([...idsIn(hrefs)].sort()).toEqual(expect.arrayContaining(expected.sort()));
  expect(hrefs.every((href) => /^\/(requirements|changes|customers|releases)\//.test(href))).toBe(
    true,
  );
});

test('an English word finds its documents in every part, on English pages only', async () => {
  const expected = titled(/invoicing/i);
  expect(expected.length).toBeGreaterThan(0);
  const hrefs = (await searchSite(page, new URL('en/', server.url).href, 'invoicing')).map(
    (result) => result.href,
  );
  expect([...idsIn(hrefs)].sort()).toEqual(expect.arrayContaining(expected.sort()));
  expect(
    hrefs.every((href) => /^\/en\/(requirements|changes|customers|releases)\//.test(href)),
  ).toBe(true);
});
