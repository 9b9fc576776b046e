/**
 * Paper sign-off for a customer representative without a GitHub login (需求变更确认单 signed by
 * hand): the scan is committed with the change (added or changed by this pull request) and
 * listed in `attachments`, and
 * `offline_signature.attested_by` names a project manager whose approving review of the current
 * content is the attestation. Typed fields are never evidence on their own: naming someone who
 * did not approve is a forgery, and fails.
 */
import type { Person } from '../config.ts';
import { classifyPath } from '../layout.ts';
import { createDataIssue, type DataPath } from '../problem.ts';
import type { DocumentIssue } from '../repository.ts';
import type { PeopleIndex } from './people.ts';
import type { Approver } from './result.ts';
import type { CountedReview } from './reviews.ts';
import { stringifyCanonical } from './fingerprint.ts';
import type { Subject } from './subject.ts';

export interface PaperSignOff {
  person: Person;
  approver: Approver;
}

export interface OfflineInput {
  subject: Subject;
  people: PeopleIndex;
  /** Approvals that still cover this subject, and those that went stale. */
  fresh: readonly CountedReview[];
  stale: readonly CountedReview[];
  /** Every file on the head. */
  headFiles: ReadonlySet<string>;
}

export interface OfflineResult {
  signOff?: PaperSignOff;
  issues: DocumentIssue[];
}

const AT = ['offline_signature'];

type Failure = { rule: string; field: string; params: Record<string, string> };
type Checked = { failure: Failure } | { signOff: PaperSignOff };

export function evaluateOfflineSignature(input: OfflineInput): OfflineResult {
  const document = input.subject.document;
  const signature = document?.after['offline_signature'];
  if (!document || !isRecord(signature)) return { issues: [] };
  const checked = checkSignature(input, signature);
  if ('signOff' in checked) return { issues: [], signOff: checked.signOff };
  // A form merged earlier still needs a project manager's approval here to count for this
  // change, but only a new or edited one is an error when it does not hold up.
  const before = document.before?.['offline_signature'];
  const edited =
    document.change === 'added' || stringifyCanonical(before) !== stringifyCanonical(signature);
  if (!edited) return { issues: [] };
  const { rule, field, params } = checked.failure;
  const pointer: DataPath = [...AT, field];
  return {
    issues: [
      { ...createDataIssue(rule, pointer, { id: document.id, ...params }), path: document.path },
    ],
  };
}

function checkSignature(input: OfflineInput, signature: Record<string, unknown>): Checked {
  const fail = (rule: string, field: string, params: Record<string, string>): Checked => ({
    failure: { rule, field, params },
  });
  const attester = input.people.byId(String(signature['attested_by']));
  const attesterName = attester?.name ?? String(signature['attested_by']);
  if (!attester?.roles.includes('project-manager'))
    return fail('offline/attester-not-pm', 'attested_by', { person: attesterName });
  const attestation = input.fresh.find((review) => review.person.id === attester.id);
  if (!attestation) {
    const stale = input.stale.some((review) => review.person.id === attester.id);
    const rule = stale ? 'offline/attestation-stale' : 'offline/forgery';
    return fail(rule, 'attested_by', { person: attesterName });
  }
  const document = input.subject.document as NonNullable<Subject['document']>;
  const written = String(signature['scan']);
  const scan = resolveScan(document.path, written);
  if (!listsAttachment(document.after, written))
    return fail('offline/scan-not-attached', 'scan', { scan: written });
  if (!input.headFiles.has(scan)) return fail('offline/scan-missing', 'scan', { scan });
  if (classifyPath(scan).type !== 'attachment')
    return fail('offline/scan-not-attachment', 'scan', { scan });
  // A signature covers the content it was given on: an older scan does not sign this change.
  if (!(input.subject.changedPaths ?? []).includes(scan))
    return fail('offline/scan-not-new', 'scan', { scan });
  const signedBy = String(signature['signed_by']);
  const signer = findSigner(input, signedBy);
  if (!signer) return fail('offline/signer-unknown', 'signed_by', { person: signedBy });
  if (signer.github !== undefined)
    return fail('offline/signer-has-login', 'signed_by', {
      person: signer.name,
      login: signer.github,
    });
  return {
    signOff: { person: signer, approver: paperApprover(signer, attester, attestation, scan) },
  };
}

function paperApprover(
  signer: Person,
  attester: Person,
  attestation: CountedReview,
  scan: string,
): Approver {
  return {
    personId: signer.id,
    name: signer.name,
    roles: [...signer.roles],
    ...(signer.customer === undefined ? {} : { customer: signer.customer }),
    via: 'paper',
    attestedBy: attester.id,
    attesterName: attester.name,
    scan,
    reviewId: attestation.reviewId,
    commitId: attestation.commitId,
    ...(attestation.submittedAt === undefined ? {} : { submittedAt: attestation.submittedAt }),
  };
}

/** The scan path is relative to the document's folder. */
export function resolveScan(documentPath: string, scan: string): string {
  const parts = documentPath.split('/').slice(0, -1);
  for (const part of scan.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function listsAttachment(data: Readonly<Record<string, unknown>>, scan: string): boolean {
  const attachments = data['attachments'];
  return (
    Array.isArray(attachments) &&
    attachments.some((item) => isRecord(item) && item['path'] === scan)
  );
}

/** The representative of an affected customer whose name is on the form. */
function findSigner(input: OfflineInput, name: string): Person | undefined {
  const customers = new Set(input.subject.customers.map((customer) => customer.id));
  return input.people.all.find(
    (person) =>
      person.name === name &&
      person.roles.includes('customer-representative') &&
      person.customer !== undefined &&
      customers.has(person.customer),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
