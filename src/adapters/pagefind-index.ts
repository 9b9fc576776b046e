/**
 * Builds the Pagefind search index of a built site into <site>/pagefind. Pagefind picks each
 * page's language from <html lang> (zh-CN pages get Chinese word segmentation).
 *
 * Pagefind holds a whole index in memory while writing it: about 0.4 MB per Chinese page, so
 * 10,000 documents in one index pass 4 GiB. So only the document pages are read, in parts of
 * at most `partPages` pages of one language, each indexed by a fresh Pagefind process that exits
 * before the next starts. The first part of each language makes the main bundle (pagefind/);
 * further parts are bundles under pagefind/parts/, listed in pagefind/parts.json for the search
 * page to merge (Pagefind's mergeIndex): the same pages are found, part by part.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

export interface IndexResult {
  pages: number;
  errors: string[];
}

export interface SearchScope {
  /** Folders of the built site whose `<id>/index.html` pages are indexed, of one language. */
  folders: readonly string[];
}

/** Pages per part: ~1.3 GB for Chinese pages, whatever the size of the site. */
export const DEFAULT_PART_PAGES = 3000;

const BUNDLE = 'pagefind';
const PARTS = 'parts';
/** The list of extra parts, by Pagefind language key (`zh-cn`, `en`): read by public/search.js. */
export const PARTS_MANIFEST = 'parts.json';

export async function writeSearchIndex(
  siteDir: string,
  scopes: readonly SearchScope[],
  partPages = DEFAULT_PART_PAGES,
): Promise<IndexResult> {
  const bundle = join(siteDir, BUNDLE);
  const scratch = join(siteDir, `.${BUNDLE}-parts`);
  rmSync(scratch, { recursive: true, force: true });
  const result: IndexResult = { pages: 0, errors: [] };
  const manifest: Record<string, string[]> = {};
  try {
    const parts = scopes.flatMap((scope) => splitParts(listPages(siteDir, scope), partPages));
    // No document at all: an empty index still gives the search page its script.
    if (parts.length === 0) parts.push([]);
    for (const [number, pages] of parts.entries()) {
      const out = join(scratch, String(number));
      const part = await indexPart(siteDir, pages, out);
      result.pages += part.pages;
      result.errors.push(...part.errors);
      if (existsSync(join(out, 'pagefind-entry.json'))) placePart(out, bundle, manifest);
    }
    mkdirSync(bundle, { recursive: true });
    writeFileSync(join(bundle, PARTS_MANIFEST), `${JSON.stringify(manifest)}\n`);
    return result;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Site-relative paths of the document pages of one language, sorted. */
function listPages(siteDir: string, scope: SearchScope): string[] {
  return scope.folders.flatMap((folder) => {
    const dir = join(siteDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
      .map((entry) => `${folder}/${entry.name}/index.html`)
      .sort();
  });
}

function splitParts(pages: readonly string[], size: number): string[][] {
  const parts: string[][] = [];
  for (let start = 0; start < pages.length; start += size)
    parts.push(pages.slice(start, start + size));
  return parts;
}

/** One Pagefind process for one part: started, fed, written, ended (its memory with it). */
async function indexPart(siteDir: string, pages: readonly string[], out: string) {
  const errors: string[] = [];
  let count = 0;
  try {
    const { index, errors: failed } = await createIndex({});
    errors.push(...failed);
    if (!index) return { pages: 0, errors };
    for (let start = 0; start < pages.length; start += 64) {
      const batch = pages.slice(start, start + 64).map((sourcePath) =>
        index.addHTMLFile({
          sourcePath,
          content: readFileSync(join(siteDir, sourcePath), 'utf8'),
        }),
      );
      for (const added of await Promise.all(batch)) {
        errors.push(...added.errors);
        if (added.errors.length === 0) count++;
      }
    }
    errors.push(...(await index.writeFiles({ outputPath: out })).errors);
    return { pages: count, errors };
  } finally {
    await close();
  }
}

interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
}

function readEntry(dir: string): PagefindEntry {
  return JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
}

/**
 * The first part of a language joins the main bundle (its files are named by content hash, and
 * the entry file lists every language); a further part becomes a bundle of its own.
 */
function placePart(out: string, bundle: string, manifest: Record<string, string[]>): void {
  const entry = readEntry(out);
  const language = Object.keys(entry.languages)[0];
  if (!existsSync(bundle)) {
    cpSync(out, bundle, { recursive: true });
    if (language !== undefined) manifest[language] = [];
    return;
  }
  if (language === undefined) return;
  const extra = manifest[language];
  if (extra === undefined) {
    const main = readEntry(bundle);
    cpSync(out, bundle, { recursive: true, force: false });
    main.languages = { ...main.languages, ...entry.languages };
    writeFileSync(join(bundle, 'pagefind-entry.json'), JSON.stringify(main));
    manifest[language] = [];
    return;
  }
  const path = `${PARTS}/${language}-${extra.length + 2}/`;
  mkdirSync(join(bundle, PARTS), { recursive: true });
  cpSync(out, join(bundle, path), { recursive: true });
  extra.push(path);
}
