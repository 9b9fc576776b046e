/**
 * The record job's policy on a real merged pull request, with reviews as GitHub lists them: the
 * author's own approval and unknown logins count for nothing, a later decision replaces an earlier
 * one, an approval of an older commit does not count, and a standing request for changes blocks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPolicyEvaluator } from '../../src/app/signoff-policy.ts';
import type { PlatformReview } from '../../src/core/ports/review-platform.ts';
import { removeRepo } from '../helpers/git.ts';
import { PROJECT_ROOT } from '../helpers/repo.ts';
import { REQ, createMergedRepo, type MergedRepo } from '../helpers/signoff-repo.ts';

let repo: MergedRepo;
beforeAll(() => {
  repo = createMergedRepo();
});
afterAll(() => {
  removeRepo(repo.root);
});

/** GitHub's user id is per account: the same login always has the same id, whatever its case. */
const USER_IDS = new Map<string, number>();
const userIdOf = (login: string) => {
  const key = login.toLowerCase();
  if (!USER_IDS.has(key)) USER_IDS.set(key, 1000 + USER_IDS.size);
  return USER_IDS.get(key) ?? 0;
};

const review = (id: number, login: string, state: string, commit: string): PlatformReview => ({
  id,
  user: { login, id: userIdOf(login) },
  state,
  commit_id: commit,
  submitted_at: '2026-03-09T08:00:00Z',
});

function evaluate(reviews: PlatformReview[]) {
  const platform = { listReviews: () => Promise.resolve({ ok: true as const, value: reviews }) };
  return createPolicyEvaluator(
    platform,
    7,
  )({ root: repo.root, base: repo.base, head: repo.head, author: 'lintao-yf' });
}

const ALL_THREE = (commit: string) => [
  review(1, 'zhaolei-yf', 'APPROVED', commit),
  review(2, 'huangwei-yf', 'APPROVED', commit),
  review(3, 'zhanghua-hdx', 'APPROVED', commit),
];

describe('the record job policy (the gate’s checkPullRequest, re-run after the merge)', () => {
  it('records who filled the policy’s places for a requirement approved after evaluation', async () => {
    const verdict = await evaluate([
      review(9, 'LinTao-YF', 'APPROVED', repo.head),
      review(8, 'mallory', 'APPROVED', repo.head),
      ...ALL_THREE(repo.head),
    ]);
    expect(verdict.missing).toEqual([]);
    expect(verdict.satisfied).toBe(true);
    expect(verdict.documents).toEqual([
      { id: 'REQ-0001', path: REQ, from: 'evaluating', to: 'approved' },
    ]);
    const signers = verdict.signers.map((s) => [s.personId, s.roles, s.customer, s.documents]);
    expect(signers.sort()).toEqual([
      ['huang-wei', ['development-lead', 'evaluator'], undefined, ['REQ-0001']],
      ['zhang-hua', ['customer-representative'], 'CUS-001', ['REQ-0001']],
      ['zhao-lei', ['project-manager'], undefined, ['REQ-0001']],
    ]);
  });

  it('says who is missing, in both languages, when only the representative approved', async () => {
    const verdict = await evaluate([review(3, 'zhanghua-hdx', 'APPROVED', repo.head)]);
    expect(verdict.satisfied).toBe(false);
    expect(verdict.missing).toHaveLength(1);
    expect(verdict.missing[0]?.document).toBe('REQ-0001');
    expect(verdict.missing[0]?.text.en).toMatch(/^1 of 3 required approvals: .*project manager/i);
    expect(verdict.missing[0]?.text['zh-CN']).toMatch(/^需要 3 项审批,还差 2 项/);
  });

  it('is not satisfied by approvals of an older commit, or while a change request stands', async () => {
    expect((await evaluate(ALL_THREE(repo.base))).satisfied).toBe(false);
    const blocked = await evaluate([
      ...ALL_THREE(repo.head),
      review(4, 'liuqiang-yf', 'CHANGES_REQUESTED', repo.head),
    ]);
    expect(blocked.satisfied).toBe(false);
    expect(blocked.missing.map((m) => m.rule)).toEqual(['changes-requested']);
    expect(blocked.missing[0]?.text.en).toContain('刘强 (Sales head) requested changes');
    const cleared = await evaluate([
      ...ALL_THREE(repo.head),
      review(4, 'liuqiang-yf', 'CHANGES_REQUESTED', repo.head),
      review(5, 'liuqiang-yf', 'APPROVED', repo.head),
    ]);
    expect(cleared.satisfied).toBe(true);
  });

  it('fails when the reviews cannot be listed (no record is guessed)', async () => {
    const platform = {
      listReviews: () =>
        Promise.resolve({ ok: false as const, failure: { kind: 'server' as const, status: 502 } }),
    };
    await expect(
      createPolicyEvaluator(
        platform,
        7,
      )({ root: repo.root, base: repo.base, head: repo.head, author: 'x' }),
    ).rejects.toThrow(/reviews of #7: server/);
  });
});

describe('scripts/record-signoffs.ts', () => {
  it('stops with exit 2, writing nothing, when the job environment is incomplete', () => {
    const result = spawnSync(
      join(PROJECT_ROOT, 'node_modules', '.bin', 'node'),
      [join(PROJECT_ROOT, 'scripts', 'record-signoffs.ts')],
      { cwd: repo.root, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('GITHUB_EVENT_PATH, GITHUB_REPOSITORY, GITHUB_TOKEN');
    expect(existsSync(join(repo.root, 'signoffs'))).toBe(false);
  });
});
