/**
 * The file operations a renumber needs, as a small port: the working tree implements it here, and
 * tests hand in a fake that fails part-way (test/helpers/failing-files.ts).
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileExists, linkFile, removeEmptyFolders, toSourceError, writeFileAtomic } from './fs.ts';

export interface RenumberFiles {
  exists(path: string): boolean;
  /** The text of a small file, or undefined when there is none. */
  readText(path: string): string | undefined;
  /** Creates `path` atomically; fails if it exists. */
  writeNew(path: string, text: string): void;
  /** Replaces `path` atomically. */
  replace(path: string, text: string): void;
  /** A second name for a file, byte for byte; fails if `to` exists. */
  link(from: string, to: string): void;
  /** Removes a file; nothing when it is already gone. */
  remove(path: string): void;
  removeEmptyFolders(dir: string, stop: string): void;
  /**
   * Creates the lock file exclusively, with this process's id. Undefined when acquired; otherwise
   * who holds it and whether that process still runs.
   */
  acquireLock(path: string): { pid: number; since: string; alive: boolean } | undefined;
}

export function createWorkingTreeFiles(root: string): RenumberFiles {
  return {
    exists: (path) => fileExists(root, path),
    readText: (path) =>
      fileExists(root, path) ? readFileSync(join(root, path), 'utf8') : undefined,
    writeNew: (path, text) => {
      writeFileAtomic(root, path, text, 'create');
    },
    replace: (path, text) => {
      writeFileAtomic(root, path, text, 'replace');
    },
    link: (from, to) => {
      linkFile(root, from, to);
    },
    remove: (path) => {
      rmSync(join(root, path), { force: true });
    },
    removeEmptyFolders: (dir, stop) => {
      removeEmptyFolders(root, dir, stop);
    },
    acquireLock: (path) => acquireLockFile(root, path),
  };
}

function acquireLockFile(
  root: string,
  path: string,
): { pid: number; since: string; alive: boolean } | undefined {
  let fd: number;
  try {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    fd = openSync(join(root, path), 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw toSourceError(path, error);
    return readHolder(root, path);
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
  } catch (error) {
    // A lock we could not write (a full disk) must not stay behind to block every later run.
    closeSync(fd);
    rmSync(join(root, path), { force: true });
    throw error;
  }
  closeSync(fd);
  return undefined;
}

function readHolder(root: string, path: string): { pid: number; since: string; alive: boolean } {
  let holder: { pid?: unknown; since?: unknown } | null = {};
  try {
    holder = JSON.parse(readFileSync(join(root, path), 'utf8')) as typeof holder;
  } catch {
    // An empty or torn lock file: its writer died before finishing it.
  }
  holder ??= {};
  const pid = typeof holder.pid === 'number' ? holder.pid : 0;
  const since = typeof holder.since === 'string' ? holder.since : '?';
  return { pid, since, alive: pid > 0 && isRunning(pid) };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
