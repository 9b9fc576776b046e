/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser and use its DOM types.
/**
 * Issue 5, point 10: the internal site built from the demo content, used in Chromium as a person
 * would: navigation from the dashboard to a customer, list filters and sorting, switching
 * language. Expected values come from the demo content, not from the site.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { serveFolder, type StaticServer } from '../../scripts/browser/static-server.ts';
import { PROJECT_ROOT } from '../helpers/repo.ts';
import { watchContext, type PageEvents } from './helpers/page-watch.ts';
import { idsTitled, searchSite } from './helpers/search-ui.ts';
import { buildSiteOnce } from './helpers/site-build.ts';
import { loadContent } from './leak/confidential-values.ts';

const documents = (await loadContent(PROJECT_ROOT)).documents;
const REQUIREMENT = documents.find((document) => document.id === 'REQ-0001');
const CUSTOMER = documents.find((document) => document.id === REQUIREMENT?.data['customer']);

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let events: PageEvents;
let page: Page;

beforeAll(async () => {
  const site = buildSiteOnce({
    key: 'demo-internal',
    root: PROJECT_ROOT,
    audience: 'internal',
  });
  server = await serveFolder(site.dir, site.base);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  events = await watchContext(context);
  page = await context.newPage();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

const url = (path: string) => new URL(path, server.url).href;

describe('navigation', () => {
  test('dashboard → requirements → a requirement → its customer', async () => {
    expect(REQUIREMENT && CUSTOMER).toBeTruthy();
    await page.goto(server.url);
    await page.locator('header nav a[href$="/requirements/"]').click();
    await expect.poll(() => page.url()).toBe(url('requirements/'));
    await page.locator('main a', { hasText: 'REQ-0001' }).first().click();
    await expect.poll(() => page.url()).toBe(url('requirements/REQ-0001/'));
    expect(await page.locator('h1').innerText()).toContain(String(REQUIREMENT?.data['title']));
    await page
      .locator(`main a[href$="/customers/${CUSTOMER?.id ?? ''}/"]`)
      .first()
      .click();
    expect(await page.locator('h1').innerText()).toContain(String(CUSTOMER?.data['name']));
    expect(events.pageErrors).toEqual([]);
  });
});

describe('the requirements list', () => {
  const visibleRows = () => page.locator('table[data-filterable] tbody tr:not([hidden])');

  test('filters by state and by text, and says how many rows it shows', async () => {
    await page.goto(url('requirements/'));
    const requirements = documents.filter((document) => document.kind === 'requirement');
    expect(await visibleRows().count()).toBe(requirements.length);
    await page.locator('select[name="state"]').selectOption('closed');
    const closed = requirements.filter((document) => document.data['status'] === 'closed');
    expect(await visibleRows().count()).toBe(closed.length);
    expect(await page.locator('.list-status').innerText()).toContain(String(closed.length));
    await page.locator('select[name="state"]').selectOption('');
    await page.locator('form.filters input[name="text"]').fill('REQ-0001');
    expect(await visibleRows().allInnerTexts()).toEqual([expect.stringContaining('REQ-0001')]);
  });

  test('sorts by a column when its heading is clicked', async () => {
    await page.goto(url('requirements/'));
    const ids = () => visibleRows().locator('td:first-child').allInnerTexts();
    await page.locator('th[data-sort="id"] button').click();
    await page.locator('th[data-sort="id"] button').click();
    const descending = await ids();
    expect(descending).toEqual([...descending].sort().reverse());
    expect(await page.locator('th[data-sort="id"]').getAttribute('aria-sort')).toBe('descending');
  });
});

describe('languages', () => {
  test('switches from Chinese to English and back on a document page', async () => {
    await page.goto(url('requirements/REQ-0001/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.locator('header a[hreflang="en"]').click();
    await expect.poll(() => page.url()).toBe(url('en/requirements/REQ-0001/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('header a[hreflang="zh-CN"]').click();
    await expect.poll(() => page.url()).toBe(url('requirements/REQ-0001/'));
  });
});

describe('search', () => {
  const titled = (pattern: RegExp) => idsTitled(documents, pattern);

  test('a two-character Chinese term finds every document with it in the title', async () => {
    const expected = titled(/冷链/);
    expect(expected.length).toBeGreaterThan(1);
    const results = await searchSite(page, server.url, '冷链');
    const found = results.map((result) => result.href);
    for (const id of expected)
      expect(
        found.some((href) => href.includes(`/${id}/`)),
        id,
      ).toBe(true);
    expect(found.every((href) => !href.startsWith('/en/'))).toBe(true);
  });

  test('an English word finds its documents on the English site', async () => {
    const expected = titled(/invoicing/i);
    expect(expected.length).toBeGreaterThan(0);
    const results = await searchSite(page, url('en/'), 'invoicing');
    const found = results.map((result) => result.href);
    for (const id of expected)
      expect(
        found.some((href) => href.includes(`/en/`) && href.includes(`/${id}/`)),
        id,
      ).toBe(true);
  });
});
