/**
 * A git revision as a content source: one `git ls-tree` for the listing and one long-lived
 * `git cat-file --batch` for every blob. Nothing from the revision is executed or checked out.
 */
import { spawn } from 'node:child_process';
import { simpleGit } from 'simple-git';
import {
  ContentSourceError,
  isHiddenPath,
  type ContentListing,
  type ContentRead,
  type ContentSource,
} from '../core/ports/content-source.ts';
import { parseTreeListing, type TreeEntry } from '../core/git-tree.ts';
import { createBlobReader, type BlobReader } from './git-blobs.ts';

/** The folders a revision source lists; everything the loader reads lives below them. */
const TREE_ROOTS = ['content', 'schemas'];

/** A revision a user typed must never reach git as an option (`--output=…`). */
export function assertRevision(revision: string): void {
  if (revision === '' || revision.startsWith('-') || /[\0\n]/.test(revision))
    throw new ContentSourceError('bad-revision', revision, 'not a revision name');
}

/** The commit a revision names, as a full object id; a `bad-revision` error when it names none. */
export async function resolveCommit(root: string, revision: string): Promise<string> {
  assertRevision(revision);
  try {
    const output = await simpleGit({ baseDir: root }).raw([
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${revision}^{commit}`,
    ]);
    const commit = output.trim();
    if (/^[0-9a-f]{40,64}$/.test(commit)) return commit;
  } catch {
    // fall through: the revision names no commit
  }
  throw new ContentSourceError('bad-revision', revision, 'no such commit');
}

/**
 * Opens `revision` of the repository at `root`. Symbolic links in the tree (mode 120000) are
 * listed as links and never read through; submodules are skipped.
 */
export async function createRevisionSource(root: string, revision: string): Promise<ContentSource> {
  const commit = await resolveCommit(root, revision);
  const tree = await listTree(root, commit, TREE_ROOTS);
  const blobs = createSharedBlobReader(root);
  return sourceOverTree(revision, tree, blobs.get, blobs.close);
}

export interface OpenedCommit {
  /** Every file of the commit with its blob id (.github/ and configuration judged by path). */
  tree: ReadonlyMap<string, TreeEntry>;
  source: ContentSource;
}

/**
 * A commit already resolved to its full id: its whole tree and a source over it, from one
 * `git ls-tree`. Its blobs are read through `blobs` (one `git cat-file` can serve every commit of
 * a repository), which the caller closes.
 */
export async function openCommit(
  root: string,
  commit: string,
  blobs: () => BlobReader,
): Promise<OpenedCommit> {
  const tree = await listTree(root, commit, []);
  return { tree, source: sourceOverTree(commit, tree, blobs) };
}

/** A lazily started blob reader for `root`, and a way to close it if it was. */
export function createSharedBlobReader(root: string) {
  let blobs: BlobReader | undefined;
  return {
    get: () => (blobs ??= createBlobReader(root)),
    close: async () => {
      await blobs?.close();
    },
  };
}

function sourceOverTree(
  label: string,
  entries: ReadonlyMap<string, TreeEntry>,
  blobs: () => BlobReader,
  close: () => Promise<void> = () => Promise.resolve(),
): ContentSource {
  return {
    label,
    listFiles: (dir) => Promise.resolve(selectListing(entries, dir)),
    readBytes: async (path, maxBytes) => {
      const entry = entries.get(path);
      if (!entry) return isFolder(entries, path) ? { type: 'not-a-file' } : { type: 'missing' };
      if (entry.type !== 'blob' || entry.mode === '120000') return { type: 'not-a-file' };
      return readEntry(blobs(), entry, maxBytes);
    },
    objectId: (path) => {
      const entry = entries.get(path);
      return entry?.type === 'blob' && entry.mode !== '120000' ? entry.object : undefined;
    },
    close,
  };
}

/** An oversized blob is never held: the reader skips its bytes as they stream past. */
async function readEntry(
  blobs: BlobReader,
  entry: TreeEntry,
  maxBytes: number,
): Promise<ContentRead> {
  const read = await blobs.read(entry.object, maxBytes);
  if (read.type === 'too-large')
    return { type: 'too-large', size: read.size, head: new Uint8Array() };
  return read;
}

/** The best common ancestor of two commits; undefined when they share no history. */
export async function findMergeBase(
  root: string,
  base: string,
  head: string,
): Promise<string | undefined> {
  assertRevision(base);
  assertRevision(head);
  try {
    const output = await simpleGit({ baseDir: root }).raw([
      'merge-base',
      '--end-of-options',
      base,
      head,
    ]);
    const commit = output.trim();
    return /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined;
  } catch {
    return undefined;
  }
}

/** The full id of a commit that still exists here, or undefined (force-pushed away, never fetched). */
export async function findCommit(root: string, commit: string): Promise<string | undefined> {
  if (!/^[0-9a-f]{40,64}$/.test(commit)) return undefined;
  try {
    return await resolveCommit(root, commit);
  } catch {
    return undefined;
  }
}

async function listTree(
  root: string,
  commit: string,
  roots: readonly string[],
): Promise<Map<string, TreeEntry>> {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('git', ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...roots], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => {
      reject(new ContentSourceError('git', commit, error.message));
    });
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(chunks).toString('utf8'));
      else reject(new ContentSourceError('git', commit, stderr.trim() || `exit ${code}`));
    });
  });
  return new Map(parseTreeListing(output).map((entry) => [entry.path, entry]));
}

function selectListing(entries: ReadonlyMap<string, TreeEntry>, dir: string): ContentListing {
  const prefix = dir === '.' || dir === '' ? '' : `${dir}/`;
  const files: string[] = [];
  const symlinks: string[] = [];
  for (const entry of entries.values()) {
    if (!entry.path.startsWith(prefix) || isHiddenPath(entry.path)) continue;
    // A submodule (gitlink, type `commit`) is a link too: to another repository's commit.
    if (entry.mode === '120000' || entry.type === 'commit') symlinks.push(entry.path);
    else if (entry.type === 'blob') files.push(entry.path);
  }
  return { files: files.sort(), symlinks: symlinks.sort() };
}

function isFolder(entries: ReadonlyMap<string, TreeEntry>, path: string): boolean {
  for (const key of entries.keys()) if (key.startsWith(`${path}/`)) return true;
  return false;
}
