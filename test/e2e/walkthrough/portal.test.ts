/// <reference lib="dom" />
/**
 * WALKTHROUGH flow 9 in the browser: a customer's representative opens the portal built for
 * their company (customer:CUS-001) and finds only their own requirements, change requests and
 * confirmation documents, in Chinese or English, and only their own row in the tier review
 * (flow 8's audiences); the public site has no tier review at all. Expected values come from the
 * demo content.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stringAt, stringsAt } from '../../../src/core/repository.ts';
import { idsIn, openDemoSites, type DemoSite, type DemoSites } from '../helpers/demo-site.ts';
import { searchSite } from '../helpers/search-ui.ts';

const CUSTOMER = 'CUS-001';

let sites: DemoSites;
let portal: DemoSite;
let publicSite: DemoSite;

beforeAll(async () => {
  sites = await openDemoSites();
  portal = await sites.open(`customer:${CUSTOMER}`);
  publicSite = await sites.open('public');
});
afterAll(async () => {
  await sites.close();
});

const ofKind = (kind: string) => sites.documents.filter((document) => document.kind === kind);
const isOwn = (id: string) =>
  sites.documents.find((document) => document.id === id)?.data['customer'] === CUSTOMER;
/** Its own requirements up to 秘密 (`confidential`), never 机密 (`secret`). */
const ownRequirements = () =>
  ofKind('requirement')
    .filter((document) => isOwn(document.id) && document.data['confidentiality'] !== 'secret')
    .map((document) => document.id)
    .sort();

describe('flow 9: a customer looks in', () => {
  test('the requirements list holds exactly its own requirements, in Chinese and in English', async () => {
    const { page, url } = portal;
    const expected = ownRequirements();
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(url(''));
    await page.locator('header nav a[href$="/requirements/"]').click();
    const rows = 'table[data-filterable] tbody tr';
    expect((await idsIn(page, rows)).sort()).toEqual(expected);
    await page.locator('header a[hreflang="en"]').click();
    await expect.poll(() => page.url()).toBe(url('en/requirements/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((await idsIn(page, rows)).sort()).toEqual(expected);
  });

  test('change requests and confirmation documents are its own only', async () => {
    const { page, url } = portal;
    await page.goto(url('changes/'));
    const changes = await idsIn(page, 'table[data-filterable] tbody tr');
    expect(changes.length).toBeGreaterThan(0);
    for (const id of changes) {
      const change = ofKind('change').find((document) => document.id === id);
      expect(stringsAt(change?.data ?? {}, 'requirements').some(isOwn), id).toBe(true);
    }
    await page.goto(url('print/'));
    const sheets = await page
      .locator('main a[href*="/print/confirmation/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.filter((href) => !href.includes(`/confirmation/${CUSTOMER}/`))).toEqual([]);
  });

  test('its search finds only its own documents', async () => {
    const { page, url } = portal;
    const own = ownRequirements();
    const title = stringAt(ofKind('requirement').find((d) => d.id === own[0])?.data ?? {}, 'title');
    const results = await searchSite(page, url(''), (title ?? '').slice(0, 2));
    const ids = results.map((result) => /(REQ-\d+|CR-\d+|REL-\d+|CUS-\d+)/.exec(result.href)?.[1]);
    expect(ids).toContain(own[0]);
    for (const id of ids.filter((found) => found?.startsWith('REQ-')))
      expect(own, id).toContain(id);
  });

  test('its tier review shows itself alone, without money figures', async () => {
    const { page, url } = portal;
    await page.goto(url('reports/'));
    await page.locator('main a[href$="/reports/tier-review/"]').click();
    const rows = page.locator('table.tier-review tbody tr');
    expect(await rows.evaluateAll((items) => items.map((row) => row.dataset['customer']))).toEqual([
      CUSTOMER,
    ]);
    expect(await page.locator('table.tier-review thead').innerText()).not.toContain('销售额');
  });
});

describe('the public site', () => {
  test('has no tier review and no link to one', async () => {
    const { page, url, server } = publicSite;
    await page.goto(url('reports/'));
    expect(await page.locator('a[href$="/reports/tier-review/"]').count()).toBe(0);
    const response = await page.goto(url('reports/tier-review/'));
    expect(response?.status()).toBe(404);
    expect(server.missing).toContain('/reports/tier-review/');
  });
});
