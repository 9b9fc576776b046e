/**
 * Real temporary git repositories for tests: commits with fixed authors and dates, branches and
 * `--no-ff` merges like GitHub's, and clean-up. Git runs with an argument array, hooks off.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface Author {
  name: string;
  email: string;
}

export const PM: Author = { name: '赵磊', email: 'zhaolei@example.com' };
export const DEV: Author = { name: '林涛', email: 'lintao@example.com' };

/** Runs git in `root` as `author` on `date` (ISO 8601); throws with git's stderr on failure. */
export function git(
  root: string,
  args: readonly string[],
  author: Author = PM,
  date = '2026-03-01T09:00:00+08:00',
): string {
  const result = spawnSync(
    'git',
    ['-c', 'commit.gpgSign=false', '-c', 'core.hooksPath=/dev/null', ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: root,
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_NAME: author.name,
        GIT_COMMITTER_EMAIL: author.email,
        GIT_COMMITTER_DATE: date,
      },
    },
  );
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** A new empty repository on branch `main`. */
export function createGitRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'docket-test-'));
  git(root, ['init', '--quiet', '--initial-branch=main']);
  return root;
}

/** Writes files (undefined deletes), stages everything and commits; returns the commit ID. */
export function commitFiles(
  root: string,
  files: Readonly<Record<string, string | Uint8Array | undefined>>,
  message: string,
  author: Author = PM,
  date?: string,
): string {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    if (content === undefined) rmSync(full, { force: true });
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }
  git(root, ['add', '--all', '--', '.'], author, date);
  git(root, ['commit', '--quiet', '--allow-empty', '--message', message], author, date);
  return git(root, ['rev-parse', 'HEAD']);
}

/** `git merge --no-ff` of `branch` into the current branch, as GitHub's merge button does. */
export function mergeBranch(
  root: string,
  branch: string,
  message: string,
  author: Author = PM,
  date?: string,
): string {
  git(root, ['merge', '--quiet', '--no-ff', '--message', message, branch], author, date);
  return git(root, ['rev-parse', 'HEAD']);
}

export function removeRepo(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
