/**
 * Issue 5, points 9 and 10: on the main pages of the internal demo site, in both languages, no
 * console error, exception or missing file, and no serious or critical accessibility violation
 * (axe-core); a printable page prints on A4 without the site's navigation.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { serveFolder, type StaticServer } from '../../scripts/browser/static-server.ts';
import { PROJECT_ROOT } from '../helpers/repo.ts';
import { findSeriousA11yViolations } from './helpers/axe.ts';
import { watchContext } from './helpers/page-watch.ts';
import { buildSiteOnce } from './helpers/site-build.ts';
import { findMainPages, listPages } from '../../scripts/browser/site-pages.ts';

let browser: Browser;
let server: StaticServer;
let siteDir: string;
let pages: string[];
let mainPages: string[];

beforeAll(async () => {
  const site = buildSiteOnce({
    key: 'demo-internal',
    root: PROJECT_ROOT,
    audience: 'internal',
  });
  siteDir = site.dir;
  pages = listPages(site.dir);
  server = await serveFolder(site.dir, site.base);
  browser = await launchChromium();
  const page = await browser.newPage();
  mainPages = [
    ...(await findMainPages(page, server.url, pages, '')),
    ...(await findMainPages(page, server.url, pages, 'en/')),
  ];
  await page.close();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

const url = (path: string) => new URL(path, server.url).href;

test('every main page loads without a console error, an exception or a missing file', async () => {
  expect(mainPages.length).toBeGreaterThanOrEqual(16);
  const context = await browser.newContext();
  const events = await watchContext(context);
  const page = await context.newPage();
  for (const path of mainPages) await page.goto(url(path), { waitUntil: 'load' });
  await context.close();
  expect({
    console: events.consoleErrors,
    errors: events.pageErrors,
    missing: server.missing,
  }).toEqual({ console: [], errors: [], missing: [] });
});

/** Root-relative `href`/`src` targets of one built page, without query or fragment. */
function linkTargets(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="(\/(?!\/)[^"#?]*)/g)].map((match) => match[1] ?? '');
}

test('every link and asset on every page of the internal site names a built file', () => {
  const broken: string[] = [];
  let links = 0;
  for (const page of pages) {
    const html = readFileSync(
      join(siteDir, page, page === '' || page.endsWith('/') ? 'index.html' : ''),
      'utf8',
    );
    for (const target of linkTargets(html)) {
      links++;
      const file = join(siteDir, decodeURIComponent(target));
      const found =
        existsSync(file) && (!statSync(file).isDirectory() || existsSync(join(file, 'index.html')));
      if (!found) broken.push(`${page || '/'} → ${target}`);
    }
  }
  // Relationship records (visits, complaints…) have pages under their customer's folder.
  expect(pages.some((page) => /^customers\/CUS-\d+\/visits\/[^/]+\/$/.test(page))).toBe(true);
  expect(links).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});

test('axe-core finds no serious or critical violation on the main pages', async () => {
  // axe is injected as a script, which the site's Content-Security-Policy rightly refuses.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const violations: string[] = [];
  for (const path of mainPages) {
    await page.goto(url(path));
    violations.push(...(await findSeriousA11yViolations(page)).map((v) => `${path}: ${v}`));
  }
  await context.close();
  expect(violations).toEqual([]);
});

describe('printing', () => {
  async function printedPageSizes(page: Page): Promise<number[][]> {
    await page.emulateMedia({ media: 'print' });
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    return [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => [
      Number(match[1]),
      Number(match[2]),
    ]);
  }

  test.each([
    ['a 需求确认书', /^print\/confirmation\/CUS-[0-9]+\/REL-[0-9]+\/$/],
    ['a 需求变更确认单', /^print\/changes\/CR-[0-9]+\/$/],
  ])('%s prints on A4, without the site navigation', async (_, pattern) => {
    const printable = pages.find((path) => pattern.test(path));
    expect(printable).toBeDefined();
    const page = await browser.newPage();
    await page.goto(url(printable ?? ''));
    const sizes = await printedPageSizes(page);
    expect(await page.locator('header nav').first().isVisible()).toBe(false);
    await page.close();
    expect(sizes.length).toBeGreaterThan(0);
    // A4 is 210 × 297 mm: 595.28 × 841.89 points.
    for (const [width, height] of sizes) {
      expect(width).toBeCloseTo(595.28, 0);
      expect(height).toBeCloseTo(841.89, 0);
    }
  });
});
