/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser and use its DOM types.
/**
 * Drives the site's search box as a person does: open the search page, type, wait for results.
 * Returns each result's text (title and excerpt).
 */
import type { Page } from 'playwright-core';

const SEARCH_INPUT = 'input[type="search"]';
const RESULT = '[data-search-result]';

export async function searchSite(page: Page, siteUrl: string, query: string): Promise<string[]> {
  await page.goto(new URL('search/', siteUrl).href);
  await page.locator(SEARCH_INPUT).first().fill(query);
  await page.locator(RESULT).first().waitFor({ timeout: 15_000 });
  return page.locator(RESULT).allInnerTexts();
}
