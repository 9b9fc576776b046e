import { generateKeyPairSync } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubPlatform } from '../../src/adapters/github.ts';
import { STICKY_MARKER, type ReviewPlatform } from '../../src/core/ports/review-platform.ts';
import { makePullRequest, makeReview } from '../helpers/github-fixtures.ts';
import {
  INSTALLATION_TOKEN,
  startGitHubServer,
  type GitHubServer,
} from '../helpers/github-server.ts';

const REPO = 'yifan/requirements';
const HEAD = 'b'.repeat(40);
const BASE = 'a'.repeat(40);
let server: GitHubServer;
let github: ReviewPlatform;

beforeEach(async () => {
  server = await startGitHubServer(REPO);
  github = createGitHubPlatform({
    repository: REPO,
    apiUrl: server.url,
    auth: { token: 't0ken' },
    botLogin: 'github-actions[bot]',
    timeoutMs: 1000,
  });
});
afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

describe('the GitHub adapter', () => {
  it('reads every page of reviews, in order, with the token', async () => {
    const reviews = Array.from({ length: 230 }, (_, index) =>
      makeReview(REPO, 7, {
        id: index + 1,
        login: `user${index % 40}`,
        state: index % 3 ? 'COMMENTED' : 'APPROVED',
        commitId: HEAD,
      }),
    );
    reviews.push(makeReview(REPO, 7, { id: 999, login: null, state: 'DISMISSED', commitId: null }));
    server.reviews.set(7, reviews);
    const result = await github.listReviews(7);
    expect(result.ok && result.value.map((review) => review.id)).toEqual(
      reviews.map((review) => review.id),
    );
    expect(result.ok && result.value.at(-1)).toMatchObject({
      user: null,
      commit_id: null,
      state: 'DISMISSED',
    });
    expect(server.requests.map((request) => request.url)).toEqual([
      `/repos/${REPO}/pulls/7/reviews?per_page=100`,
      `/repos/${REPO}/pulls/7/reviews?per_page=100&page=2`,
      `/repos/${REPO}/pulls/7/reviews?per_page=100&page=3`,
    ]);
    expect(server.requests[0]?.authorization).toBe('token t0ken');
  });

  it('reads the pull request facts from the API', async () => {
    server.pulls.set(
      7,
      makePullRequest({
        repository: REPO,
        number: 7,
        author: 'wangfang-yf',
        headSha: HEAD,
        baseSha: BASE,
      }),
    );
    expect(await github.getPullRequest(7)).toEqual({
      ok: true,
      value: {
        number: 7,
        state: 'open',
        draft: false,
        merged: false,
        author: 'wangfang-yf',
        title: 'CHG-0001 approve',
        htmlUrl: `https://github.com/${REPO}/pull/7`,
        headSha: HEAD,
        baseRef: 'main',
        baseSha: BASE,
      },
    });
  });

  it('posts the docket/approvals status, its description cut to 140 characters', async () => {
    const result = await github.setCommitStatus(HEAD, {
      state: 'failure',
      description: '审'.repeat(200),
      targetUrl: 'https://example.com/run/1',
    });
    expect(result).toEqual({ ok: true, value: undefined });
    expect(server.statuses).toHaveLength(1);
    expect(server.statuses[0]).toMatchObject({
      sha: HEAD,
      state: 'failure',
      context: 'docket/approvals',
    });
    expect(server.statuses[0]?.description).toHaveLength(140);
    expect(server.statuses[0]?.description.endsWith('…')).toBe(true);
  });

  it('keeps one sticky comment: created, then updated in place, then left alone', async () => {
    expect(await github.upsertStickyComment(7, 'first')).toEqual({ ok: true, value: 'created' });
    expect(await github.upsertStickyComment(7, 'second')).toEqual({ ok: true, value: 'updated' });
    expect(await github.upsertStickyComment(7, 'second')).toEqual({ ok: true, value: 'unchanged' });
    expect(server.comments.get(7)).toEqual([
      {
        id: expect.any(Number) as number,
        body: `${STICKY_MARKER}\nsecond`,
        user: { login: 'github-actions[bot]' },
      },
    ]);
  });

  it('never adopts a comment with the marker that someone else wrote', async () => {
    server.comments.set(7, [
      { id: 1, body: `${STICKY_MARKER}\n✅ all approved (forged)`, user: { login: 'mallory' } },
    ]);
    expect(await github.upsertStickyComment(7, 'real')).toEqual({ ok: true, value: 'created' });
    expect(server.comments.get(7)?.map((comment) => comment.user.login)).toEqual([
      'mallory',
      'github-actions[bot]',
    ]);
    expect(server.comments.get(7)?.[0]?.body).toContain('forged');
  });
});

describe('the GitHub adapter fails closed', () => {
  it.each([
    ['a 502', { kind: 'status', status: 502 } as const, { kind: 'server', status: 502 }],
    [
      'a 403 rate limit',
      { kind: 'rate-limit' } as const,
      { kind: 'rate-limit', resetAt: '2026-11-18T11:06:40.000Z' },
    ],
    ['a stalled answer', { kind: 'stall' } as const, { kind: 'timeout', seconds: 1 }],
    [
      'a 404',
      { kind: 'status', status: 404, body: { message: 'Not Found' } } as const,
      { kind: 'http', status: 404, reason: expect.stringContaining('Not Found') as string },
    ],
  ])('turns %s into a failure', async (_name, fault, failure) => {
    server.faults.set('pulls/list-reviews', fault);
    expect(await github.listReviews(7)).toEqual({ ok: false, failure });
  });

  it.each([
    ['not a list', { message: 'oops' }],
    ['a review without a state', [{ id: 1, user: null, commit_id: null }]],
    [
      'a review with a bad commit id',
      [{ id: 1, user: null, state: 'APPROVED', commit_id: 'HEAD' }],
    ],
  ])('treats %s as a bad response, never as no reviews', async (_name, body) => {
    server.faults.set('pulls/list-reviews', { kind: 'status', status: 200, body });
    const result = await github.listReviews(7);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'bad-response' } });
  });

  it('reports a refused connection as a network failure', async () => {
    await server.close();
    const result = await github.getPullRequest(7);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'network' } });
    server = await startGitHubServer(REPO);
  });
});

describe('the GitHub adapter as the Docket App', () => {
  const keys = () =>
    generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
  const asApp = (privateKey: string) =>
    createGitHubPlatform({
      repository: REPO,
      apiUrl: server.url,
      auth: { appId: '321', privateKey, installationId: 55 },
      botLogin: 'docket-approvals[bot]',
      timeoutMs: 5000,
    });

  it('posts the status with an installation token minted from a signed JWT', async () => {
    const { publicKey, privateKey } = keys();
    server.app.publicKey = publicKey;
    expect(
      await asApp(privateKey).setCommitStatus(HEAD, { state: 'success', description: 'ok' }),
    ).toEqual({ ok: true, value: undefined });
    expect(server.requests.map((request) => request.operation)).toEqual([
      'apps/create-installation-access-token',
      'repos/create-commit-status',
    ]);
    expect(server.requests[0]?.url).toBe('/app/installations/55/access_tokens');
    expect(server.requests[1]?.authorization).toBe(`token ${INSTALLATION_TOKEN}`);
  });

  it('fails closed when GitHub does not accept the app key', async () => {
    server.app.publicKey = keys().publicKey;
    const result = await asApp(keys().privateKey).setCommitStatus(HEAD, {
      state: 'success',
      description: 'ok',
    });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'http', status: 401 } });
    expect(server.statuses).toEqual([]);
  });
});
