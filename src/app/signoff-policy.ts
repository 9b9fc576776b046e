/**
 * The record job's policy: the gate's own checkPullRequest() re-run after the merge on the
 * reviews as they stand (all pages, fetched when the job runs), mapped to a PolicyVerdict. A
 * platform failure or a check that cannot decide rejects, so no record is ever guessed.
 */
import { say } from '../core/approvals/catalogue.ts';
import type { PullRequestCheck } from '../core/approvals/check-result.ts';
import type { Approver, Sentence, SubjectResult } from '../core/approvals/result.ts';
import type { ReviewPlatform } from '../core/ports/review-platform.ts';
import type { PolicyVerdict, Signer } from '../core/signoff-record.ts';
import { checkPullRequest } from './check-pull-request.ts';
import { toReviews } from './gate-approvals.ts';
import type { PolicyEvaluator } from './record-signoffs.ts';

export function createPolicyEvaluator(
  platform: Pick<ReviewPlatform, 'listReviews'>,
  number: number,
): PolicyEvaluator {
  return async ({ root, base, head, author }) => {
    const listed = await platform.listReviews(number);
    if (!listed.ok) throw new Error(`listing the reviews of #${number}: ${listed.failure.kind}`);
    const reviews = toReviews(listed.value);
    const check = await checkPullRequest({ root, base, head, author, reviews });
    if (check.status === 'error') throw new Error(say(check.headline, 'en'));
    return toVerdict(check);
  };
}

/** Every approval that filled a need, with the documents it filled it for. */
export function toVerdict(check: PullRequestCheck): PolicyVerdict {
  const subjects = check.evaluation.subjects;
  const documents = subjects.flatMap(({ document }) =>
    document
      ? [
          {
            id: document.id,
            path: document.path,
            ...(document.from === undefined ? {} : { from: document.from }),
            ...(document.to === undefined ? {} : { to: document.to }),
          },
        ]
      : [],
  );
  const signers = new Map<string, Signer & { documents: string[] }>();
  for (const subject of subjects)
    for (const { filledBy } of subject.needs) {
      if (!filledBy) continue;
      const key = `${filledBy.personId}\u0000${filledBy.via}`;
      const signer = signers.get(key) ?? { ...toSigner(filledBy), documents: [] };
      if (subject.document && !signer.documents.includes(subject.document.id))
        signer.documents.push(subject.document.id);
      signers.set(key, signer);
    }
  const missing = [
    ...subjects.filter((subject) => !subject.satisfied).map(missingOf),
    ...check.evaluation.blocks.map((block) => ({ rule: 'changes-requested', text: both(block) })),
  ];
  const satisfied = check.evaluation.satisfied && missing.length === 0;
  return { satisfied, documents, signers: [...signers.values()], missing };
}

function toSigner(approver: Approver): Omit<Signer, 'documents'> {
  const { personId, name, roles, customer, via, login, userId, reviewId, commitId } = approver;
  return {
    personId,
    name,
    roles,
    via,
    ...(customer === undefined ? {} : { customer }),
    ...(login === undefined ? {} : { login }),
    ...(userId === undefined ? {} : { userId }),
    ...(reviewId === undefined ? {} : { reviewId }),
    ...(commitId === undefined ? {} : { commitId }),
    ...(approver.submittedAt === undefined ? {} : { submittedAt: approver.submittedAt }),
    ...(approver.scan === undefined ? {} : { scan: approver.scan, signedBy: name }),
    ...(approver.attestedBy === undefined ? {} : { attestedBy: approver.attestedBy }),
  };
}

function missingOf(subject: SubjectResult) {
  const rule = subject.rules.map((r) => r.id).join(', ') || 'otherwise';
  const count = subject.sentences[0];
  const text = count ? both(count) : { 'zh-CN': subject.key, en: subject.key };
  return { document: subject.document?.id ?? subject.key, rule, text };
}

function both(sentence: Sentence) {
  return { 'zh-CN': say(sentence, 'zh-CN'), en: say(sentence, 'en') };
}
