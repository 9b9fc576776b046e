/**
 * A pull request in miniature for the gate's end-to-end tests: a bare "origin" with `main` and
 * `refs/pull/<n>/head` (as GitHub keeps them), a clone of `main` as the runner's workspace, the
 * local GitHub stand-in, and the real entry point spawned against them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePullRequest } from './github-fixtures.ts';
import { startGitHubServer, type GitHubServer } from './github-server.ts';
import { createFixtureRepo, PROJECT_ROOT, writeFiles } from './repo.ts';
import { makeTempDir } from './temp.ts';

export const REPOSITORY = 'yifan/requirements';
export const NUMBER = 7;
export const AUTHOR = 'wangfang-yf';
const NODE = join(PROJECT_ROOT, 'node_modules', '.bin', 'node');

export interface GateFixture {
  folder: string;
  workspace: string;
  origin: string;
  baseSha: string;
  headSha: string;
  server: GitHubServer;
  cleanup(): Promise<void>;
}

export function git(cwd: string, args: string[]): string {
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: '2026-11-20T08:00:00Z',
    GIT_COMMITTER_DATE: '2026-11-20T08:00:00Z',
  };
  return execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args],
    { cwd, env, encoding: 'utf8' },
  ).trim();
}

/** base: `documents`; head: base plus `changes`, pushed as refs/pull/<n>/head only. */
export async function createGateFixture(
  documents: Readonly<Record<string, string>>,
  changes: Readonly<Record<string, string>>,
): Promise<GateFixture> {
  const source = createFixtureRepo(documents);
  git(source, ['init', '--quiet', '--initial-branch=main']);
  git(source, ['add', '-A']);
  git(source, ['commit', '--quiet', '-m', 'base']);
  const baseSha = git(source, ['rev-parse', 'HEAD']);
  writeFiles(source, changes);
  git(source, ['commit', '--quiet', '-am', 'change']);
  const headSha = git(source, ['rev-parse', 'HEAD']);
  const folder = makeTempDir('gate');
  const origin = join(folder, 'origin.git');
  git(folder, ['init', '--quiet', '--bare', origin]);
  git(source, [
    'push',
    '--quiet',
    origin,
    `${baseSha}:refs/heads/main`,
    `${headSha}:refs/pull/${NUMBER}/head`,
  ]);
  rmSync(source, { recursive: true, force: true });
  const workspace = join(folder, 'workspace');
  git(folder, ['clone', '--quiet', '--branch', 'main', origin, workspace]);
  const server = await startGitHubServer(REPOSITORY);
  server.pulls.set(
    NUMBER,
    makePullRequest({ repository: REPOSITORY, number: NUMBER, author: AUTHOR, headSha, baseSha }),
  );
  return {
    folder,
    workspace,
    origin,
    baseSha,
    headSha,
    server,
    cleanup: async () => {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface GateResult {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  output: string;
}

/** Spawns scripts/gate.ts as the workflow does (asynchronously: the stand-in lives here). */
export function runGateScript(
  fixture: GateFixture,
  eventName: string,
  payload: unknown,
  env: Record<string, string> = {},
): Promise<GateResult> {
  return runWorkflowScript({
    script: 'gate.ts',
    folder: fixture.folder,
    workspace: fixture.workspace,
    apiUrl: fixture.server.url,
    eventName,
    payload,
    env: { DOCKET_GITHUB_TIMEOUT_MS: '1500', ...env },
  });
}

export interface WorkflowRun {
  /** scripts/NAME, run from `workspace` as the workflow's job would. */
  script: string;
  /** Where the event, summary and output files go. */
  folder: string;
  workspace: string;
  apiUrl: string;
  eventName: string;
  payload: unknown;
  env?: Record<string, string>;
}

/** Spawns a workflow's entry point with the variables GitHub Actions sets, against the stand-in. */
export function runWorkflowScript(run: WorkflowRun): Promise<GateResult> {
  const eventPath = join(run.folder, 'event.json');
  const summaryPath = join(run.folder, 'summary.md');
  const outputPath = join(run.folder, 'output.txt');
  writeFileSync(eventPath, JSON.stringify(run.payload));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const child = spawn(NODE, [join(PROJECT_ROOT, 'scripts', run.script)], {
    cwd: run.workspace,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      DOCKET_LANG: 'en',
      GITHUB_EVENT_NAME: run.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_API_URL: run.apiUrl,
      GITHUB_TOKEN: 'ghs_test',
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '42',
      ...run.env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.on('close', (status) => {
      resolve({
        status,
        stdout,
        stderr,
        summary: readFileSync(summaryPath, 'utf8'),
        output: readFileSync(outputPath, 'utf8'),
      });
    });
  });
}

export function pullRequestTargetEvent(fixture: GateFixture, action = 'synchronize') {
  return {
    action,
    number: NUMBER,
    pull_request: { number: NUMBER, head: { sha: fixture.headSha }, base: { ref: 'main' } },
  };
}

/** What GitHub sends the gate when the relay workflow finished; the title is the relay's. */
export function workflowRunEvent(fixture: GateFixture, title = `docket review relay pr=${NUMBER}`) {
  return {
    action: 'completed',
    workflow_run: {
      event: 'pull_request_review',
      display_title: title,
      head_sha: fixture.headSha,
      conclusion: 'success',
      pull_requests: [],
    },
  };
}
