/**
 * GitHub adapter for the ReviewPlatform port (@octokit/rest, REST only). I/O and nothing else:
 * every call is bounded by a per-request deadline, and every failure comes back as data.
 */
import { createAppAuth } from '@octokit/auth-app';
import { Octokit } from '@octokit/rest';
import {
  STATUS_CONTEXT,
  STICKY_MARKER,
  type CommentOutcome,
  type CommitStatus,
  type PlatformResult,
  type PlatformReview,
  type PullRequestFacts,
  type ReviewPlatform,
} from '../core/ports/review-platform.ts';
import { describeFailure } from './github-failure.ts';
import { BadResponseError, readPullRequestFacts, readReviews } from './github-shapes.ts';

export interface GitHubOptions {
  /** `owner/name`, as in GITHUB_REPOSITORY. */
  repository: string;
  /** GITHUB_API_URL; https://api.github.com by default. */
  apiUrl: string;
  /**
   * A token (GITHUB_TOKEN), or the Docket GitHub App's credentials: then every request carries an
   * installation token of that app, and the status it posts is one only that app can post.
   */
  auth: { token: string } | { appId: string; privateKey: string; installationId: number };
  /** The login the sticky comment is posted as, e.g. `github-actions[bot]` or `my-app[bot]`. */
  botLogin: string;
  /** Deadline for each HTTP request. */
  timeoutMs: number;
}

/** GitHub's limit on a status description. */
const DESCRIPTION_LIMIT = 140;
/** A bound on pagination: 50 pages of 100 is far more than any real pull request has. */
const MAX_PAGES = 50;

export function createGitHubPlatform(options: GitHubOptions): ReviewPlatform {
  const [owner = '', repo = ''] = options.repository.split('/');
  const octokit = new Octokit({
    ...authOf(options.auth),
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: 'docket-approval-gate',
    request: { fetch: fetchWithDeadline(options.timeoutMs) },
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: () => undefined,
    },
  });
  const repoParams = { owner, repo };
  const attempt = <T>(work: () => Promise<T>) => settle(work, options.timeoutMs);
  return {
    getPullRequest: (number) =>
      attempt(async () => {
        const response = await octokit.rest.pulls.get({ ...repoParams, pull_number: number });
        return readPullRequestFacts(response.data);
      }),
    listReviews: (number) =>
      attempt(async () => readReviews(await listAll(octokit, 'reviews', repoParams, number))),
    setCommitStatus: (sha, status) =>
      attempt(async () => {
        await octokit.rest.repos.createCommitStatus({ ...repoParams, sha, ...statusBody(status) });
      }),
    upsertStickyComment: (number, body) =>
      attempt(() => upsertComment(octokit, repoParams, number, body, options.botLogin)),
  };
}

function authOf(auth: GitHubOptions['auth']) {
  return 'token' in auth ? { auth: auth.token } : { authStrategy: createAppAuth, auth };
}

function statusBody(status: CommitStatus) {
  const description =
    status.description.length > DESCRIPTION_LIMIT
      ? `${status.description.slice(0, DESCRIPTION_LIMIT - 1)}…`
      : status.description;
  return {
    state: status.state,
    context: STATUS_CONTEXT,
    description,
    ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
  };
}

interface RepoParams {
  owner: string;
  repo: string;
}

/** Every page of a list, bounded; GitHub's order is kept. */
async function listAll(
  octokit: Octokit,
  what: 'reviews' | 'comments',
  repoParams: RepoParams,
  number: number,
): Promise<unknown[]> {
  const iterator =
    what === 'reviews'
      ? octokit.paginate.iterator(octokit.rest.pulls.listReviews, {
          ...repoParams,
          pull_number: number,
          per_page: 100,
        })
      : octokit.paginate.iterator(octokit.rest.issues.listComments, {
          ...repoParams,
          issue_number: number,
          per_page: 100,
        });
  const items: unknown[] = [];
  let pages = 0;
  for await (const page of iterator) {
    if (++pages > MAX_PAGES) throw new BadResponseError(`more than ${MAX_PAGES} pages of ${what}`);
    const data: unknown = page.data;
    if (!Array.isArray(data)) throw new BadResponseError(`a page of ${what} is not a list`);
    items.push(...(data as unknown[]));
  }
  return items;
}

async function upsertComment(
  octokit: Octokit,
  repoParams: RepoParams,
  number: number,
  text: string,
  botLogin: string,
): Promise<CommentOutcome> {
  const body = text.includes(STICKY_MARKER) ? text : `${STICKY_MARKER}\n${text}`;
  const comments = (await listAll(octokit, 'comments', repoParams, number)) as {
    id: number;
    body?: string;
    user: { login: string } | null;
  }[];
  const login = botLogin.toLowerCase();
  const ours = comments.find(
    (comment) =>
      comment.user?.login.toLowerCase() === login && comment.body?.includes(STICKY_MARKER),
  );
  if (!ours) {
    await octokit.rest.issues.createComment({ ...repoParams, issue_number: number, body });
    return 'created';
  }
  if (ours.body === body) return 'unchanged';
  await octokit.rest.issues.updateComment({ ...repoParams, comment_id: ours.id, body });
  return 'updated';
}

/** Runs one platform operation and turns any throw into a failure: nothing escapes as a pass. */
async function settle<T>(work: () => Promise<T>, timeoutMs: number): Promise<PlatformResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, failure: describeFailure(error, timeoutMs) };
  }
}

/** Each HTTP request gets its own deadline, so a failure can still be reported afterwards. */
function fetchWithDeadline(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return fetch(input, { ...init, signal });
  };
}

export type { PlatformReview, PullRequestFacts };
