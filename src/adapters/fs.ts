/** Filesystem adapter: listing, reading and atomic writing. Paths given out are `/`-separated and relative to the root. */
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** Every file below `dir` (relative to `root`), sorted, skipping dot-folders such as `.git`. */
export function listFiles(root: string, dir: string): string[] {
  return walkFiles(root, dir).files;
}

/**
 * Walks the tree without following symbolic links: a link loop would never end, and a link out of
 * the repository would let a pull request point checks (or renumber's writes) anywhere. Links are
 * returned separately so the caller can report them.
 */
export function walkFiles(root: string, dir: string): { files: string[]; symlinks: string[] } {
  const files: string[] = [];
  const symlinks: string[] = [];
  const pending = existsSync(join(root, dir)) ? [dir === '.' ? '' : dir] : [];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const entry of readdirSync(join(root, current), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = current ? `${current}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) symlinks.push(path);
      else if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) files.push(path);
    }
  }
  return { files: files.sort(), symlinks: symlinks.sort() };
}

export function readBytes(root: string, path: string): Uint8Array {
  return readFileSync(join(root, path));
}

export function readText(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

export function fileExists(root: string, path: string): boolean {
  return existsSync(join(root, path));
}

/** Finds the repository root: the nearest folder at or above `start` that has content/config. */
export function findRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'content', 'config'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Writes through a temporary file so a crash never leaves half a document. `create` refuses to
 * replace an existing file: the final step is a hard link, which fails atomically if the name is
 * taken (a plain exists-check would race with another writer).
 */
export function writeFileAtomic(
  root: string,
  path: string,
  text: string,
  mode: 'create' | 'replace',
): void {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, text, { flag: 'wx' });
  try {
    if (mode === 'create') linkSync(temporary, target);
    else renameSync(temporary, target);
  } finally {
    if (existsSync(temporary)) unlinkSync(temporary);
  }
}

/** A second name for a file, byte for byte; fails if `to` exists. With removeFile, a move that never loses the file. */
export function linkFile(root: string, from: string, to: string): void {
  mkdirSync(dirname(join(root, to)), { recursive: true });
  linkSync(join(root, from), join(root, to));
}

export function removeFile(root: string, path: string): void {
  unlinkSync(join(root, path));
}

/** Removes `dir` and the folders above it up to (not including) `stop`, as long as they are empty. */
export function removeEmptyFolders(root: string, dir: string, stop: string): void {
  for (
    let current = dir;
    current.startsWith(`${stop}/`);
    current = current.slice(0, current.lastIndexOf('/'))
  ) {
    const absolute = join(root, current);
    if (!existsSync(absolute) || readdirSync(absolute).length > 0) return;
    rmdirSync(absolute);
  }
}

/**
 * The file's bytes, or undefined when `path` is a symbolic link (or anything but a plain file):
 * callers that rewrite files must not write through a link or turn it into a plain file.
 */
export function readPlainFileBytes(root: string, path: string): Uint8Array | undefined {
  const absolute = join(root, path);
  if (!lstatSync(absolute).isFile()) return undefined;
  return readFileSync(absolute);
}
