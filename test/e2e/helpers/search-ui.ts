/**
 * Drives the site's search page as a person does: open it, type a query, submit, wait for the
 * result list. Returns each result's link target and text.
 */
import type { Page } from 'playwright-core';

export interface SearchResult {
  href: string;
  text: string;
}

const RESULTS = '#search-results .search-result';

/** Searches on `search/` under `siteUrl` (`…/en/` for the English index). */
export async function searchSite(
  page: Page,
  siteUrl: string,
  query: string,
): Promise<SearchResult[]> {
  await page.goto(new URL('search/', siteUrl).href);
  const input = page.locator('form[role="search"] input[type="search"]');
  await input.fill(query);
  await input.press('Enter');
  await page.locator(RESULTS).first().waitFor({ timeout: 15_000 });
  const results = page.locator(`${RESULTS} a`);
  const hrefs = await results.evaluateAll((links) =>
    links.map((link) => link.getAttribute('href') ?? ''),
  );
  const texts = await page.locator(RESULTS).allInnerTexts();
  return hrefs.map((href, index) => ({ href, text: texts[index] ?? '' }));
}
