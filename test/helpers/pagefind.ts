/**
 * Runs a built site's own search bundle (pagefind/pagefind.js) in Node, as a browser would:
 * `fetch` reads the bundle's files from disk, and `<html lang>` is stubbed so Pagefind loads the
 * index of that language (zh-CN gets Chinese word segmentation).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface SearchHit {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
}

export interface SiteSearch {
  search(term: string | null, filters?: Record<string, string>): Promise<SearchHit[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options: { filters: Record<string, string> },
  ): Promise<{ results: { data(): Promise<SearchHit> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const originalFetch = globalThis.fetch;

/** A fetch that serves file: URLs from disk (query strings dropped) and passes others on. */
function fileFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.protocol !== 'file:') return originalFetch(input, init);
  url.search = '';
  return readFile(fileURLToPath(url)).then((bytes) => new Response(bytes));
}

let loads = 0;

export async function loadSiteSearch(siteDir: string, lang: 'zh-CN' | 'en'): Promise<SiteSearch> {
  globalThis.fetch = fileFetch;
  const stub = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  Object.assign(globalThis, { document: stub });
  const bundle = pathToFileURL(join(siteDir, 'pagefind', 'pagefind.js'));
  // A fresh module per load: each holds one language's index.
  bundle.search = `?load=${++loads}`;
  try {
    const pagefind = (await import(bundle.href)) as PagefindModule;
    await pagefind.options({
      basePath: pathToFileURL(join(siteDir, 'pagefind/')).href,
      baseUrl: '/',
    });
    // As public/search.js does: merge the further parts of this language's index.
    const parts = JSON.parse(
      await readFile(join(siteDir, 'pagefind', 'parts.json'), 'utf8'),
    ) as Record<string, string[]>;
    for (const part of parts[lang.toLowerCase()] ?? [])
      await pagefind.mergeIndex(pathToFileURL(join(siteDir, 'pagefind', part)).href, {
        baseUrl: '/',
      });
    await pagefind.init();
    return {
      async search(term, filters = {}) {
        const found = await pagefind.search(term, { filters });
        return Promise.all(found.results.map((result) => result.data()));
      },
      filters: () => pagefind.filters(),
    };
  } finally {
    Reflect.deleteProperty(globalThis, 'document');
  }
}

/** Puts the real fetch back (call after the last search). */
export function restoreFetch(): void {
  globalThis.fetch = originalFetch;
}
