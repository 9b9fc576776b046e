/**
 * The record job on a direct push (an administrator's bypass): recorded as merged without
 * sign-off with the documents it changed; a push touching only signoffs/ (the job's own) records
 * nothing. Plus the push event reader.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSignoffs } from '../../src/app/record-signoffs.ts';
import { verifySignoffs } from '../../src/app/verify-signoffs.ts';
import { parsePushEvent } from '../../src/core/signoff-event.ts';
import { DEV, commitFiles, removeRepo } from '../helpers/git.ts';
import { APPROVED, REQ, createMergedRepo, type MergedRepo } from '../helpers/signoff-repo.ts';

let repo: MergedRepo;
beforeAll(() => {
  repo = createMergedRepo();
});
afterAll(() => {
  removeRepo(repo.root);
});

const never = () => Promise.reject(new Error('a direct push has no pull request to evaluate'));

describe('recordSignoffs on a direct push', () => {
  it('records the changed documents as merged without sign-off, and verify says so', async () => {
    const pushed = commitFiles(
      repo.root,
      { [REQ]: APPROVED.replace('提醒', '立即提醒') },
      'Hotfix',
      DEV,
    );
    const facts = {
      mergeCommit: pushed,
      baseCommit: repo.merge,
      mergedAt: '2026-03-11T01:00:00Z',
      mergedBy: { login: 'lintao-yf', id: 3001 },
      recordedAt: '2026-03-11T01:01:00Z',
    };
    const outcome = await recordSignoffs(repo.root, facts, never);
    expect(outcome?.path).toBe(`signoffs/push-${pushed}.json`);
    expect(outcome?.record).toMatchObject({
      source: 'direct-push',
      outcome: 'merged-without-signoff',
      documents: [{ id: 'REQ-0001', path: REQ, from: 'approved', to: 'approved' }],
      approvals: [],
    });
    expect(outcome?.record.missing[0]?.text.en).toContain('no pull request');
    const verified = await verifySignoffs(repo.root);
    expect(verified.unsigned).toHaveLength(1);
    expect(verified.problems.map((problem) => problem.rule)).toEqual([
      'verify/merged-without-signoff',
    ]);
    const own = commitFiles(repo.root, { [outcome?.path ?? '']: '{}\n' }, 'Record', DEV);
    expect(
      await recordSignoffs(repo.root, { ...facts, baseCommit: pushed, mergeCommit: own }, never),
    ).toBeUndefined();
  });
});

describe('parsePushEvent', () => {
  const event = {
    ref: 'refs/heads/main',
    before: 'a'.repeat(40),
    after: 'b'.repeat(40),
    sender: { login: 'zhoumin-yf', id: 7 },
    head_commit: { timestamp: '2026-03-11T09:00:00+08:00' },
  };
  it('reads the fields the job needs', () => {
    expect(parsePushEvent(event)).toEqual({
      branch: 'main',
      before: 'a'.repeat(40),
      after: 'b'.repeat(40),
      pushedAt: '2026-03-11T01:00:00.000Z',
      sender: { login: 'zhoumin-yf', id: 7 },
    });
  });
  it.each([
    ['a tag', { ...event, ref: 'refs/tags/v1' }],
    ['a branch deletion', { ...event, after: '0'.repeat(40) }],
    ['a short commit', { ...event, after: 'bbbb' }],
    ['no sender', { ...event, sender: null }],
    ['not an object', 'push'],
  ])('refuses %s', (_name, payload) => {
    expect(parsePushEvent(payload)).toBeUndefined();
  });
});
