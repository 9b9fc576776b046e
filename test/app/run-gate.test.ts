import { describe, expect, it } from 'vitest';
import type { GateCheck, GateCheckOutcome } from '../../src/app/gate-check.ts';
import { runGate, type GateDependencies } from '../../src/app/run-gate.ts';
import { ALL_MESSAGES } from '../../src/core/catalogue.ts';
import type { GateTarget } from '../../src/core/gate-event.ts';
import { COMMENT_LIMIT } from '../../src/core/gate-report.ts';
import type { PlatformFailure } from '../../src/core/ports/review-platform.ts';
import {
  createFakeReviewPlatform,
  type FakeReviewPlatform,
} from '../helpers/fake-review-platform.ts';

const HEAD = 'b'.repeat(40);
const BASE = 'a'.repeat(40);
const TARGET: GateTarget = { kind: 'pull-request', number: 7, fallbackSha: HEAD };
const PASS: GateCheckOutcome = {
  verdict: 'pass',
  headline: 'All 2 approvals given.',
  annotations: [],
  summary: '# ok',
  comment: 'ok',
};

function setUp(check: GateCheck = () => Promise.resolve(PASS), fetched = true) {
  const platform = createFakeReviewPlatform({
    number: 7,
    state: 'open',
    draft: false,
    merged: false,
    author: 'wangfang-yf',
    title: 't',
    htmlUrl: 'https://github.com/o/r/pull/7',
    headSha: HEAD,
    baseRef: 'main',
    baseSha: BASE,
  });
  const deps: GateDependencies = {
    platform,
    fetchCommits: () =>
      Promise.resolve(
        fetched
          ? { ok: true, base: BASE, head: HEAD }
          : { ok: false, reason: 'git fetch: no such ref' },
      ),
    check,
    root: '/repo',
    lang: 'en',
    catalogue: ALL_MESSAGES,
    runUrl: 'https://github.com/o/r/actions/runs/1',
  };
  return { platform, deps };
}

const states = (platform: FakeReviewPlatform) =>
  platform.statuses.map(({ status }) => status.state);

describe('runGate', () => {
  it('posts pending, then the verdict, and the sticky comment', async () => {
    const { platform, deps } = setUp();
    const run = await runGate(TARGET, deps);
    expect(run).toMatchObject({ outcome: 'decided', verdict: 'pass', statusSha: HEAD });
    expect(states(platform)).toEqual(['pending', 'success']);
    expect(platform.statuses[1]?.status).toEqual({
      state: 'success',
      description: 'All 2 approvals given.',
      targetUrl: deps.runUrl,
    });
    expect(platform.comments).toEqual([{ number: 7, body: 'ok' }]);
  });

  it.each<[string, keyof FakeReviewPlatform['failures'], PlatformFailure, string]>([
    [
      'reviews time out',
      'listReviews',
      { kind: 'timeout', seconds: 20 },
      'GitHub did not answer within 20 s',
    ],
    [
      'reviews hit the rate limit',
      'listReviews',
      { kind: 'rate-limit', resetAt: undefined },
      'rate limit reached (resets ?)',
    ],
    [
      'the pull request read fails',
      'getPullRequest',
      { kind: 'server', status: 502 },
      'server error 502',
    ],
    [
      'reviews are malformed',
      'listReviews',
      { kind: 'bad-response', reason: 'review 1: `state` is missing' },
      'cannot read (review 1',
    ],
  ])('fails closed when %s', async (_name, method, failure, why) => {
    const { platform, deps } = setUp();
    platform.failures[method] = failure;
    const run = await runGate(TARGET, deps);
    expect(run.outcome).toBe('failed-closed');
    expect(platform.statuses.at(-1)).toMatchObject({ sha: HEAD, status: { state: 'failure' } });
    expect(platform.statuses.at(-1)?.status.description).toContain(why);
    expect(run.annotations[0]).toContain(why);
    expect(states(platform)).not.toContain('success');
  });

  it('fails closed when the commits cannot be fetched or the check throws', async () => {
    const unfetched = setUp(undefined, false);
    expect((await runGate(TARGET, unfetched.deps)).status?.description).toContain(
      'git fetch: no such ref',
    );
    const throwing = setUp(() => Promise.reject(new Error('policy file unreadable')));
    const run = await runGate(TARGET, throwing.deps);
    expect(run.status).toMatchObject({
      state: 'failure',
      description: expect.stringContaining('policy file unreadable') as string,
    });
  });

  it('reports a decision it could not post as a failure of the gate, not a pass', async () => {
    const { platform, deps } = setUp();
    platform.failures.setCommitStatus = { kind: 'server', status: 500 };
    const run = await runGate(TARGET, deps);
    expect(run.outcome).toBe('failed-closed');
    expect(run.log.join('\n')).toContain('Could not post the docket/approvals status');
  });

  it('keeps the comment under the limit and says where the rest is', async () => {
    const long: GateCheckOutcome = { ...PASS, comment: '长'.repeat(COMMENT_LIMIT + 5000) };
    const { platform, deps } = setUp(() => Promise.resolve(long));
    await runGate(TARGET, deps);
    const body = platform.comments[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain(
      'the full report is in this run’s job summary: https://github.com/o/r/actions/runs/1',
    );
  });

  it('leaves a closed pull request alone', async () => {
    const { platform, deps } = setUp();
    platform.pullRequest = { ...platform.pullRequest, state: 'closed' };
    expect((await runGate(TARGET, deps)).outcome).toBe('ignored');
    expect(platform.statuses).toEqual([]);
  });
});
