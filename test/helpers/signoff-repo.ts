/**
 * A real git repository in which a pull request approving REQ-0001 was merged (#7), plus a
 * hand-written policy verdict standing in for the gate's: the customer representative and the
 * project manager approved the branch head. Used by the record, verify and history tests.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyEvaluator } from '../../src/app/record-signoffs.ts';
import type { MergeFacts, PolicyVerdict } from '../../src/core/signoff-record.ts';
import { CUSTOMER, requirement } from './documents.ts';
import { DEV, PM, commitFiles, git, mergeBranch } from './git.ts';
import { FIXTURE_PEOPLE, createFixtureRepo } from './repo.ts';

export const REQ = 'content/requirements/REQ-0001.md';
export const SCAN = 'content/requirements/attachments/REQ-0001-signed.pdf';
export const SCAN_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x0a]);

/** The fixture cast plus a representative of CUS-001 with no GitHub login (signs on paper). */
export const PEOPLE_WITH_PAPER_SIGNER = `${FIXTURE_PEOPLE}  - { id: yang-guang, name: 杨光, roles: [customer-representative], customer: CUS-001 }\n`;

const EVALUATING = requirement('REQ-0001', 'owner: zhao-lei').replace(
  'status: submitted',
  'status: evaluating',
);
// The signed scan travels with the requirement (listed in its attachments).
export const APPROVED = EVALUATING.replace('status: evaluating', 'status: approved').replace(
  'owner: zhao-lei',
  'owner: zhao-lei\nevaluation: { meeting_on: 2026-03-08, opinions: [] }\nattachments: [{ path: attachments/REQ-0001-signed.pdf, title: 签字扫描件 }]',
);

export interface MergedRepo {
  root: string;
  base: string;
  head: string;
  merge: string;
}

export function createMergedRepo(): MergedRepo {
  const root = createFixtureRepo({ 'content/config/people.yaml': PEOPLE_WITH_PAPER_SIGNER });
  git(root, ['init', '--quiet', '--initial-branch=main']);
  const base = commitFiles(
    root,
    { 'content/customers/CUS-001/customer.md': CUSTOMER, [REQ]: EVALUATING },
    'Set up',
    PM,
    '2026-03-01T09:00:00+08:00',
  );
  git(root, ['checkout', '--quiet', '-b', 'approve-req-0001']);
  const head = commitFiles(
    root,
    { [REQ]: APPROVED, [SCAN]: SCAN_BYTES },
    'Approve REQ-0001',
    DEV,
    '2026-03-09T15:00:00+08:00',
  );
  git(root, ['checkout', '--quiet', 'main']);
  const merge = mergeBranch(
    root,
    'approve-req-0001',
    'Merge pull request #7 from team/approve-req-0001',
    PM,
    '2026-03-10T11:00:00+08:00',
  );
  return { root, base, head, merge };
}

export function mergeFacts(repo: MergedRepo): MergeFacts {
  return {
    pullRequest: {
      number: 7,
      url: 'https://github.com/acme/requirements/pull/7',
      title: 'Approve REQ-0001',
      author: { login: 'lintao-yf', id: 3001 },
      headCommit: repo.head,
    },
    mergeCommit: repo.merge,
    baseCommit: repo.base,
    mergedAt: '2026-03-10T03:00:00Z',
    mergedBy: { login: 'zhaolei-yf', id: 2002 },
    recordedAt: '2026-03-10T03:01:00Z',
  };
}

export function approvedVerdict(
  repo: MergedRepo,
  extra: Partial<PolicyVerdict> = {},
): PolicyVerdict {
  return {
    satisfied: true,
    documents: [{ id: 'REQ-0001', path: REQ, from: 'evaluating', to: 'approved' }],
    signers: [
      {
        personId: 'zhang-hua',
        name: '张华',
        roles: ['customer-representative'],
        customer: 'CUS-001',
        via: 'review',
        login: 'ZhangHua-HDX',
        userId: 1001,
        reviewId: 9001,
        commitId: repo.head,
        submittedAt: '2026-03-09T08:00:00Z',
        documents: ['REQ-0001'],
      },
      {
        personId: 'zhao-lei',
        name: '赵磊',
        roles: ['project-manager'],
        via: 'review',
        login: 'zhaolei-yf',
        userId: 2002,
        reviewId: 9002,
        commitId: repo.head,
        submittedAt: '2026-03-09T09:00:00Z',
        documents: ['REQ-0001'],
      },
    ],
    missing: [],
    ...extra,
  };
}

/** A stand-in for the gate's policy evaluation that checks it was asked about the right commits. */
export function fixedEvaluator(repo: MergedRepo, verdict: PolicyVerdict): PolicyEvaluator {
  return ({ base, head, author }) => {
    if (base !== repo.base || head !== repo.head || author !== 'lintao-yf')
      return Promise.reject(new Error(`asked about ${base}..${head} by ${author}`));
    return Promise.resolve(verdict);
  };
}

export function writeJson(root: string, path: string, value: unknown): void {
  writeFileSync(join(root, path), `${JSON.stringify(value, null, 2)}\n`);
}
