/**
 * Walkthrough flows 2–5 (../shared/domain/WALKTHROUGH.md), end to end: a real git origin, the
 * local GitHub stand-in, the gate and the record job spawned as their workflows run them, and
 * `docket verify` / `show` / `history` in a fresh clone afterwards. One team, one history: each
 * flow builds on the one before, as in the README's walkthrough.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../helpers/walkthrough-team.ts';
import {
  APPROVED_REQ,
  CR1,
  CR1_APPROVED,
  CR2,
  CR2_PAPER,
  FIXED_REQ,
  REQ1,
  SCAN,
  SCAN_BYTES,
  TEAM_FILES,
  TYPO_FIXED_REQ,
} from './flow-documents.ts';

let team: Team;
beforeAll(async () => {
  team = await createTeam(TEAM_FILES);
  const validate = team.docket(['validate']);
  expect(validate.status, validate.stdout).toBe(0);
}, 60_000);
afterAll(async () => {
  expect(team.server.violations).toEqual([]);
  await team.cleanup();
});

const gate = async (number: number, event: 'pull_request_target' | 'workflow_run') => {
  const run = await team.runGate(number, event);
  expect(run.status, run.stderr).toBe(0);
  return { ...run, status: team.statusOf(number), comment: team.commentOf(number) };
};

describe('walkthrough flows 2–5: approvals as pull requests, sign-off records in git', () => {
  it('flow 2: evaluation — the comment names who is missing; an evaluator’s request for changes keeps it red', async () => {
    team.openPullRequest(1, 'wangfang-yf', { [REQ1]: APPROVED_REQ });
    let run = await gate(1, 'pull_request_target');
    expect(run.status?.state).toBe('failure');
    expect(run.comment).toContain(
      '0 of 3 required approvals: a project manager has not approved; a development lead has not approved; the representative of 华东鲜食品有限公司 has not approved',
    );
    team.review(1, 'zhaolei-yf', 'APPROVED');
    team.review(1, 'huangwei-yf', 'CHANGES_REQUESTED');
    run = await gate(1, 'workflow_run');
    expect(run.status?.state).toBe('failure');
    expect(run.comment).toContain('黄伟 (Development lead, Evaluator) requested changes');
    const fixed = team.pushToPullRequest(1, { [REQ1]: FIXED_REQ });
    run = await gate(1, 'pull_request_target');
    expect(run.comment).toContain(`赵磊's approval on commit`);
    expect(run.comment).toContain('REQ-0001 changed after it, so it must be approved again');
    for (const login of ['zhaolei-yf', 'huangwei-yf', 'zhanghua-hdx'])
      team.review(1, login, 'APPROVED', fixed);
    run = await gate(1, 'workflow_run');
    expect(run.status).toEqual({
      state: 'success',
      description: 'May merge: all 1 changed items have their approvals',
    });
    const recorded = await team.merge(1, 'zhaolei-yf');
    expect(recorded.status, recorded.stderr).toBe(0);
    const verify = team.docket(['verify']);
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
    const history = team.docket(['history', 'REQ-0001', '--format', 'json']);
    const signoffs = (JSON.parse(history.stdout) as { signoffs: { person: string }[] }).signoffs;
    expect(signoffs.map((s) => s.person).sort()).toEqual(['huang-wei', 'zhang-hua', 'zhao-lei']);
  }, 120_000);

  it('flow 3: a change request — the comment lists what it touches; representative, project manager and (tier A) sales head sign', async () => {
    team.openPullRequest(2, 'wangfang-yf', { [CR1]: CR1_APPROVED });
    let run = await gate(2, 'pull_request_target');
    expect(run.status?.state).toBe('failure');
    expect(run.comment).toContain('Change request approved (change confirmation form)');
    expect(run.comment).toContain('Change for a tier-A customer');
    expect(run.comment).toContain(
      "This change request changes the signed requirement REQ-0001: the customer's signed confirmation no longer matches it",
    );
    expect(run.comment).toContain('Customer affected: 华东鲜食品有限公司');
    for (const login of ['zhanghua-hdx', 'zhaolei-yf', 'liuqiang-yf'])
      team.review(2, login, 'APPROVED');
    run = await gate(2, 'workflow_run');
    expect(run.status?.state).toBe('success');
    expect((await team.merge(2, 'zhaolei-yf')).status).toBe(0);
    const show = JSON.parse(team.docket(['show', 'CR-0001', '--format', 'json']).stdout) as {
      signoff: { pull_request: number; needs_reconfirmation: boolean } | null;
    };
    expect(show.signoff).toMatchObject({ pull_request: 2, needs_reconfirmation: false });
  }, 120_000);

  it('flow 4: a customer without GitHub signs on paper; a forged attestation fails', async () => {
    team.openPullRequest(3, 'wangfang-yf', {
      [CR2]: CR2_PAPER.replace('attested_by: zhao-lei', 'attested_by: sun-li'),
      [SCAN]: SCAN_BYTES,
    });
    team.review(3, 'zhaolei-yf', 'APPROVED');
    let run = await gate(3, 'pull_request_target');
    expect(run.status?.state).toBe('failure');
    expect(run.comment).toContain(
      'CR-0002 says its paper signature was attested by 孙丽, but 孙丽 has not approved this pull request: the attestation is void',
    );
    const head = team.pushToPullRequest(3, { [CR2]: CR2_PAPER });
    team.review(3, 'zhaolei-yf', 'APPROVED', head);
    run = await gate(3, 'workflow_run');
    expect(run.status?.state).toBe('success');
    expect(run.comment).toContain('杨光');
    expect((await team.merge(3, 'zhaolei-yf')).status).toBe(0);
    const history = team.docket(['history', 'CR-0002']);
    expect(history.stdout).toMatch(/杨光.*(paper|attested by 赵磊)/);
    expect(team.docket(['verify']).status).toBe(0);
  }, 120_000);

  it('flow 5: an edit of signed content warns before the merge and needs re-confirmation after', async () => {
    team.openPullRequest(4, 'huangwei-yf', { [REQ1]: TYPO_FIXED_REQ });
    let run = await gate(4, 'pull_request_target');
    expect(run.comment).toContain(
      'REQ-0001 was signed by 张华 on 2026-11-20: merging makes that sign-off lapse until it is confirmed again',
    );
    team.review(4, 'zhaolei-yf', 'APPROVED');
    run = await gate(4, 'workflow_run');
    expect(run.status?.state).toBe('success');
    expect((await team.merge(4, 'zhaolei-yf')).status).toBe(0);
    expect(team.docket(['show', 'REQ-0001']).stdout).toMatch(/needs re-confirmation/i);
    expect(team.docket(['history', 'REQ-0001']).stdout).toMatch(/needs re-confirmation/i);
    expect(team.docket(['verify']).status).toBe(0);
  }, 120_000);
});
