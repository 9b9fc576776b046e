/**
 * The data-only results of the approval check. The CLI text, the GitHub annotations, the job
 * summary and the sticky pull-request comment all render these (report-*.ts); `--format json`
 * prints them. Every result carries sentences (a catalogue id and its parameters, rendered in
 * zh-CN or en by formatMessage with APPROVAL_MESSAGES).
 */
import type { Role } from '../config.ts';
import type { MessageParams } from '../problem.ts';
import type { Need } from './requirements.ts';
import type { AffectedCustomer, ChangedDocument } from './subject.ts';

/** One sentence: a message id of APPROVAL_MESSAGES with its parameters. */
export interface Sentence {
  id: string;
  params: MessageParams;
}

export interface Approver {
  personId: string;
  name: string;
  roles: Role[];
  /** For a customer's representative: the customer they speak for. */
  customer?: string;
  via: 'review' | 'paper';
  login?: string;
  userId?: number;
  reviewId?: number;
  commitId?: string | null;
  submittedAt?: string;
  /** For a paper sign-off: the project manager whose approving review attests it. */
  attestedBy?: string;
  attesterName?: string;
  /** For a paper sign-off: the scanned form. */
  scan?: string;
}

export interface NeedResult {
  need: Need;
  filledBy?: Approver;
}

export type ReportedDocument = Pick<
  ChangedDocument,
  'kind' | 'id' | 'path' | 'change' | 'previousId' | 'from' | 'to' | 'steps'
>;

export interface SubjectResult {
  key: string;
  paths: string[];
  fileChange?: 'added' | 'modified' | 'deleted';
  /** The changed document as reported: what it is and how it moved, without its values. */
  document?: ReportedDocument;
  customers: AffectedCustomer[];
  /** The rules that applied; empty when the policy's `otherwise` did. */
  rules: { id: string; title: Readonly<Record<'zh-CN' | 'en', string>> }[];
  needs: NeedResult[];
  satisfied: boolean;
  /** First the count ("1 of 2 required approvals: …"), then who approved, then stale approvals. */
  sentences: Sentence[];
}

export interface ApprovalEvaluation {
  satisfied: boolean;
  subjects: SubjectResult[];
  /** Standing change requests: each blocks the merge. */
  blocks: Sentence[];
  /** Reviews that count for nothing, and why. */
  notes: Sentence[];
  /** Every decisive approval that was counted (before freshness per document). */
  approvals: Approver[];
}
