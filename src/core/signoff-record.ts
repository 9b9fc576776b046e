/**
 * Builds the sign-off record the trusted job writes after a merge: the merge's facts from GitHub,
 * the policy's verdict re-run on the reviews as they stand (the same code as the gate), and the
 * fingerprints read from git. Pure: every fact comes in as data.
 */
import type { Approval, GithubUser, SignOffRecord } from './generated/signoff-types.ts';

export interface MergeFacts {
  pullRequest?: {
    number: number;
    url: string;
    title?: string;
    author: GithubUser;
    headCommit: string;
  };
  mergeCommit: string;
  baseCommit: string;
  mergedAt: string;
  mergedBy: GithubUser;
  recordedAt: string;
}

/** One person's sign-off as the policy counted it. */
export interface Signer {
  personId: string;
  name: string;
  roles: readonly string[];
  customer?: string;
  via: 'review' | 'paper';
  login?: string;
  userId?: number;
  reviewId?: number;
  commitId?: string | null;
  submittedAt?: string;
  /** Paper only: the scan's path, who signed the form and when, and the attesting project manager. */
  scan?: string;
  signedBy?: string;
  signedOn?: string;
  attestedBy?: string;
  /** IDs of the documents this sign-off counted for. */
  documents: readonly string[];
}

export interface PolicyVerdict {
  satisfied: boolean;
  documents: readonly { id: string; path: string; from?: string; to?: string }[];
  signers: readonly Signer[];
  missing: SignOffRecord['missing'];
}

/** Fingerprints and hashes read from git by the caller. */
export interface RecordReads {
  /** The document's fingerprint at the merge commit. */
  fingerprintAtMerge(path: string): string | undefined;
  /** The document's fingerprint at the commit a review approved. */
  fingerprintAt(commit: string, path: string): string | undefined;
  /** SHA-256 (hex) of a file at the merge commit. */
  sha256AtMerge(path: string): string | undefined;
}

const MISSING_FINGERPRINT = `sha256:${'0'.repeat(64)}`;

export function assembleSignoffRecord(
  merge: MergeFacts,
  verdict: PolicyVerdict,
  reads: RecordReads,
): SignOffRecord {
  const documents = verdict.documents.map((document) => ({
    id: document.id,
    path: document.path,
    ...(document.from === undefined ? {} : { from: document.from }),
    ...(document.to === undefined ? {} : { to: document.to }),
    fingerprint: reads.fingerprintAtMerge(document.path) ?? MISSING_FINGERPRINT,
  }));
  const pathOf = new Map(documents.map((document) => [document.id, document.path]));
  const approvals = verdict.signers.map((signer) => assembleApproval(signer, pathOf, reads));
  const pull = merge.pullRequest;
  return {
    schema_version: 1,
    source: pull ? 'pull-request' : 'direct-push',
    ...(pull
      ? {
          pull_request: {
            number: pull.number,
            url: pull.url,
            ...(pull.title === undefined ? {} : { title: pull.title }),
            author: pull.author,
            head_commit: pull.headCommit,
          },
        }
      : {}),
    merge_commit: merge.mergeCommit,
    base_commit: merge.baseCommit,
    merged_at: merge.mergedAt,
    merged_by: merge.mergedBy,
    recorded_at: merge.recordedAt,
    outcome:
      verdict.satisfied && verdict.missing.length === 0 ? 'signed' : 'merged-without-signoff',
    documents,
    approvals,
    missing: [...verdict.missing],
  };
}

function assembleApproval(
  signer: Signer,
  pathOf: ReadonlyMap<string, string>,
  reads: RecordReads,
): Approval {
  const commit = signer.commitId ?? undefined;
  const documents = signer.documents.flatMap((id) => {
    const path = pathOf.get(id);
    if (path === undefined) return [];
    const fingerprint = commit === undefined ? undefined : reads.fingerprintAt(commit, path);
    return [{ id, fingerprint: fingerprint ?? MISSING_FINGERPRINT }];
  });
  return {
    person: signer.personId,
    name: signer.name,
    roles: [...signer.roles],
    ...(signer.customer === undefined ? {} : { customer: signer.customer }),
    method: signer.via,
    ...(signer.login === undefined ? {} : { login: signer.login }),
    ...(signer.userId === undefined ? {} : { user_id: signer.userId }),
    ...(signer.reviewId === undefined ? {} : { review_id: signer.reviewId }),
    ...(signer.submittedAt === undefined ? {} : { submitted_at: signer.submittedAt }),
    ...(commit === undefined ? {} : { commit_id: commit }),
    documents,
    ...(signer.via === 'paper' && signer.scan !== undefined
      ? {
          paper: {
            scan: signer.scan,
            sha256: reads.sha256AtMerge(signer.scan) ?? '0'.repeat(64),
            signed_by: signer.signedBy ?? signer.name,
            ...(signer.signedOn === undefined ? {} : { signed_on: signer.signedOn }),
            attested_by: signer.attestedBy ?? '',
          },
        }
      : {}),
  };
}

/** A commit that reached the default branch without a pull request: nobody signed anything. */
export const DIRECT_PUSH_MISSING: SignOffRecord['missing'][number] = {
  rule: 'pull-request',
  text: {
    'zh-CN': '没有经过合并请求:直接推送到默认分支,没有任何审批',
    en: 'no pull request: pushed straight to the default branch, with no approval at all',
  },
};
