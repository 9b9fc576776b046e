/** Git adapter (simple-git, argument arrays only). */
import { simpleGit } from 'simple-git';

/** Files changed on this branch since it left `base` (merge-base diff, as a pull request shows). */
export async function listChangedFiles(root: string, base: string): Promise<string[]> {
  const output = await simpleGit({ baseDir: root }).raw([
    'diff',
    '--name-only',
    '--no-renames',
    `${base}...HEAD`,
    '--',
  ]);
  return output.split('\n').filter(Boolean);
}

/** The full ID of the commit checked out at `root`; undefined outside git or before a commit. */
export async function readHeadCommit(root: string): Promise<string | undefined> {
  try {
    const output = await simpleGit({ baseDir: root }).raw(['rev-parse', '--verify', 'HEAD']);
    return output.trim() || undefined;
  } catch {
    return undefined;
  }
}
