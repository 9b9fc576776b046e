/**
 * Chinese and English search over the built demo site, through the site's own Pagefind bundle.
 * Every expected answer is computed from content/ (which documents contain the term, which
 * customers are tier A), never typed from the output.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkingTreeSource } from '../../src/adapters/fs.ts';
import { loadRepository } from '../../src/app/load-repository.ts';
import type { LoadedDocument } from '../../src/core/repository.ts';
import { loadSiteSearch, restoreFetch, type SiteSearch } from '../helpers/pagefind.ts';
import { PROJECT_ROOT } from '../helpers/repo.ts';
import { buildDemoSite } from '../helpers/site-build.ts';

const SHOWN = new Set(['requirement', 'change', 'release', 'customer']);
const documents = (await loadRepository(createWorkingTreeSource(PROJECT_ROOT))).documents.filter(
  (document) => SHOWN.has(document.kind),
);

/** Everything a document page shows of the document itself: its front matter and body. */
const textOf = (document: LoadedDocument): string =>
  `${JSON.stringify(document.data)}\n${document.parsed.body}`.toLowerCase();

function idsContaining(term: string, keep: (document: LoadedDocument) => boolean = () => true) {
  return documents
    .filter((document) => keep(document) && textOf(document).includes(term.toLowerCase()))
    .map((document) => document.id)
    .sort();
}

const isRequirement = (document: LoadedDocument): boolean => document.kind === 'requirement';

const tierA = new Set(
  documents
    .filter((document) => document.kind === 'customer' && document.data['tier'] === 'A')
    .map((document) => document.id),
);

let site: string;
let zh: SiteSearch;
let en: SiteSearch;

/** Small parts, so that every search below goes through several merged index parts. */
const PART_PAGES = 20;

beforeAll(async () => {
  site = buildDemoSite('internal', { DOCKET_SEARCH_PART_PAGES: String(PART_PAGES) });
  zh = await loadSiteSearch(site, 'zh-CN');
  en = await loadSiteSearch(site, 'en');
}, 240_000);

afterAll(() => {
  restoreFetch();
  if (site) rmSync(dirname(site), { recursive: true, force: true });
});

const idsOf = (hits: readonly { meta: Record<string, string> }[]) =>
  hits.map((hit) => hit.meta['id']).sort();

describe('search in Chinese', () => {
  it('finds every requirement that mentions the two-character term 库存, and only those', async () => {
    const expected = idsContaining('库存', isRequirement);
    expect(expected.length).toBeGreaterThan(3);
    expect(idsOf(await zh.search('库存', { kind: 'requirement' }))).toEqual(expected);
  });

  it('narrows 库存 to tier-A customers’ requirements with the filters', async () => {
    const expected = idsContaining(
      '库存',
      (document) => document.kind === 'requirement' && tierA.has(String(document.data['customer'])),
    );
    expect(expected.length).toBeGreaterThan(0);
    const hits = await zh.search('库存', { kind: 'requirement', tier: 'A' });
    expect(idsOf(hits)).toEqual(expected);
    for (const hit of hits) expect(hit.filters['tier']).toEqual(['A']);
  });

  it('finds a quoted Chinese phrase only where it stands', async () => {
    const phrase = '安全库存';
    const expected = idsContaining(phrase, isRequirement);
    expect(expected.length).toBeGreaterThan(0);
    expect(idsOf(await zh.search(`"${phrase}"`, { kind: 'requirement' }))).toEqual(expected);
  });
});

describe('search in English', () => {
  it('finds an English phrase on the English pages', async () => {
    const phrase = 'customer statement';
    const expected = idsContaining(phrase, isRequirement);
    expect(expected.length).toBeGreaterThan(0);
    expect(idsOf(await en.search(`"${phrase}"`, { kind: 'requirement' }))).toEqual(expected);
  });

  it('answers each language from its own pages', async () => {
    const hits = await en.search('"customer statement"');
    for (const hit of hits) expect(hit.url).toMatch(/^\/en\//);
    for (const hit of await zh.search('库存')) expect(hit.url).not.toMatch(/^\/en\//);
  });
});

describe('what the index holds', () => {
  it('comes in parts of each language, all of them searched', async () => {
    const parts = JSON.parse(readFileSync(join(site, 'pagefind', 'parts.json'), 'utf8')) as Record<
      string,
      string[]
    >;
    const perLanguage = Math.ceil(documents.length / PART_PAGES);
    expect(parts['zh-cn']).toHaveLength(perLanguage - 1);
    expect(parts['en']).toHaveLength(perLanguage - 1);
    // Every document page is found by its own ID, whichever part holds it.
    const everyId = documents.map((document) => document.id).sort();
    for (const search of [zh, en]) {
      const found = await Promise.all(everyId.map(async (id) => idsOf(await search.search(id))));
      expect(everyId.filter((id, index) => !found[index]?.includes(id))).toEqual([]);
    }
  });

  it('keeps a field label apart from its value in what it indexes (and reads aloud)', async () => {
    const hits = (await en.search('requested')) as { content?: string }[];
    const content = hits.map((hit) => hit.content ?? '').join('\n');
    expect(content).toMatch(/Requested by: \S/);
    expect(content).not.toMatch(/Requested by[^\s:]/);
  });

  it('indexes document content, not the navigation, header or footer', async () => {
    // The site's name is in every page's header and footer, and in no document.
    expect(idsContaining('docket')).toEqual([]);
    expect(await en.search('docket')).toEqual([]);
    expect(await zh.search('docket')).toEqual([]);
  });

  it('offers filters for kind, state, priority, customer and tier', async () => {
    const filters = await zh.filters();
    expect(Object.keys(filters).sort()).toEqual(['customer', 'kind', 'priority', 'state', 'tier']);
    const kinds = Object.fromEntries(
      [...SHOWN].map((kind) => [
        kind,
        documents.filter((document) => document.kind === kind).length,
      ]),
    );
    expect(filters['kind']).toEqual(kinds);
    expect(filters['tier']?.['A']).toBeGreaterThan(0);
  });

  it('serves a search page per language that runs only the site’s own script', () => {
    for (const [path, lang] of [
      ['search/index.html', 'zh-CN'],
      ['en/search/index.html', 'en'],
    ] as const) {
      const html = readFileSync(join(site, path), 'utf8');
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toMatch(/<script[^>]+src="\/search\.js"/);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).toContain('data-pagefind="/pagefind/pagefind.js"');
    }
  });
});
