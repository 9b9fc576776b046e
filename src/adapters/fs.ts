/** Filesystem adapter: listing, reading and atomic writing. Paths given out are `/`-separated and relative to the root. */
import {
  appendFileSync,
  closeSync,
  constants,
  existsSync,
  fstatSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  renameSync,
  rmSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  CONTENT_HEAD_BYTES,
  ContentSourceError,
  type ContentListing,
  type ContentRead,
  type ContentSource,
} from '../core/ports/content-source.ts';

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
 * returned separately so the caller can report them, and so is anything else that is neither a
 * file nor a folder (a pipe, a device), including `dir` itself when it is not a folder.
 */
export function walkFiles(root: string, dir: string): ContentListing {
  const listing = { files: [] as string[], symlinks: [] as string[], others: [] as string[] };
  const start = lstatOrUndefined(join(root, dir));
  if (!start) return listing;
  if (start.isSymbolicLink()) return { ...listing, symlinks: [dir] };
  if (!start.isDirectory()) return { ...listing, others: [dir] };
  const pending = [dir === '.' ? '' : dir];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const entry of readdirSync(join(root, current), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = current ? `${current}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) listing.symlinks.push(path);
      else if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) listing.files.push(path);
      else listing.others.push(path);
    }
  }
  return {
    files: listing.files.sort(),
    symlinks: listing.symlinks.sort(),
    others: listing.others.sort(),
  };
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
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

/** The absolute path of `path` under `root`; throws when the path would leave the root. */
function insideRoot(root: string, path: string): string {
  const inRepo = relative(root, resolve(root, path));
  if (inRepo === '' || inRepo === '..' || inRepo.startsWith(`..${sep}`) || isAbsolute(inRepo))
    throw new ContentSourceError('io', path, 'the path leaves the repository');
  return join(root, inRepo);
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
  const target = insideRoot(root, path);
  const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temporary, text, { flag: 'wx' });
    if (mode === 'create') linkSync(temporary, target);
    else renameSync(temporary, target);
  } catch (error) {
    // EEXIST is an answer (the name is taken), not a failure of the disk.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    throw toSourceError(path, error);
  } finally {
    // Also after a failed write (ENOSPC): never leave a 0-byte or partial .tmp file behind.
    rmSync(temporary, { force: true });
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

/** The working tree at `root` as a content source (see ContentSource for the contract). */
export function createWorkingTreeSource(root: string): ContentSource {
  return {
    label: 'working tree',
    listFiles: (dir) => guard(dir, () => walkFiles(root, dir)),
    readBytes: (path, maxBytes) => guard(path, () => readBoundedFile(root, path, maxBytes)),
    close: () => Promise.resolve(),
  };
}

function guard<T>(path: string, read: () => T): Promise<T> {
  try {
    return Promise.resolve(read());
  } catch (error) {
    return Promise.reject(toSourceError(path, error));
  }
}

/** An operating-system failure as data: the path and the OS's own reason (`EACCES: …`). */
export function toSourceError(path: string, error: unknown): ContentSourceError {
  if (error instanceof ContentSourceError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return new ContentSourceError('io', path, code ? `${code}: ${osReason(message)}` : message);
}

/** Node's message repeats the code and the path; keep the OS's words only. */
function osReason(message: string): string {
  const match = /^[A-Z]+: (.*?),/.exec(message);
  return match?.[1] ?? message;
}

// O_NOFOLLOW refuses a link in the last segment; O_NONBLOCK keeps a FIFO from hanging the open.
// (Windows has neither; there `| undefined` adds nothing.)
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/**
 * Reads a plain file, never through a symbolic link and never more than `maxBytes` (a link to
 * /dev/zero or a FIFO would otherwise exhaust memory or hang).
 */
export function readBoundedFile(root: string, path: string, maxBytes: number): ContentRead {
  let fd: number;
  try {
    fd = openSync(join(root, path), OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { type: 'missing' };
    if (code === 'ELOOP' || code === 'EISDIR') return { type: 'not-a-file' };
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { type: 'not-a-file' };
    if (stat.size > maxBytes)
      return { type: 'too-large', size: stat.size, head: readUpTo(fd, CONTENT_HEAD_BYTES) };
    return { type: 'bytes', bytes: readUpTo(fd, stat.size) };
  } finally {
    closeSync(fd);
  }
}

function readUpTo(fd: number, length: number): Uint8Array {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const read = readSync(fd, buffer, filled, length - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return buffer.subarray(0, filled);
}

/**
 * A small text file's contents, or undefined when it is missing, not a plain file (a link, a
 * FIFO, a device) or over `maxBytes`: the same guards as the loader, for quick looks at
 * configuration before anything is loaded.
 */
export function readSmallText(root: string, path: string, maxBytes: number): string | undefined {
  const read = readBoundedFile(root, path, maxBytes);
  return read.type === 'bytes' ? Buffer.from(read.bytes).toString('utf8') : undefined;
}

/**
 * A path typed by a user (relative to `cwd`) as a repository-relative path; undefined when it
 * leaves the repository or does not exist.
 */
export function toRepoPath(root: string, cwd: string, path: string): string | undefined {
  const absolute = resolve(cwd, path);
  const inRepo = toPosix(relative(root, absolute));
  if (inRepo === '..' || inRepo.startsWith('../') || isAbsolute(inRepo) || !existsSync(absolute))
    return undefined;
  return inRepo;
}

export function appendText(path: string, text: string): void {
  appendFileSync(path, text);
}
