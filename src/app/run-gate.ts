/**
 * The approval gate as a use case: find the pull request, fetch what GitHub knows, fetch the
 * commits as data, ask the approvals core, and report. It fails closed: whatever goes wrong,
 * the status posted is never `success` unless the approvals core said `pass`.
 */
import {
  explainFailure,
  COMMENT_LIMIT,
  fitCharacters,
  fitBytes,
  SUMMARY_LIMIT_BYTES,
  type GateMessage,
} from '../core/gate-report.ts';
import type { GateTarget } from '../core/gate-event.ts';
import { formatMessage, type Catalogue, type Lang } from '../core/messages.ts';
import type { MessageParams } from '../core/problem.ts';
import type {
  CommitStatus,
  PlatformFailure,
  PullRequestFacts,
  ReviewPlatform,
} from '../core/ports/review-platform.ts';
import type { GateCheck, GateCheckOutcome } from './gate-check.ts';

export interface GateDependencies {
  platform: ReviewPlatform;
  fetchCommits(
    pull: PullRequestFacts,
  ): Promise<{ ok: true; base: string; head: string } | { ok: false; reason: string }>;
  check: GateCheck;
  root: string;
  lang: Lang;
  catalogue: Catalogue;
  /** Link from the status to this run. */
  runUrl: string | undefined;
}

export interface GateRun {
  /** decided: a pass or fail was posted; failed-closed: a failure that is not a decision. */
  outcome: 'decided' | 'ignored' | 'failed-closed';
  verdict?: 'pass' | 'fail';
  statusSha?: string;
  status?: CommitStatus;
  annotations: string[];
  summary: string;
  /** Lines for the job log. */
  log: string[];
}

interface Scope {
  deps: GateDependencies;
  say(message: string, params?: MessageParams): string;
  log: string[];
}

export async function runGate(target: GateTarget, deps: GateDependencies): Promise<GateRun> {
  const log: string[] = [];
  const scope: Scope = {
    deps,
    log,
    say: (message, params = {}) => formatMessage(deps.catalogue, message, params, deps.lang),
  };
  if (target.kind === 'ignored' || target.kind === 'bad-event') {
    const line = scope.say(target.message, target.params);
    return { outcome: 'ignored', annotations: [], summary: '', log: [line] };
  }
  const fallback = target.kind === 'merge-group' ? target.statusSha : target.fallbackSha;
  const pull = await deps.platform.getPullRequest(target.number);
  if (!pull.ok) return failClosed(scope, fallback, explainFailure(pull.failure));
  if (pull.value.state !== 'open') {
    return {
      outcome: 'ignored',
      annotations: [],
      summary: '',
      log: [scope.say('gate/ignored-closed', { number: target.number })],
    };
  }
  const facts =
    target.kind === 'merge-group' ? { ...pull.value, baseSha: target.baseSha } : pull.value;
  const statusSha = target.kind === 'merge-group' ? target.statusSha : facts.headSha;
  await postStatus(scope, statusSha, {
    state: 'pending',
    description: scope.say('gate/status-pending'),
  });
  return decide(scope, facts, statusSha, target.kind === 'pull-request');
}

async function decide(
  scope: Scope,
  pull: PullRequestFacts,
  statusSha: string,
  comment: boolean,
): Promise<GateRun> {
  const { deps } = scope;
  const evaluated = await evaluate(scope, pull);
  if (!evaluated.ok) return failClosed(scope, statusSha, evaluated.why);
  const outcome = evaluated.outcome;
  const status: CommitStatus = {
    state: outcome.verdict === 'pass' ? 'success' : 'failure',
    description: outcome.headline,
  };
  const posted = await postStatus(scope, statusSha, status);
  if (comment) await postComment(scope, pull.number, outcome.comment);
  const note = scope.say('gate/truncated', { url: deps.runUrl ?? '' });
  return {
    outcome: posted ? 'decided' : 'failed-closed',
    verdict: outcome.verdict,
    statusSha,
    status,
    annotations: outcome.annotations,
    summary: fitBytes(outcome.summary, SUMMARY_LIMIT_BYTES, note),
    log: scope.log,
  };
}

type Evaluated = { ok: true; outcome: GateCheckOutcome } | { ok: false; why: GateMessage };

/** Reviews from the API, commits from git, then the approvals core; any failure is data. */
async function evaluate(scope: Scope, pull: PullRequestFacts): Promise<Evaluated> {
  const { deps } = scope;
  const reviews = await deps.platform.listReviews(pull.number);
  if (!reviews.ok) return { ok: false, why: explainFailure(reviews.failure) };
  const commits = await deps.fetchCommits(pull);
  if (!commits.ok) {
    return { ok: false, why: { message: 'gate/failed-git', params: { reason: commits.reason } } };
  }
  try {
    const outcome = await deps.check({
      root: deps.root,
      base: commits.base,
      head: commits.head,
      author: pull.author ?? '',
      reviews: reviews.value,
      pullRequest: pull,
      lang: deps.lang,
    });
    return { ok: true, outcome };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, why: { message: 'gate/failed-check', params: { reason } } };
  }
}

/** Posts a failing status that says why, and reports the same sentence everywhere. */
async function failClosed(
  scope: Scope,
  sha: string | undefined,
  why: GateMessage,
): Promise<GateRun> {
  const sentence = scope.say(why.message, why.params);
  const status: CommitStatus = { state: 'failure', description: sentence };
  if (sha) await postStatus(scope, sha, status);
  scope.log.push(sentence);
  return {
    outcome: 'failed-closed',
    statusSha: sha,
    status,
    annotations: [`::error title=docket/approvals::${escapeData(sentence)}`],
    summary: `## docket/approvals\n\n❌ ${sentence}\n`,
    log: scope.log,
  };
}

async function postStatus(scope: Scope, sha: string, status: CommitStatus): Promise<boolean> {
  const result = await scope.deps.platform.setCommitStatus(sha, {
    ...status,
    ...(scope.deps.runUrl ? { targetUrl: scope.deps.runUrl } : {}),
  });
  if (!result.ok)
    scope.log.push(
      scope.say('gate/status-not-posted', { sha, reason: reasonOf(scope, result.failure) }),
    );
  return result.ok;
}

async function postComment(scope: Scope, number: number, body: string): Promise<void> {
  const fitted = fitCharacters(
    body,
    COMMENT_LIMIT,
    scope.say('gate/truncated', { url: scope.deps.runUrl ?? '' }),
  );
  const result = await scope.deps.platform.upsertStickyComment(number, fitted);
  if (!result.ok)
    scope.log.push(
      scope.say('gate/comment-not-posted', { reason: reasonOf(scope, result.failure) }),
    );
}

function reasonOf(scope: Scope, failure: PlatformFailure): string {
  const why = explainFailure(failure);
  return scope.say(why.message, why.params);
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
