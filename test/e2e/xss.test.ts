/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser and use its DOM types.
/**
 * Issue 5, point 6: a site built from hostile content (test/e2e/fixtures/xss-corpus.ts) is opened
 * page by page in Chromium. Nothing may run (no sentinel call, dialog, `pwned` request or CSP
 * violation), nothing dangerous may remain in the DOM, and the hostile front-matter text must
 * still be shown, as text. A control page proves the listeners catch a payload that does run.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFixtureRepo } from '../helpers/repo.ts';
import { EXCERPT_WORD, HOSTILE_COMMIT, xssCorpusFiles } from './fixtures/xss-corpus.ts';
import { launchChromium } from '../../scripts/browser/chromium.ts';
import { findUnsafeDom, readCsp } from './helpers/dom-safety.ts';
import { watchContext, type PageEvents } from './helpers/page-watch.ts';
import { buildSiteOnce } from './helpers/site-build.ts';
import { listPages } from '../../scripts/browser/site-pages.ts';
import { serveFolder, type StaticServer } from '../../scripts/browser/static-server.ts';
import { searchSite } from './helpers/search-ui.ts';

let repo: string;
let browser: Browser;
let server: StaticServer;
let pages: string[];

function commitCorpus(root: string): void {
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  };
  git('init', '--quiet', '--initial-branch=main');
  git('add', '--all');
  git(
    '-c',
    `user.name=${HOSTILE_COMMIT.author}`,
    '-c',
    `user.email=${HOSTILE_COMMIT.email}`,
    'commit',
    '--quiet',
    '-m',
    HOSTILE_COMMIT.message,
  );
}

beforeAll(async () => {
  repo = createFixtureRepo(xssCorpusFiles());
  commitCorpus(repo);
  const site = buildSiteOnce({ key: 'xss-internal', root: repo, audience: 'internal' });
  pages = listPages(site.dir);
  server = await serveFolder(site.dir, site.base);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
  rmSync(repo, { recursive: true, force: true });
});

function expectNothingRan(events: PageEvents): void {
  expect({
    sentinel: events.sentinel,
    dialogs: events.dialogs,
    pwnedRequests: events.pwnedRequests,
    cspViolations: events.cspViolations,
    pageErrors: events.pageErrors,
  }).toEqual({ sentinel: [], dialogs: [], pwnedRequests: [], cspViolations: [], pageErrors: [] });
}

async function openContext(): Promise<{ context: BrowserContext; events: PageEvents }> {
  const context = await browser.newContext();
  return { context, events: await watchContext(context) };
}

describe('the site built from the XSS corpus', () => {
  test('has the pages of every hostile document', () => {
    for (const id of ['REQ-0001', 'REQ-0002', 'CR-0001', 'REL-001', 'CUS-001'])
      expect(pages.some((page) => page.includes(id))).toBe(true);
  });

  test('runs nothing and keeps nothing dangerous in the DOM, on every page', async () => {
    const { context, events } = await openContext();
    const page = await context.newPage();
    const unsafe: string[] = [];
    for (const path of pages) {
      await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
      await page.mouse.move(10, 10);
      await page.mouse.move(400, 300);
      unsafe.push(...(await findUnsafeDom(page)).map((problem) => `${path}: ${problem}`));
    }
    await page.waitForTimeout(300);
    await context.close();
    expectNothingRan(events);
    expect(unsafe).toEqual([]);
  });

  test('shows hostile front-matter values as text', async () => {
    const { context, events } = await openContext();
    const page = await context.newPage();
    const path = pages.find((candidate) => /REQ-0001\/?$/.test(candidate)) ?? '';
    await page.goto(new URL(path, server.url).href);
    const text = await page.locator('body').innerText();
    expect(text).toContain(`onerror=__xss('title-REQ-0001')`);
    expect(text).toContain(`onerror=__xss('acceptance')`);
    await context.close();
    expectNothingRan(events);
  });

  test('every page sets a Content-Security-Policy without inline scripts', async () => {
    const { context } = await openContext();
    const page = await context.newPage();
    for (const path of pages.slice(0, 5)) {
      await page.goto(new URL(path, server.url).href);
      const csp = await readCsp(page);
      expect(csp, path).toMatch(/script-src [^;]*'self'/);
      expect(csp, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    }
    await context.close();
  });

  test('search excerpts of hostile text run nothing', async () => {
    const { context, events } = await openContext();
    const page = await context.newPage();
    const results = await searchSite(page, server.url, EXCERPT_WORD);
    expect(results.length).toBeGreaterThan(0);
    expect(await findUnsafeDom(page)).toEqual([]);
    await page.waitForTimeout(300);
    await context.close();
    expectNothingRan(events);
  });
});

describe('the listeners', () => {
  test('catch a payload that does run, so silence above means something', async () => {
    const { context, events } = await openContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.setAttribute('src', 'x');
      image.addEventListener('error', () => {
        (window as unknown as { __xss: (label: string) => void }).__xss('control');
      });
      document.body.append(image);
    });
    // Wait for the image's error before replacing the document, or the handler may never run.
    await expect.poll(() => events.sentinel, { timeout: 15_000 }).toEqual(['control']);
    await page.setContent(`<a href="javascript:alert(1)">x</a>`);
    expect(await findUnsafeDom(page)).toHaveLength(1);
    await context.close();
  });
});
