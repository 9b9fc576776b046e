/**
 * Sign-off records end to end in a real repository: the record job writes a schema-checked record
 * after a merge, `verifySignoffs` checks it against git (and catches each kind of tampering), and
 * a later edit of the signed document makes the sign-off lapse in the history.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocumentRecords } from '../../src/app/document-records.ts';
import { recordSignoffs } from '../../src/app/record-signoffs.ts';
import { verifySignoffs } from '../../src/app/verify-signoffs.ts';
import type { SignOffRecord } from '../../src/core/signoffs.ts';
import { DEV, commitFiles, removeRepo } from '../helpers/git.ts';
import {
  APPROVED,
  REQ,
  SCAN,
  SCAN_BYTES,
  approvedVerdict,
  createMergedRepo,
  fixedEvaluator,
  mergeFacts,
  writeJson,
  type MergedRepo,
} from '../helpers/signoff-repo.ts';

const RECORD = 'signoffs/pr-7.json';

/** The item at `index`, which the test's own fixture guarantees. */
function at<T>(list: T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`fixture has no item ${index}`);
  return item;
}
let repo: MergedRepo;
let record: SignOffRecord;

beforeAll(async () => {
  repo = createMergedRepo();
  const outcome = await recordSignoffs(
    repo.root,
    mergeFacts(repo),
    fixedEvaluator(repo, approvedVerdict(repo)),
  );
  record = JSON.parse(readFileSync(join(repo.root, RECORD), 'utf8')) as SignOffRecord;
  expect(outcome?.path).toBe(RECORD);
  commitFiles(
    repo.root,
    { [RECORD]: readFileSync(join(repo.root, RECORD), 'utf8') },
    'Record sign-offs of #7',
  );
});

afterAll(() => {
  removeRepo(repo.root);
});

/** Runs verify with one record replaced by `change(record)`, then puts the original back. */
async function verifyTampered(change: (copy: SignOffRecord) => void) {
  const copy = structuredClone(record);
  change(copy);
  writeJson(repo.root, RECORD, copy);
  try {
    return (await verifySignoffs(repo.root)).problems.map((problem) => [
      problem.rule,
      problem.params,
    ]);
  } finally {
    writeJson(repo.root, RECORD, record);
  }
}

