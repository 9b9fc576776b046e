/**
 * Paper sign-off (WALKTHROUGH flow 4): a representative without a GitHub login signs the printed
 * 变更确认单, the scan is committed and listed in `attachments`, and the project manager named in
 * `attested_by` attests it by approving. Typed fields alone are never evidence.
 */
import { describe, expect, it } from 'vitest';
import { resolveScan } from '../../../src/core/approvals/offline.ts';
import type { Review } from '../../../src/core/approvals/reviews.ts';
import {
  BEICHEN,
  HEAD,
  OLD,
  XINGHAI,
  changeSubject,
  evaluate,
  fingerprints,
  review,
  say,
} from '../../helpers/approvals.ts';
import { formatMessage } from '../../../src/core/messages.ts';
import { APPROVAL_MESSAGES } from '../../../src/core/approvals/messages.ts';

const SCAN = 'content/changes/attachments/CR-0005-signed.pdf';
const SIGNATURE = {
  scan: 'attachments/CR-0005-signed.pdf',
  signed_by: '杨光',
  signed_on: '2026-11-24',
  attested_by: 'sun-li',
};
const ATTACHMENTS = [{ path: 'attachments/CR-0005-signed.pdf', title: '已签字的变更确认单扫描件' }];

function paperCr(
  signature: Record<string, unknown> = SIGNATURE,
  attachments: unknown[] = ATTACHMENTS,
  customers = [BEICHEN],
) {
  return changeSubject(
    {
      id: 'CR-0005',
      kind: 'change',
      from: 'awaiting-approval',
      to: 'approved',
      steps: [{ from: 'awaiting-approval', to: 'approved' }],
      before: {},
      after: { offline_signature: signature, attachments },
    },
    customers,
    [SCAN],
  );
}

/** A document of 北辰医药 moved to approved, signed on paper with `scan` (relative to its folder). */
function signedSubject(id: string, kind: 'change' | 'requirement', scan: string) {
  const from = kind === 'change' ? 'awaiting-approval' : 'evaluating';
  const path = `content/${kind === 'change' ? 'changes' : 'requirements'}/${id}.md`;
  const signature = { ...SIGNATURE, scan };
  return changeSubject(
    {
      id,
      kind,
      from,
      to: 'approved',
      steps: [{ from, to: 'approved' }],
      before: {},
      after: { offline_signature: signature, attachments: [{ path: scan }] },
    },
    [BEICHEN],
    [resolveScan(path, scan)],
  );
}

function check(
  subject = paperCr(),
  reviews: Review[] = [review('sunli-yf', 'APPROVED')],
  stale: string[] = [],
) {
  const prints = fingerprints([subject], { [OLD]: stale });
  return evaluate([subject], reviews, { fingerprints: prints });
}

const problem = (outcome: ReturnType<typeof check>, lang: 'en' | 'zh-CN' = 'en') =>
  outcome.issues.map(
    (issue) =>
      `${issue.pointer.join('.')}: ${formatMessage(APPROVAL_MESSAGES, issue.message, issue.params, lang)}`,
  );

