/**
 * A team working the way the README describes, for the walkthrough tests: a bare "origin" on
 * GitHub's side (main plus refs/pull/N/head), a desk clone where people commit, the local GitHub
 * stand-in holding pull requests and reviews, and the real entry points spawned as the workflows
 * run them — scripts/gate.ts on a fresh clone of main, scripts/record-signoffs.ts after a merge.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { git, REPOSITORY, runWorkflowScript, type GateResult } from './gate-fixture.ts';
import { makePullRequest, makeReview } from './github-fixtures.ts';
import { startGitHubServer, type GitHubServer } from './github-server.ts';
import { createFixtureRepo, runDocket, writeFiles } from './repo.ts';
import { makeTempDir } from './temp.ts';

export type JobRun = GateResult;

export interface Team {
  server: GitHubServer;
  /** Branch `name` from main's tip with `files`, pushed as pull request `number` by `author`. */
  openPullRequest(
    number: number,
    author: string,
    files: Record<string, string | Uint8Array>,
  ): string;
  /** Another commit on an open pull request's branch; returns the new head. */
  pushToPullRequest(number: number, files: Record<string, string>): string;
  review(number: number, login: string, state: string, commit?: string): void;
  /** The gate, as approval-gate.yml (pull_request_target) or review-relay.yml (workflow_run) runs it. */
  runGate(number: number, event: 'pull_request_target' | 'workflow_run'): Promise<JobRun>;
  /** Merges on GitHub's side, then runs the record job as signoff-record.yml does. */
  merge(number: number, by: string): Promise<JobRun>;
  /** The last status the gate posted on a pull request's head, and its sticky comment. */
  statusOf(number: number): { state: string; description: string } | undefined;
  commentOf(number: number): string;
  /** `docket ARGS` in a fresh clone of main, as a new team member would run it. */
  docket(args: readonly string[]): { status: number | null; stdout: string; stderr: string };
  cleanup(): Promise<void>;
}

export async function createTeam(files: Record<string, string>): Promise<Team> {
  const folder = makeTempDir('walkthrough');
  const origin = join(folder, 'origin.git');
  const desk = createFixtureRepo(files);
  git(folder, ['init', '--quiet', '--bare', '--initial-branch=main', origin]);
  git(desk, ['init', '--quiet', '--initial-branch=main']);
  git(desk, ['add', '-A']);
  git(desk, ['commit', '--quiet', '-m', 'Docket repository']);
  git(desk, ['remote', 'add', 'origin', origin]);
  git(desk, ['push', '--quiet', 'origin', 'main']);
  const server = await startGitHubServer(REPOSITORY);
  const heads = new Map<number, string>();
  const userIds = new Map<string, number>();
  let reviewId = 1;
  const mainTip = () => git(folder, ['--git-dir', origin, 'rev-parse', 'refs/heads/main']);
  const freshClone = (name: string) => {
    const clone = join(folder, `${name}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
    git(folder, ['clone', '--quiet', '--branch', 'main', origin, clone]);
    return clone;
  };
  const commitOnBranch = (number: number, changes: Record<string, string | Uint8Array>) => {
    writeFiles(desk, changes);
    git(desk, ['add', '-A']);
    git(desk, ['commit', '--quiet', '-m', `PR #${number}`]);
    const head = git(desk, ['rev-parse', 'HEAD']);
    git(desk, ['push', '--quiet', '--force', 'origin', `HEAD:refs/pull/${number}/head`]);
    heads.set(number, head);
    return head;
  };
  const describePull = (
    number: number,
    author: string,
    merged?: { commitSha: string; by: string },
  ) =>
    makePullRequest({
      repository: REPOSITORY,
      number,
      author,
      headSha: heads.get(number) ?? '',
      baseSha: mainTip(),
      title: `PR #${number}`,
      ...(merged ? { merged: { ...merged, at: '2026-11-20T10:00:00Z' } } : {}),
    });
  const authors = new Map<number, string>();
  return {
    server,
    openPullRequest(number, author, changes) {
      git(desk, ['fetch', '--quiet', 'origin']);
      git(desk, ['checkout', '--quiet', '-B', `pr-${number}`, 'origin/main']);
      const head = commitOnBranch(number, changes);
      authors.set(number, author);
      server.pulls.set(number, describePull(number, author));
      return head;
    },
    pushToPullRequest(number, changes) {
      git(desk, ['checkout', '--quiet', `pr-${number}`]);
      const head = commitOnBranch(number, changes);
      server.pulls.set(number, describePull(number, authors.get(number) ?? ''));
      return head;
    },
    review(number, login, state, commit) {
      const key = login.toLowerCase();
      if (!userIds.has(key)) userIds.set(key, 3000 + userIds.size);
      const id = reviewId++;
      const review = makeReview(REPOSITORY, number, {
        id,
        login,
        userId: userIds.get(key) ?? 0,
        state,
        commitId: commit ?? heads.get(number) ?? null,
        submittedAt: `2026-11-20T0${Math.min(9, id)}:00:00Z`,
      });
      server.reviews.set(number, [...(server.reviews.get(number) ?? []), review]);
    },
    runGate: (number, event) =>
      runJob(
        folder,
        freshClone('runner'),
        'gate.ts',
        event,
        gateEvent(number, event, heads),
        server,
      ),
    async merge(number, by) {
      git(desk, ['fetch', '--quiet', 'origin']);
      git(desk, ['checkout', '--quiet', '-B', 'main', 'origin/main']);
      const before = git(desk, ['rev-parse', 'HEAD']);
      git(desk, [
        'merge',
        '--quiet',
        '--no-ff',
        '-m',
        `Merge pull request #${number}`,
        `pr-${number}`,
      ]);
      const after = git(desk, ['rev-parse', 'HEAD']);
      git(desk, ['push', '--quiet', 'origin', 'main']);
      server.pulls.set(
        number,
        describePull(number, authors.get(number) ?? '', { commitSha: after, by }),
      );
      const push = {
        ref: 'refs/heads/main',
        before,
        after,
        sender: { login: by, id: 501 },
        head_commit: { timestamp: '2026-11-20T10:00:00Z' },
      };
      return runJob(folder, freshClone('recorder'), 'record-signoffs.ts', 'push', push, server);
    },
    statusOf: (number) => {
      const head = heads.get(number);
      const status = server.statuses.filter((s) => s.sha === head).at(-1);
      return status ? { state: status.state, description: status.description } : undefined;
    },
    commentOf: (number) => server.comments.get(number)?.[0]?.body ?? '',
    docket: (args) => runDocket(freshClone('reader'), args),
    cleanup: async () => {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
      rmSync(desk, { recursive: true, force: true });
    },
  };
}

function gateEvent(number: number, event: string, heads: ReadonlyMap<number, string>) {
  const head = heads.get(number) ?? '';
  return event === 'workflow_run'
    ? {
        action: 'completed',
        workflow_run: {
          event: 'pull_request_review',
          display_title: `docket review relay pr=${number}`,
          head_sha: head,
          conclusion: 'success',
          pull_requests: [],
        },
      }
    : {
        action: 'synchronize',
        number,
        pull_request: { number, head: { sha: head }, base: { ref: 'main' } },
      };
}

function runJob(
  folder: string,
  workspace: string,
  script: string,
  eventName: string,
  payload: unknown,
  server: GitHubServer,
): Promise<JobRun> {
  return runWorkflowScript({ script, folder, workspace, apiUrl: server.url, eventName, payload });
}