describe('recordSignoffs', () => {
  it('writes who approved what and when, with the fingerprints of what they approved', () => {
    expect(record).toMatchObject({
      source: 'pull-request',
      pull_request: { number: 7, author: { login: 'lintao-yf', id: 3001 }, head_commit: repo.head },
      merge_commit: repo.merge,
      base_commit: repo.base,
      merged_by: { login: 'zhaolei-yf', id: 2002 },
      outcome: 'signed',
      missing: [],
    });
    const [document] = record.documents;
    expect(document).toMatchObject({
      id: 'REQ-0001',
      path: REQ,
      from: 'evaluating',
      to: 'approved',
    });
    expect(document?.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(
      record.approvals.map((approval) => [approval.person, approval.roles, approval.review_id]),
    ).toEqual([
      ['zhang-hua', ['customer-representative'], 9001],
      ['zhao-lei', ['project-manager'], 9002],
    ]);
    expect(record.approvals[0]?.documents).toEqual([
      { id: 'REQ-0001', fingerprint: document?.fingerprint },
    ]);
  });

  it('never overwrites a record: a merge is recorded once', async () => {
    await expect(
      recordSignoffs(repo.root, mergeFacts(repo), fixedEvaluator(repo, approvedVerdict(repo))),
    ).rejects.toThrow(/EEXIST/);
  });
});

describe('verifySignoffs', () => {
  it('accepts the record as written', async () => {
    const result = await verifySignoffs(repo.root);
    expect(result.problems).toEqual([]);
    expect(result.records).toBe(1);
  });

  it.each<[string, (copy: SignOffRecord) => void, string]>([
    [
      'a fingerprint edited by hand',
      (copy) => {
        at(copy.documents, 0).fingerprint = `sha256:${'1'.repeat(64)}`;
      },
      'verify/fingerprint-mismatch',
    ],
    [
      'an approval of other content',
      (copy) => {
        at(at(copy.approvals, 0).documents, 0).fingerprint = `sha256:${'2'.repeat(64)}`;
      },
      'verify/approval-other-content',
    ],
    [
      'a role the person did not hold on the base',
      (copy) => {
        at(copy.approvals, 1).roles = ['general-manager'];
      },
      'verify/role-not-held',
    ],
    [
      'someone not in people.yaml',
      (copy) => {
        at(copy.approvals, 1).person = 'mallory';
      },
      'verify/unknown-person',
    ],
    [
      "a login that is not the person's",
      (copy) => {
        at(copy.approvals, 0).login = 'mallory';
      },
      'verify/login-mismatch',
    ],
    [
      'a base that is not the first parent',
      (copy) => {
        copy.base_commit = repo.head;
      },
      'verify/base-mismatch',
    ],
    [
      'a merge commit this clone does not have',
      (copy) => {
        copy.merge_commit = 'f'.repeat(40);
        copy.base_commit = 'f'.repeat(40);
      },
      'verify/merge-commit-missing',
    ],
  ])('catches %s', async (_name, change, rule) => {
    const problems = await verifyTampered(change);
    expect(problems.map(([found]) => found)).toContain(rule);
  });

  it('reports a merge without sign-off loudly, with what was missing', async () => {
    const problems = await verifyTampered((copy) => {
      copy.outcome = 'merged-without-signoff';
      copy.approvals = [at(copy.approvals, 1)];
      copy.missing = [
        {
          document: 'REQ-0001',
          text: {
            'zh-CN': '华东鲜食品的客户代表尚未批准',
            en: 'the representative of 华东鲜食品 has not approved',
          },
        },
      ];
    });
    expect(problems).toContainEqual([
      'verify/merged-without-signoff',
      expect.objectContaining({ missing: 'the representative of 华东鲜食品 has not approved' }),
    ]);
  });

  it('checks a paper sign-off: scan hash, signer without login, attestation by an approving PM', async () => {
    const paper =
      (attestedBy: string, sha256: string, person = 'yang-guang') =>
      (copy: SignOffRecord) => {
        copy.approvals[0] = {
          person,
          name: '杨光',
          roles: ['customer-representative'],
          customer: 'CUS-001',
          method: 'paper',
          documents: at(copy.approvals, 0).documents,
          paper: { scan: SCAN, sha256, signed_by: '杨光', attested_by: attestedBy },
        };
      };
    const realHash = createHash('sha256').update(SCAN_BYTES).digest('hex');
    expect(await verifyTampered(paper('zhao-lei', realHash))).toEqual([]);
    expect(await verifyTampered(paper('huang-wei', realHash))).toContainEqual([
      'verify/attestation-missing',
      { person: 'huang-wei' },
    ]);
    expect(
      (await verifyTampered(paper('zhao-lei', '0'.repeat(64)))).map(([rule]) => rule),
    ).toContain('verify/scan-mismatch');
    expect(
      (await verifyTampered(paper('zhao-lei', realHash, 'zhang-hua'))).map(([rule]) => rule),
    ).toContain('verify/paper-with-login');
  });
});

describe('needs re-confirmation', () => {
  it('is false right after the sign-off and true once the signed content is edited', async () => {
    const before = (await readDocumentRecords(repo.root)).byId.get('REQ-0001');
    expect(before?.signoffs.lastDecision?.merge_commit).toBe(repo.merge);
    expect(before?.signoffs.needsReconfirmation).toBe(false);
    expect(before?.signoffs.signoffs.map((signoff) => signoff.approval.person)).toEqual([
      'zhang-hua',
      'zhao-lei',
    ]);
    const typo = commitFiles(
      repo.root,
      { [REQ]: APPROVED.replace('库存低于安全线时提醒', '库存低于安全线时立即提醒') },
      'Fix a typo',
      DEV,
      '2026-03-12T09:00:00+08:00',
    );
    const after = (await readDocumentRecords(repo.root)).byId.get('REQ-0001');
    expect(after?.signoffs.needsReconfirmation).toBe(true);
    expect(
      after?.signoffs.editsSince.map((revision) => [revision.commit, revision.fields]),
    ).toEqual([[typo, ['acceptance_criteria']]]);
  });
});
