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

const review = (id: number, login: string, state: string, commit: string): PlatformReview => ({
  id,
  user: { login, id: id * 10 },
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

describe('the record job policy (stand-in rule)', () => {
  it('counts an approval of the head by someone in people.yaml, with the document moved', async () => {
    const verdict = await evaluate([
      review(1, 'LinTao-YF', 'APPROVED', repo.head),
      review(2, 'mallory', 'APPROVED', repo.head),
      review(3, 'zhanghua-hdx', 'APPROVED', repo.head),
    ]);
    expect(verdict.satisfied).toBe(true);
    expect(verdict.documents).toEqual([
      { id: 'REQ-0001', path: REQ, from: 'evaluating', to: 'approved' },
    ]);
    expect(
      verdict.signers.map((signer) => [signer.personId, signer.roles, signer.customer]),
    ).toEqual([['zhang-hua', ['customer-representative'], 'CUS-001']]);
  });

  it('is not satisfied by an approval of an older commit, or while a change request stands', async () => {
    expect((await evaluate([review(3, 'zhanghua-hdx', 'APPROVED', repo.base)])).satisfied).toBe(
      false,
    );
    const blocked = await evaluate([
      review(3, 'zhanghua-hdx', 'APPROVED', repo.head),
      review(4, 'huangwei-yf', 'CHANGES_REQUESTED', repo.head),
    ]);
    expect(blocked.satisfied).toBe(false);
    expect(blocked.missing[0]?.text.en).toContain('no standing request for changes');
    const cleared = await evaluate([
      review(3, 'zhanghua-hdx', 'APPROVED', repo.head),
      review(4, 'huangwei-yf', 'CHANGES_REQUESTED', repo.head),
      review(4, 'huangwei-yf', 'APPROVED', repo.head),
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