describe('offline sign-off', () => {
  it("counts the paper form as the representative's signature, and the attesting review as the PM's approval", () => {
    const outcome = check();
    expect(outcome.issues).toEqual([]);
    const sentences = outcome.evaluation.subjects[0]?.sentences.map((s) => say(s, 'en'));
    expect(sentences?.slice(0, 2)).toEqual([
      'All 2 required approvals given',
      'Approved by 杨光 (representative of 北辰医药, signed on paper, attested by 孙丽), 孙丽 (Project manager)',
    ]);
    expect(say(outcome.evaluation.subjects[0]?.sentences[1], 'zh-CN')).toBe(
      '已批准:杨光(北辰医药的客户代表,线下签字,孙丽见证)、孙丽(项目管理人员)',
    );
    expect(outcome.evaluation.satisfied).toBe(true);
  });

  it('calls attested_by naming someone who did not approve a forgery, and fails', () => {
    const outcome = check(paperCr(), [review('zhaolei-yf', 'APPROVED')]);
    expect(problem(outcome)).toEqual([
      'offline_signature.attested_by: CR-0005 says its paper signature was attested by 孙丽, but 孙丽 has not approved this pull request: the attestation is void. Have that project manager approve it on GitHub, or correct `attested_by`.',
    ]);
    expect(outcome.evaluation.satisfied).toBe(false);
    expect(say(outcome.evaluation.subjects[0]?.sentences[0], 'en')).toBe(
      '1 of 2 required approvals: the representative of 北辰医药 has not approved',
    );
  });

  it('does not take the typed fields alone as evidence (no review at all)', () => {
    const outcome = check(paperCr(), []);
    expect(outcome.issues.map((issue) => issue.rule)).toEqual(['offline/forgery']);
    expect(outcome.evaluation.satisfied).toBe(false);
  });

  it('refuses an attestation whose review predates a change to the scan', () => {
    const outcome = check(paperCr(), [review('sunli-yf', 'APPROVED', OLD)], [SCAN]);
    expect(outcome.issues.map((issue) => issue.rule)).toEqual(['offline/attestation-stale']);
  });

  it('refuses an attester who is not a project manager', () => {
    const outcome = check(paperCr({ ...SIGNATURE, attested_by: 'huang-wei' }), [
      review('huangwei-yf', 'APPROVED'),
    ]);
    expect(problem(outcome, 'zh-CN')).toEqual([
      'offline_signature.attested_by: CR-0005 的线下签字见证人 黄伟 不是项目管理人员:见证须由项目经理在拉取请求中批准。',
    ]);
  });

  it('refuses the author as attester (their own approval never counts)', () => {
    const outcome = evaluate([paperCr()], [review('sunli-yf', 'APPROVED')], { author: 'sunli-yf' });
    expect(outcome.issues.map((issue) => issue.rule)).toEqual(['offline/forgery']);
  });

  it('needs the scan listed in attachments', () => {
    const outcome = check(paperCr(SIGNATURE, []));
    expect(outcome.issues.map((issue) => issue.rule)).toEqual(['offline/scan-not-attached']);
  });

  it('needs the scan committed', () => {
    const subject = paperCr();
    const prints = fingerprints([subject]);
    prints.head.delete(SCAN);
    prints.at.get(HEAD)?.delete(SCAN);
    const outcome = evaluate([subject], [review('sunli-yf', 'APPROVED')], { fingerprints: prints });
    expect(outcome.issues.map((issue) => issue.rule)).toEqual(['offline/scan-missing']);
  });

  it('needs the scan added or changed by this pull request: an older scan signed older content', () => {
    const subject = { ...paperCr(), changedPaths: ['content/changes/CR-0005.md'] };
    const outcome = check(subject);
    expect(problem(outcome)).toEqual([
      "offline_signature.scan: CR-0005's signed scan `content/changes/attachments/CR-0005-signed.pdf` is not added or changed by this pull request: a signature covers only the content it was given on. Commit the scan of this signature with the change, in this pull request.",
    ]);
    expect(outcome.evaluation.satisfied).toBe(false);
  });

  it('refuses a Docket document as the scan', () => {
    const subject = signedSubject('CR-0005', 'change', '../requirements/REQ-0028.md');
    const outcome = check(subject);
    expect(outcome.issues.map((issue) => issue.rule)).toEqual(['offline/scan-not-attachment']);
    expect(outcome.evaluation.satisfied).toBe(false);
  });

  it('signs a requirement (需求确认书) on paper too, for a customer whose representative has no login', () => {
    const subject = signedSubject('REQ-0030', 'requirement', 'attachments/REQ-0030-signed.pdf');
    const outcome = check(subject, [
      review('sunli-yf', 'APPROVED'),
      review('huangwei-yf', 'APPROVED'),
    ]);
    expect(outcome.issues).toEqual([]);
    expect(say(outcome.evaluation.subjects[0]?.sentences[0], 'en')).toBe(
      'All 3 required approvals given',
    );
    expect(outcome.evaluation.satisfied).toBe(true);
  });

  it('refuses a signatory who is not the representative of an affected customer', () => {
    const outcome = check(paperCr({ ...SIGNATURE, signed_by: '张三' }));
    expect(outcome.issues.map((issue) => issue.rule)).toEqual(['offline/signer-unknown']);
  });

  it('refuses paper from a representative who has a login (they sign by review)', () => {
    const outcome = check(paperCr({ ...SIGNATURE, signed_by: '邓辉' }, ATTACHMENTS, [XINGHAI]));
    expect(problem(outcome)).toEqual([
      'offline_signature.signed_by: 邓辉 has the GitHub login `denghui-xh` and signs by approving the pull request; the paper form is not evidence (CR-0005).',
    ]);
  });

  it('does not re-judge a form merged earlier, but still needs the PM here to count it', () => {
    const subject = paperCr();
    const document = subject.document;
    if (document) document.before = { offline_signature: SIGNATURE, attachments: ATTACHMENTS };
    const outcome = check(subject, [review('zhaolei-yf', 'APPROVED')]);
    expect(outcome.issues).toEqual([]);
    expect(say(outcome.evaluation.subjects[0]?.sentences[0], 'en')).toBe(
      '1 of 2 required approvals: the representative of 北辰医药 has not approved',
    );
  });
});
