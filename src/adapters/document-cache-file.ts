/**
 * The document cache kept in the clone's git directory (`.git/docket/documents.json`), never in
 * the work tree. JSON, because it loads twice as fast as v8's serializer here (14 MB at 10,000
 * documents: 0.11 s against 0.27 s); an outcome holding a value JSON cannot carry (`.inf`, `.nan`,
 * `-0` in YAML) is simply not cached. The whole file is keyed by Docket's own code and by the schemas, so a change to
 * either starts it empty. Anything wrong with the file (missing, truncated, written by another
 * version) is an empty cache, and a failed write only costs the next run its speed: the cache can
 * make a check faster, never change its answer.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleGit } from 'simple-git';
import type { CachedOutcome, DocumentCache } from '../core/ports/document-cache.ts';

/** Bump when the stored shape changes. */
const FORMAT = 'docket-documents-1';
const SOURCE_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface StoredDocumentCache extends DocumentCache {
  /** An earlier run kept this cache for the same code and schemas (so they compiled then). */
  readonly known: boolean;
  /** Writes the outcomes this run used or made (the rest is dropped), when it made any. */
  save(): Promise<void>;
}

/** The cache file as read, before anyone knows which schemas it must match. */
export interface DocumentCacheFile {
  file: string | undefined;
  /** Docket's code and the cache format: the first part of the key. */
  code: string;
  key: string | undefined;
  entries: [string, CachedOutcome][];
}

/**
 * Reads the cache of the repository at `root`. Started early, it is read and parsed while the
 * caller's git commands run; `openDocumentCache` then checks it against the schemas.
 */
export async function readDocumentCache(root: string): Promise<DocumentCacheFile> {
  const code = hashSourceTree();
  const file = await cacheFile(root);
  const text = file === undefined ? undefined : readFile(file, 'utf8').catch(() => undefined);
  const empty = { file, code: `${FORMAT} ${await code}`, key: undefined, entries: [] };
  try {
    const stored: unknown = JSON.parse((await text) ?? 'null');
    if (
      Array.isArray(stored) &&
      typeof stored[0] === 'string' &&
      Array.isArray(stored[1]) &&
      stored[1].every(isEntry)
    )
      return { ...empty, key: stored[0], entries: stored[1] as [string, CachedOutcome][] };
  } catch {
    // missing or unreadable: start empty
  }
  return empty;
}

/** The cache for schemas identified by `schemasKey`: empty unless the file was kept for them. */
export function openDocumentCache(
  read: DocumentCacheFile,
  schemasKey: string,
): StoredDocumentCache {
  const key = `${read.code} ${schemasKey}`;
  const known = read.key === key && read.entries.length > 0;
  const stored = new Map(known ? read.entries : []);
  const used = new Map<string, CachedOutcome>();
  let added = false;
  return {
    known,
    get(entryKey) {
      const outcome = stored.get(entryKey);
      if (outcome) used.set(entryKey, outcome);
      return outcome;
    },
    set(entryKey, outcome) {
      if (!isJsonSafe(outcome)) return;
      added ||= !stored.has(entryKey);
      stored.set(entryKey, outcome);
      used.set(entryKey, outcome);
    },
    async save() {
      if (!read.file || !added) return;
      await writeStore(read.file, key, used).catch(() => undefined);
      added = false;
    },
  };
}

/** `<git dir>/docket/documents.json`; undefined outside a git repository. */
async function cacheFile(root: string): Promise<string | undefined> {
  try {
    const dir = await simpleGit({ baseDir: root }).raw(['rev-parse', '--git-common-dir']);
    return join(resolve(root, dir.trim()), 'docket', 'documents.json');
  } catch {
    return undefined;
  }
}

/** Written beside the old file and renamed over it: a reader never sees half a cache. */
async function writeStore(
  file: string,
  key: string,
  entries: ReadonlyMap<string, CachedOutcome>,
): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, JSON.stringify([key, [...entries]]));
    await rename(temporary, file);
  } finally {
    await rm(temporary, { force: true });
  }
}

/**
 * A digest of Docket's own source files and its locked dependencies (the YAML parser, ajv): what
 * the cached outcomes were computed by.
 */
async function hashSourceTree(): Promise<string> {
  const names = (await readdir(SOURCE_ROOT, { recursive: true }))
    .filter((file) => file.endsWith('.ts'))
    .sort();
  names.push('../package-lock.json');
  const texts = await Promise.all(
    names.map((name) => readFile(join(SOURCE_ROOT, name)).catch(() => '')),
  );
  const hash = createHash('sha256');
  for (const [index, text] of texts.entries()) hash.update(`${names[index]}\0`).update(text);
  return hash.digest('hex');
}

/**
 * Whether JSON gives back this value: finite numbers other than -0, no functions; a property set
 * to undefined comes back absent, which reads the same.
 */
function isJsonSafe(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.every(isJsonSafe);
  if (typeof value === 'object')
    return Object.values(value).every((item) => item === undefined || isJsonSafe(item));
  return false;
}

/** The shape `set` stores: anything else (a file edited by hand) makes the whole cache empty. */
function isEntry(entry: unknown): boolean {
  if (!Array.isArray(entry) || typeof entry[0] !== 'string') return false;
  const outcome = entry[1] as Partial<Record<string, unknown>> | null;
  if (typeof outcome !== 'object' || outcome === null || !Array.isArray(outcome['issues']))
    return false;
  if (outcome['ok'] === false) return true;
  return (
    outcome['ok'] === true &&
    typeof outcome['data'] === 'object' &&
    outcome['data'] !== null &&
    !Array.isArray(outcome['data']) &&
    Array.isArray(outcome['dataIssues']) &&
    Number.isInteger(outcome['frontMatterLine']) &&
    Number.isInteger(outcome['bodyLine'])
  );
}
