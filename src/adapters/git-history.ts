/**
 * The git-history port on a real repository: one `git log` pass (argument array, streamed: see
 * git-log-stream.ts) and one `git cat-file --batch` process for every object asked for, however
 * many.
 */
import { spawn } from 'node:child_process';
import {
  DIFF_ARGUMENTS,
  LOG_ARGUMENTS,
  parseRawDiff,
  type FileChange,
} from '../core/history-log.ts';
import type { GitHistory } from '../core/ports/git-history.ts';
import {
  gitEnvironment,
  GitStreamError,
  streamLogWithObjects,
  type LogWithObjects,
} from './git-log-stream.ts';

/** Git could not answer (not a repository, a shallow or broken clone): a setup problem, not a bug. */
export class GitHistoryError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'GitHistoryError';
  }
}

/**
 * Only documents matter to history. `--relative=content/` keeps the log to content/ (renames are
 * paired only inside it, as with a pathspec) in one tree diff per commit; a `-- content/` pathspec
 * costs a second one for history simplification, nearly doubling git's time.
 */
const CONTENT = 'content/';

export function openGitHistory(root: string): GitHistory {
  return {
    readLog: async () =>
      (
        await readContentLog(
          root,
          () => undefined,
          () => undefined,
        )
      ).commits,
    readLogWithObjects: (pick, read) => readContentLog(root, pick, read),
    readObjects: (names) => readObjectsInBatch(root, names),
    async readChanges(from, to, paths = []) {
      const args = [...DIFF_ARGUMENTS, '--end-of-options', from, to, '--', ...paths];
      const output = await runGit(root, args);
      if (output.code !== 0) throw new GitHistoryError(`git diff: ${output.stderr}`);
      return parseRawDiff(output.stdout.toString('utf8'));
    },
    resolveCommit: (revision) => resolveRevision(root, `${revision}^{commit}`),
  };
}

async function readContentLog<T>(
  root: string,
  pick: (change: FileChange) => string | undefined,
  read: (bytes: Uint8Array) => T,
): Promise<LogWithObjects<T>> {
  const inside = await runGit(root, ['rev-parse', '--show-prefix']);
  if (inside.code !== 0) throw new GitHistoryError(inside.stderr.trim() || 'not a git repository');
  // A repository without commits yet has an empty history, not a broken one.
  if ((await resolveHead(root)) === undefined) return { commits: [], objects: new Map() };
  // --relative names a folder from the top of the work tree, whatever the current folder.
  const folder = `${inside.stdout.toString('utf8').trim()}${CONTENT}`;
  const args = [...LOG_ARGUMENTS, `--relative=${folder}`];
  try {
    return await streamLogWithObjects(root, { args, pathPrefix: CONTENT, pick, read });
  } catch (error) {
    if (error instanceof GitStreamError) throw new GitHistoryError(error.message);
    throw error;
  }
}

/** A shallow clone: its oldest commit would pass for the creation of every document in it. */
export async function isShallowClone(root: string): Promise<boolean> {
  const output = await runGit(root, ['rev-parse', '--is-shallow-repository']);
  return output.code === 0 && output.stdout.toString('utf8').trim() === 'true';
}

function resolveHead(root: string): Promise<string | undefined> {
  return resolveRevision(root, 'HEAD^{commit}');
}

/** `rev-parse --verify --quiet`: a name that is no commit is undefined, not an error. */
async function resolveRevision(root: string, name: string): Promise<string | undefined> {
  const output = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', name]);
  if (output.code !== 0) return undefined;
  return output.stdout.toString('utf8').trim() || undefined;
}

/**
 * Feeds every name to one `cat-file --batch` and splits its answer: `<id> <type> <size>\n`, the
 * bytes, `\n`; or `<name> missing\n` (also `ambiguous`). Names holding a newline are never sent.
 */
async function readObjectsInBatch(
  root: string,
  names: readonly string[],
): Promise<Map<string, Uint8Array>> {
  const asked = [...new Set(names)].filter((name) => name !== '' && !/[\r\n]/.test(name));
  const objects = new Map<string, Uint8Array>();
  if (asked.length === 0) return objects;
  const output = await runGit(root, ['cat-file', '--batch'], `${asked.join('\n')}\n`);
  if (output.code !== 0) throw new GitHistoryError(`git cat-file --batch: ${output.stderr}`);
  let offset = 0;
  for (const name of asked) {
    const lineEnd = output.stdout.indexOf(0x0a, offset);
    if (lineEnd < 0) throw new GitHistoryError('git cat-file --batch: the answer ended early');
    const header = output.stdout.toString('utf8', offset, lineEnd).split(' ');
    offset = lineEnd + 1;
    const size = Number(header[2]);
    if (header.length !== 3 || !Number.isSafeInteger(size)) continue;
    objects.set(name, output.stdout.subarray(offset, offset + size));
    offset += size + 1;
  }
  return objects;
}

interface GitOutput {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs git with an argument array and no shell; hooks and pagers cannot start. */
function runGit(root: string, args: readonly string[], input?: string): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['--no-pager', ...args], {
      cwd: root,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      env: gitEnvironment(),
    });
    const chunks: Buffer[] = [];
    const errors: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk));
    child.on('error', (error) => {
      reject(new GitHistoryError(error.message));
    });
    child.on('close', (code) => {
      resolve({
        code,
        stdout: Buffer.concat(chunks),
        stderr: Buffer.concat(errors).toString('utf8'),
      });
    });
    // git closing its input early shows up as its exit code and stderr; the write error adds nothing.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}
