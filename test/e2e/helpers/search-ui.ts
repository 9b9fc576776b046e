/**
 * Drives the site's search page as a person does: open it, type a query, submit, wait for the
 * result list. Returns each result's link target and text.
 */
import type { Page } from 'playwright-core';
import type { LoadedDocument } from '../../../src/core/repository.ts';

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

/** IDs of the documents whose title matches: what a search for that term must find. */
export function idsTitled(documents: readonly LoadedDocument[], pattern: RegExp): string[] {
  return documents
    .filter((document) => {
      const title = document.data['title'];
      return typeof title === 'string' && pattern.test(title);
    })
    .map((document) => document.id);
}
