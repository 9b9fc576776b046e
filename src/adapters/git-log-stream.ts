/**
 * The log pass and the object reads at once: `git log` streams into the incremental parser, each
 * object the caller picks goes to one `git cat-file --batch` as soon as the log names it, and each
 * answer is handed to the caller's reader as it arrives. Git walks the history on one core while
 * the objects are read and parsed on the other, instead of one after the other.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { createGitLogParser, type FileChange, type LogCommit } from '../core/history-log.ts';

export interface LogWithObjects<T> {
  commits: LogCommit[];
  objects: Map<string, T>;
}

export interface LogStreamRequest<T> {
  /** `git log` arguments in the LOG_ARGUMENTS format. */
  args: readonly string[];
  /** The folder of a `--relative=FOLDER` log, put back before every path. */
  pathPrefix: string;
  /** The object to read for a change, if any (a blob ID). */
  pick: (change: FileChange) => string | undefined;
  /** Turns an object's bytes into what the map keeps. */
  read: (bytes: Uint8Array) => T;
}

/** Git failed (the reason is its stderr): the caller turns it into its own error. */
export class GitStreamError extends Error {}

/** Like simple-git: an ambient `GIT_DIR` or `GIT_INDEX_FILE` (in a hook, say) must not redirect git. */
export function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { GIT_TERMINAL_PROMPT: '0' };
  for (const [name, value] of Object.entries(process.env))
    if (!name.startsWith('GIT_')) env[name] = value;
  return env;
}

function spawnGit(root: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn('git', ['--no-pager', ...args], { cwd: root, env: gitEnvironment() });
}

export async function streamLogWithObjects<T>(
  root: string,
  request: LogStreamRequest<T>,
): Promise<LogWithObjects<T>> {
  let answers: Answers<T> | undefined;
  const asked = new Set<string>();
  const onChange = (change: FileChange) => {
    const name = request.pick(change);
    if (name === undefined || name === '' || asked.has(name) || /[\r\n]/.test(name)) return;
    asked.add(name);
    // cat-file starts with the first object named: a log that names none spawns nothing.
    answers ??= collectAnswers(spawnGit(root, ['cat-file', '--batch']), request.read);
    answers.ask(name);
  };
  const parser = createGitLogParser({ onChange, pathPrefix: request.pathPrefix });
  try {
    await streamLog(root, request.args, (text) => {
      parser.push(text);
    });
    const commits = parser.end();
    return { commits, objects: answers ? await answers.finish() : new Map<string, T>() };
  } finally {
    answers?.abandon();
  }
}

function streamLog(
  root: string,
  args: readonly string[],
  onText: (text: string) => void,
): Promise<void> {
  const log = spawnGit(root, args);
  log.stdin.end();
  const decoder = new StringDecoder('utf8');
  const errors: Buffer[] = [];
  let failure: Error | undefined;
  // A parse error is a bug in Docket: keep it and report it once git is done.
  const feed = (text: string) => {
    if (failure === undefined)
      try {
        onText(text);
      } catch (error) {
        failure = asError(error);
      }
  };
  log.stdout.on('data', (chunk: Buffer) => {
    feed(decoder.write(chunk));
  });
  log.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  return new Promise((resolve, reject) => {
    log.on('error', (error) => {
      reject(new GitStreamError(error.message));
    });
    log.on('close', (code) => {
      if (code === 0) feed(decoder.end());
      if (failure !== undefined) reject(failure);
      else if (code !== 0) reject(new GitStreamError(describeFailure('git log', errors, code)));
      else resolve();
    });
  });
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function describeFailure(command: string, stderr: readonly Buffer[], code: number | null): string {
  return Buffer.concat(stderr).toString('utf8').trim() || `${command} exited with ${code}`;
}

interface Answers<T> {
  /** Names go to cat-file in order, and it answers in the same order. */
  ask(name: string): void;
  /** No more names: every answer, once cat-file has exited. */
  finish(): Promise<Map<string, T>>;
  /** Ends cat-file's input after a failure elsewhere, so it exits; its result is dropped. */
  abandon(): void;
}

/**
 * Splits cat-file's answer as it arrives: `<id> <type> <size>\n`, the bytes, `\n`; or
 * `<name> missing\n` (also `ambiguous`), which leaves the name out of the map.
 */
function collectAnswers<T>(
  batch: ChildProcessWithoutNullStreams,
  read: (bytes: Uint8Array) => T,
): Answers<T> {
  const names: string[] = [];
  const state = {
    next: 0,
    buffered: Buffer.alloc(0) as Buffer,
    failure: undefined as Error | undefined,
  };
  const objects = new Map<string, T>();
  batch.stdout.on('data', (chunk: Buffer) => {
    state.buffered = state.buffered.length === 0 ? chunk : Buffer.concat([state.buffered, chunk]);
    splitAnswers(state, names, (name, bytes) => {
      if (state.failure === undefined)
        try {
          objects.set(name, read(bytes));
        } catch (error) {
          state.failure = asError(error); // reported when cat-file is done, like the log's parse errors
        }
    });
  });
  // Awaited only through finish(); after a failed log nobody waits for it.
  const done = waitForAnswers(batch, () => {
    if (state.failure !== undefined) return state.failure;
    return state.next < names.length ? new GitStreamError('the answer ended early') : undefined;
  }).then(() => objects);
  done.catch(() => undefined);
  return {
    ask: (name) => {
      names.push(name);
      batch.stdin.write(`${name}\n`);
    },
    finish: () => {
      batch.stdin.end();
      return done;
    },
    abandon: () => {
      batch.stdin.end();
    },
  };
}

/** Resolves when cat-file exits cleanly with nothing left to report (`failure()` says what is). */
function waitForAnswers(
  batch: ChildProcessWithoutNullStreams,
  failure: () => Error | undefined,
): Promise<void> {
  const errors: Buffer[] = [];
  batch.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  // git closing its input early shows up as its exit code and stderr; the write error adds nothing.
  batch.stdin.on('error', () => undefined);
  return new Promise((resolve, reject) => {
    batch.on('error', (error) => {
      reject(new GitStreamError(error.message));
    });
    batch.on('close', (code) => {
      const failed = failure();
      if (code !== 0)
        reject(new GitStreamError(describeFailure('git cat-file --batch', errors, code)));
      else if (failed) reject(failed);
      else resolve();
    });
  });
}

/** Hands over every complete answer in the buffer and keeps the rest. */
function splitAnswers(
  state: { next: number; buffered: Buffer },
  names: readonly string[],
  onObject: (name: string, bytes: Uint8Array) => void,
): void {
  const buffered = state.buffered;
  let offset = 0;
  while (state.next < names.length) {
    const lineEnd = buffered.indexOf(0x0a, offset);
    if (lineEnd < 0) break;
    const header = buffered.toString('utf8', offset, lineEnd).split(' ');
    const size = Number(header[2]);
    const found = header.length === 3 && Number.isSafeInteger(size);
    if (found && buffered.length < lineEnd + size + 2) break;
    const name = names[state.next++] ?? '';
    if (found) onObject(name, buffered.subarray(lineEnd + 1, lineEnd + 1 + size));
    offset = found ? lineEnd + size + 2 : lineEnd + 1;
  }
  state.buffered = buffered.subarray(offset);
}
