/**
 * Brings a pull request's commits into the base checkout as git objects only: a fetch into
 * private refs, never a checkout, never a submodule, never a hook or a script from the head. The
 * gate then reads the head's files as data (`git cat-file`) through the content-source port.
 */
import { execFile } from 'node:child_process';

export interface FetchRequest {
  /** The base checkout (the default branch's code, which is what runs). */
  root: string;
  remote: string;
  number: number;
  headSha: string;
  baseRef: string;
  /** Used for a private repository: sent as an HTTP header through the environment. */
  token: string | undefined;
}

export type FetchResult = { ok: true; base: string; head: string } | { ok: false; reason: string };

/** A branch name we are willing to put into a refspec (GitHub's names, nothing clever). */
const SAFE_REF = /^(?!-)(?!.*\.\.)[\w./-]{1,200}$/;
const GIT_TIMEOUT_MS = 120_000;

export async function fetchPullRequestCommits(request: FetchRequest): Promise<FetchResult> {
  if (!SAFE_REF.test(request.baseRef)) return { ok: false, reason: `unusual base branch name` };
  const prefix = `refs/docket/pull/${request.number}`;
  const refspecs = [
    `+refs/heads/${request.baseRef}:${prefix}/base`,
    `+refs/pull/${request.number}/head:${prefix}/head`,
  ];
  const fetched = await git(request, [
    'fetch',
    '--no-tags',
    '--no-recurse-submodules',
    '--quiet',
    request.remote,
    ...refspecs,
  ]);
  if (!fetched.ok) return fetched;
  // The head may have moved since the API answered: the exact commit is what gets checked.
  if (!(await git(request, ['cat-file', '-e', `${request.headSha}^{commit}`])).ok) {
    const bySha = await git(request, [
      'fetch',
      '--no-tags',
      '--no-recurse-submodules',
      '--quiet',
      request.remote,
      request.headSha,
    ]);
    if (!bySha.ok) return bySha;
  }
  const base = await git(request, [
    'rev-parse',
    '--verify',
    '--end-of-options',
    `${prefix}/base^{commit}`,
  ]);
  if (!base.ok) return base;
  return { ok: true, base: base.output.trim(), head: request.headSha };
}

function git(
  request: FetchRequest,
  args: string[],
): Promise<{ ok: true; output: string } | { ok: false; reason: string }> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.hooksPath=/dev/null', '-c', 'submodule.recurse=false', ...args],
      {
        cwd: request.root,
        env: gitEnvironment(request.token),
        timeout: GIT_TIMEOUT_MS,
        maxBuffer: 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (!error) {
          resolve({ ok: true, output: stdout });
          return;
        }
        const line = stderr.split('\n').find((text) => text.trim() !== '') ?? error.message;
        resolve({ ok: false, reason: `git ${args[0] ?? ''}: ${line.trim().slice(0, 160)}` });
      },
    );
  });
}

/**
 * The token travels as an HTTP header set through GIT_CONFIG_* variables: never in the argument
 * list (visible to other processes) and never in .git/config (left for later steps).
 */
function gitEnvironment(token: string | undefined): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_LFS_SKIP_SMUDGE: '1',
  };
  if (!token) return environment;
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    ...environment,
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.extraHeader',
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}
