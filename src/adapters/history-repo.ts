/**
 * Writes a new git repository one commit at a time (the demo history). simple-git with argument
 * arrays only; each commit's author, committer and dates reach git through the six
 * `GIT_AUTHOR_*` / `GIT_COMMITTER_*` variables, which simple-git passes on only when they are
 * listed in `allowEnvironment`; the rest of the environment is PATH and HOME only (an ambient
 * `GIT_DIR` or `EDITOR` must not leak in). Never touches any repository but the one at `dir`.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { simpleGit } from 'simple-git';
import { writeFileAtomic } from './fs.ts';

export interface CommitToWrite {
  author: { name: string; email: string };
  /** ISO 8601 with offset; used as both author and committer date. */
  date: string;
  message: string;
  writes: readonly { path: string; text: string }[];
}

const IDENTITY_VARIABLES = [
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_AUTHOR_DATE',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
  'GIT_COMMITTER_DATE',
];

/** True when `dir` does not exist or holds nothing. */
export function isMissingOrEmpty(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/** `git init` on branch `main` in `dir` (created if missing). */
export async function initRepository(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await simpleGit({ baseDir: dir }).raw(['init', '--quiet', '--initial-branch=main']);
}

/** Copies files byte for byte (attachments are binary); paths are `/`-separated and relative to each root. */
export function copyFiles(fromRoot: string, toRoot: string, paths: readonly string[]): void {
  for (const path of paths) {
    mkdirSync(dirname(join(toRoot, path)), { recursive: true });
    copyFileSync(join(fromRoot, path), join(toRoot, path));
  }
}

/**
 * Writes the commit's files, stages everything, and commits as its author on its date. Hooks and
 * signing are off (the user's global configuration must not change the result); a commit with
 * no change is still made, so the history has exactly the planned commits.
 */
export async function writeCommit(dir: string, commit: CommitToWrite): Promise<void> {
  for (const { path, text } of commit.writes) writeFileAtomic(dir, path, text, 'replace');
  const { name, email } = commit.author;
  const git = simpleGit({ baseDir: dir, allowEnvironment: IDENTITY_VARIABLES }).env({
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_AUTHOR_DATE: commit.date,
    GIT_COMMITTER_NAME: name,
    GIT_COMMITTER_EMAIL: email,
    GIT_COMMITTER_DATE: commit.date,
  });
  await git.raw(['add', '--all', '--', '.']);
  await git.raw([
    '-c',
    'commit.gpgSign=false',
    'commit',
    '--quiet',
    '--no-verify',
    '--allow-empty',
    '--cleanup=verbatim',
    '--message',
    commit.message,
  ]);
}
