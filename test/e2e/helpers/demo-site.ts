/**
 * The demo content's sites for the walkthrough tests: each audience built once per run (shared
 * with the other e2e files), served, and the demo documents to derive expected values from.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/browser/chromium.ts';
import { serveFolder, type StaticServer } from '../../../scripts/browser/static-server.ts';
import type { LoadedDocument } from '../../../src/core/repository.ts';
import { PROJECT_ROOT } from '../../helpers/repo.ts';
import { loadContent } from '../leak/confidential-values.ts';
import { watchContext, type PageEvents } from './page-watch.ts';
import { buildSiteOnce } from './site-build.ts';

export interface DemoSite {
  server: StaticServer;
  page: Page;
  events: PageEvents;
  url: (path: string) => string;
}

export interface DemoSites {
  browser: Browser;
  documents: readonly LoadedDocument[];
  open(audience: string): Promise<DemoSite>;
  close(): Promise<void>;
}

export async function openDemoSites(): Promise<DemoSites> {
  const { documents } = await loadContent(PROJECT_ROOT);
  const browser = await launchChromium();
  const servers: StaticServer[] = [];
  const contexts: BrowserContext[] = [];
  return {
    browser,
    documents,
    async open(audience) {
      const key = `demo-${audience.replace(':', '-')}`;
      const site = buildSiteOnce({ key, root: PROJECT_ROOT, audience });
      const server = await serveFolder(site.dir, site.base);
      servers.push(server);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      const events = await watchContext(context);
      const page = await context.newPage();
      return { server, page, events, url: (path) => new URL(path, server.url).href };
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      for (const server of servers) await server.close();
    },
  };
}

/** The IDs in the first column of the rows a locator selects. */
export async function idsIn(page: Page, rows: string): Promise<string[]> {
  return (await page.locator(`${rows} td:first-child`).allInnerTexts()).map((text) => text.trim());
}
