/**
 * The record job's policy. STAND-IN until checkPullRequest() of the approvals slice is on main
 * (then this module maps its PullRequestCheck instead): the same rule as the gate's stand-in
 * (src/app/gate-approvals.ts) — at least one approval of the head commit by someone in people.yaml
 * on the base other than the author, and no standing request for changes from such a person.
 * Reviews are fetched (all pages) when the job runs; a platform failure rejects, so no record is
 * ever guessed.
 */
import { openGitHistory } from '../adapters/git-history.ts';
import { decodeDocumentBytes } from '../core/decode.ts';
import { isDocumentPath, parseSnapshot } from '../core/history.ts';
import { CONFIG_FILES } from '../core/layout.ts';
import { parseConfigText } from '../core/parse.ts';
import type { GitHistory } from '../core/ports/git-history.ts';
import type { PlatformReview, ReviewPlatform } from '../core/ports/review-platform.ts';
import type { PolicyVerdict, Signer } from '../core/signoff-record.ts';
import type { PersonAtBase } from '../core/signoff-verify.ts';
import type { PolicyEvaluator } from './record-signoffs.ts';

const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

export const STANDIN_MISSING = {
  rule: 'one-approval',
  text: {
    'zh-CN': '需要一位 people.yaml 中的人员(作者以外)批准最新提交,且没有未撤销的“要求修改”',
    en: 'an approval of the latest commit by someone in people.yaml other than the author, with no standing request for changes',
  },
};

export function createPolicyEvaluator(
  platform: Pick<ReviewPlatform, 'listReviews'>,
  number: number,
  open: (root: string) => GitHistory = openGitHistory,
): PolicyEvaluator {
  return async ({ root, base, head, author }) => {
    const listed = await platform.listReviews(number);
    if (!listed.ok) throw new Error(`listing the reviews of #${number}: ${listed.failure.kind}`);
    const git = open(root);
    const paths = (await git.readChanges(base, head)).map((change) => change.path);
    const documents = paths.filter(isDocumentPath);
    const names = [
      `${base}:${CONFIG_FILES.people.path}`,
      ...documents.flatMap((path) => [`${base}:${path}`, `${head}:${path}`]),
    ];
    const objects = await git.readObjects(names);
    const people = readPeople(objects.get(names[0] ?? ''));
    const versions = documents.map((path) => {
      const before = objects.get(`${base}:${path}`);
      const after = objects.get(`${head}:${path}`);
      const from = before ? parseSnapshot(before) : undefined;
      const to = after ? parseSnapshot(after) : undefined;
      return {
        id: to?.id ?? from?.id ?? path,
        path,
        ...(from?.status === undefined ? {} : { from: from.status }),
        ...(to?.status === undefined ? {} : { to: to.status }),
      };
    });
    return assembleStandinVerdict(listed.value, people, author, head, versions);
  };
}

export function assembleStandinVerdict(
  reviews: readonly PlatformReview[],
  people: readonly PersonAtBase[],
  author: string,
  head: string,
  documents: PolicyVerdict['documents'],
): PolicyVerdict {
  const latest = new Map<number, PlatformReview>();
  for (const review of reviews)
    if (review.user && DECISIVE.has(review.state)) latest.set(review.user.id, review);
  const personOf = (login: string) =>
    people.find((person) => person.github?.toLowerCase() === login.toLowerCase());
  const counted = [...latest.values()].flatMap((review) => {
    const login = review.user?.login ?? '';
    const person = personOf(login);
    return person && login.toLowerCase() !== author.toLowerCase() ? [{ review, person }] : [];
  });
  const blocked = counted.some(({ review }) => review.state === 'CHANGES_REQUESTED');
  const approvals = counted.filter(
    ({ review }) => review.state === 'APPROVED' && review.commit_id === head,
  );
  const signers: Signer[] = approvals.map(({ review, person }) => ({
    personId: person.id,
    name: person.name ?? person.id,
    roles: person.roles,
    ...(person.customer === undefined ? {} : { customer: person.customer }),
    via: 'review',
    login: review.user?.login ?? '',
    userId: review.user?.id ?? 0,
    reviewId: review.id,
    commitId: review.commit_id,
    ...(review.submitted_at ? { submittedAt: review.submitted_at } : {}),
    documents: documents.map((document) => document.id),
  }));
  const satisfied = signers.length > 0 && !blocked;
  return { satisfied, documents, signers, missing: satisfied ? [] : [STANDIN_MISSING] };
}

function readPeople(bytes: Uint8Array | undefined): PersonAtBase[] {
  const decoded = bytes ? decodeDocumentBytes(bytes) : undefined;
  const parsed = decoded?.ok ? parseConfigText(decoded.text) : undefined;
  const list = parsed?.ok ? parsed.doc.data['people'] : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry: unknown) => {
    if (entry === null || typeof entry !== 'object') return [];
    const { id, name, roles, github, customer } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || !Array.isArray(roles)) return [];
    return [
      {
        id,
        roles: roles.filter((role): role is string => typeof role === 'string'),
        ...(typeof name === 'string' ? { name } : {}),
        ...(typeof github === 'string' ? { github } : {}),
        ...(typeof customer === 'string' ? { customer } : {}),
      },
    ];
  });
}
