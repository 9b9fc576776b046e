/// <reference lib="dom" />
/**
 * WALKTHROUGH flows 6, 7 and 8 done in the browser on the internal demo site, as the people in
 * them would: the release page's redline and a 需求确认书 to print (6), the Monday-morning
 * dashboard, weekly report and a filtered Chinese search (7), the yearly tier review and a
 * customer's tier history (8). Expected values come from the demo content or the CLI.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stringAt, stringsAt } from '../../../src/core/repository.ts';
import { git as runGit, PROJECT_ROOT, runDocket } from '../../helpers/repo.ts';
import { idsIn, openDemoSites, type DemoSite, type DemoSites } from '../helpers/demo-site.ts';

let sites: DemoSites;
let site: DemoSite;

beforeAll(async () => {
  sites = await openDemoSites();
  site = await sites.open('internal');
});
afterAll(async () => {
  await sites.close();
});

const documentOf = (id: string) => sites.documents.find((document) => document.id === id);
const ofKind = (kind: string) => sites.documents.filter((document) => document.kind === kind);
const sorted = (values: readonly string[]) => [...values].sort();

describe('flow 6: release and confirmation', () => {
  test('the release page redlines its requirements against the previous release', async () => {
    const { page, url } = site;
    await page.goto(url(''));
    await page.locator('header nav a[href$="/releases/"]').click();
    await page.locator('main a', { hasText: 'REL-002' }).first().click();
    await expect.poll(() => page.url()).toBe(url('releases/REL-002/'));
    const before = stringsAt(documentOf('REL-001')?.data ?? {}, 'requirements');
    const after = stringsAt(documentOf('REL-002')?.data ?? {}, 'requirements');
    const added = after.filter((id) => !before.includes(id));
    const removed = before.filter((id) => !after.includes(id));
    expect(added.length + removed.length).toBeGreaterThan(0);
    expect(sorted(await idsIn(page, '.release-diff tr.diff-added'))).toEqual(sorted(added));
    expect(sorted(await idsIn(page, '.release-diff tr.diff-removed'))).toEqual(sorted(removed));
    expect(await page.locator('.release-diff tr.diff-added ins').count()).toBe(added.length);
    const basis = await page.locator('.diff-basis li').allInnerTexts();
    expect(basis.map((line) => line.split(' ')[0])).toEqual(['REL-001', 'REL-002']);
  });

  test('a 需求确认书 per customer of the release, with IDs, criteria and the sign-off table', async () => {
    const { page, url } = site;
    const members = stringsAt(documentOf('REL-001')?.data ?? {}, 'requirements');
    const customer = stringAt(documentOf(members[0] ?? '')?.data ?? {}, 'customer') ?? '';
    const own = members.filter((id) => documentOf(id)?.data['customer'] === customer);
    await page.goto(url('releases/REL-001/'));
    await page.locator('.print-links a', { hasText: `${customer} · REL-001` }).click();
    await expect.poll(() => page.url()).toBe(url(`print/confirmation/${customer}/REL-001/`));
    const text = await page.locator('main').innerText();
    for (const id of own) {
      expect(text).toContain(id);
      const criteria = documentOf(id)?.data['acceptance_criteria'] as { text: string }[];
      expect(text).toContain(criteria[0]?.text.slice(0, 12));
    }
    expect(await page.locator('section.revisions').count()).toBe(1);
    expect(await page.locator('section.signoffs').count()).toBe(1);
    // The commit it was generated from (the QR code needs a repository address, unset here).
    const head = runGit(PROJECT_ROOT, 'rev-parse', 'HEAD').trim();
    expect(await page.locator('table.control code.commit').innerText()).toBe(head);
  });
});

describe('flow 7: Monday morning', () => {
  test('the dashboard counts by state and priority, lists what awaits approval and what is overdue', async () => {
    const { page, url } = site;
    await page.goto(url(''));
    for (const chart of ['#h-req-state', '#h-priority', '#h-overdue'])
      expect(await page.locator(chart).count(), chart).toBe(1);
    const awaiting = ofKind('change').filter(
      (change) => change.data['status'] === 'awaiting-approval',
    );
    expect(awaiting.length).toBeGreaterThan(0);
    const section = page.locator('section[aria-labelledby="h-awaiting"]');
    for (const change of awaiting)
      expect(await section.locator(`a[href$="/changes/${change.id}/"]`).count(), change.id).toBe(1);
    // Whose approval: the approval policy names the representative of each affected customer.
    const who = await section.locator('.awaiting-who').allInnerTexts();
    expect(who).toHaveLength(awaiting.length);
    awaiting.forEach((change, index) => {
      for (const requirement of stringsAt(change.data, 'requirements')) {
        const customer = documentOf(
          stringAt(documentOf(requirement)?.data ?? {}, 'customer') ?? '',
        );
        const name = stringAt(customer?.data ?? {}, 'short_name') ?? '';
        expect(who[index], change.id).toContain(name);
      }
    });
  });

  test('the reports page has this week’s progress report', async () => {
    const { page, url } = site;
    await page.goto(url(''));
    await page.locator('header nav a[href$="/reports/"]').click();
    const weeks = page.locator('section[aria-labelledby="h-progress-week"] tbody tr');
    expect(await weeks.count()).toBeGreaterThan(0);
    expect(await weeks.last().locator('th').innerText()).toMatch(/^\d{4}年第\d+周$/);
  });

  test('"库存" among tier-A customers finds their requirements about inventory', async () => {
    const { page, url } = site;
    const tierA = new Set(
      ofKind('customer')
        .filter((customer) => customer.data['tier'] === 'A')
        .map((customer) => customer.id),
    );
    const isTierA = (id: string) => tierA.has(String(documentOf(id)?.data['customer']));
    const expected = ofKind('requirement')
      .filter((document) => isTierA(document.id) && String(document.data['title']).includes('库存'))
      .map((document) => document.id);
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(url('search/?q=库存&kind=requirement&tier=A'));
    await page.locator('#search-results .search-result').first().waitFor({ timeout: 15_000 });
    const hrefs = await page
      .locator('#search-results .search-result a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const found = hrefs.map((href) => /requirements\/(REQ-\d+)\//.exec(href)?.[1] ?? href);
    expect(found.filter((id) => !isTierA(id))).toEqual([]);
    for (const id of expected) expect(found, id).toContain(id);
  });
});

describe('flow 8: the yearly tier review', () => {
  test('reports → tier review: suggested beside current and temporary tiers due, as the CLI says', async () => {
    const { page, url } = site;
    await page.goto(url('reports/'));
    await page.locator('main a[href$="/reports/tier-review/"]').click();
    await expect.poll(() => page.url()).toBe(url('reports/tier-review/'));
    const cli = runDocket(PROJECT_ROOT, ['list', 'customers', '--tier-review', '--format', 'json']);
    const items = (JSON.parse(cli.stdout) as { items: TierItem[] }).items;
    expect(items.length).toBe(ofKind('customer').length);
    for (const item of items) {
      const row = page.locator(`table.tier-review tr[data-customer="${item.customer}"]`);
      expect(await row.locator('.tier-suggested').innerText()).toBe(item.suggested ?? '—');
      expect(await row.locator('.tier-current').innerText()).toContain(item.current ?? '—');
      expect(await row.innerText()).toContain(item.temporary_due ? '⚠' : item.customer);
    }
    const due = items
      .filter((item) => item.differs || item.temporary_due)
      .map((item) => item.customer);
    const actions = page.locator('ul.tier-actions li');
    expect(
      await actions.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-customer'))),
    ).toEqual(due);
  });

  test('a customer page shows its tier history, and says where no sign-off record exists', async () => {
    const { page, url } = site;
    const customer = ofKind('customer')[0];
    await page.goto(url(`en/customers/${customer?.id ?? ''}/`));
    const created = page.locator('section.tier-history tbody tr.tier-created');
    expect(await created.count()).toBe(1);
    expect(await created.innerText()).toContain(`file created: ${String(customer?.data['tier'])}`);
    expect(await created.innerText()).toContain('No sign-off record');
    expect(await page.locator('.tier-review-line').innerText()).toContain('Suggested');
  });
});

interface TierItem {
  customer: string;
  suggested: string | null;
  current: string | null;
  differs: boolean;
  temporary_due: boolean;
}
