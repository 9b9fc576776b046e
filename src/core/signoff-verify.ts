/**
 * `docket verify`, the decisions: one sign-off record against what git holds. The documents'
 * fingerprints at the merge commit, the approvals made on that same content, and the people and
 * roles as people.yaml said on the merge's first parent (the base whose policy applied). Pure: the
 * facts are read by src/app/verify-signoffs.ts; every failure is an issue, none throws.
 */
import type { Approval, SignOffRecord } from './generated/signoff-types.ts';
import { createIssue, type Issue, type MessageParams } from './problem.ts';

/** The fields of a people.yaml entry that a record is checked against. */
export interface PersonAtBase {
  id: string;
  name?: string;
  roles: readonly string[];
  github?: string;
  customer?: string;
}

export interface RecordFacts {
  /** The merge commit's parents, or undefined when the commit is not in this clone. */
  parents?: readonly string[];
  /** Fingerprint of each path at the merge commit; undefined when the file is not there. */
  fingerprintAt: (path: string) => string | undefined;
  /** SHA-256 (hex) of each file at the merge commit; undefined when it is not there. */
  sha256At: (path: string) => string | undefined;
  /** people.yaml on the first parent; undefined when it cannot be read. */
  people?: readonly PersonAtBase[];
}

export const PROJECT_MANAGER = 'project-manager';
const START = { line: 1, col: 1 };

function issue(rule: string, params: MessageParams = {}): Issue {
  return createIssue(rule, START, params);
}

export function verifySignoffRecord(record: SignOffRecord, facts: RecordFacts): Issue[] {
  if (!facts.parents)
    return [issue('verify/merge-commit-missing', { commit: record.merge_commit })];
  const issues: Issue[] = [];
  // A pull request's base is its merge's first parent; a direct push's is the branch tip it replaced.
  if (record.source === 'pull-request' && facts.parents[0] !== record.base_commit)
    issues.push(
      issue('verify/base-mismatch', {
        commit: record.base_commit,
        actual: facts.parents[0] ?? '—',
      }),
    );
  if (record.outcome === 'merged-without-signoff')
    issues.push(
      issue('verify/merged-without-signoff', {
        missing: record.missing.map((item) => item.text.en).join('; ') || '—',
        'missing@zh-CN': record.missing.map((item) => item.text['zh-CN']).join(';') || '—',
      }),
    );
  else if (record.missing.length > 0) issues.push(issue('verify/signed-but-missing'));
  issues.push(...verifyDocuments(record, facts));
  const people = facts.people;
  if (!people) issues.push(issue('verify/people-unreadable', { commit: record.base_commit }));
  else
    for (const approval of record.approvals)
      issues.push(...verifyApproval(approval, record, facts, people));
  return issues;
}

function verifyDocuments(record: SignOffRecord, facts: RecordFacts): Issue[] {
  const issues: Issue[] = [];
  const merged = new Map(record.documents.map((document) => [document.id, document.fingerprint]));
  for (const document of record.documents) {
    const actual = facts.fingerprintAt(document.path);
    if (actual === undefined)
      issues.push(issue('verify/document-missing', { id: document.id, path: document.path }));
    else if (actual !== document.fingerprint)
      issues.push(issue('verify/fingerprint-mismatch', { id: document.id, path: document.path }));
  }
  for (const approval of record.approvals)
    for (const covered of approval.documents)
      if (merged.get(covered.id) !== covered.fingerprint)
        issues.push(
          issue('verify/approval-other-content', { person: approval.person, id: covered.id }),
        );
  return issues;
}

function verifyApproval(
  approval: Approval,
  record: SignOffRecord,
  facts: RecordFacts,
  people: readonly PersonAtBase[],
): Issue[] {
  const person = people.find((candidate) => candidate.id === approval.person);
  if (!person) return [issue('verify/unknown-person', { person: approval.person })];
  const issues: Issue[] = approval.roles
    .filter((role) => !person.roles.includes(role))
    .map((role) => issue('verify/role-not-held', { person: approval.person, role }));
  if (approval.customer !== undefined && approval.customer !== person.customer)
    issues.push(
      issue('verify/wrong-customer', { person: approval.person, customer: approval.customer }),
    );
  if (approval.method === 'review') issues.push(...verifyReviewer(approval, person));
  else issues.push(...verifyPaper(approval, person, record, facts, people));
  return issues;
}

function verifyReviewer(approval: Approval, person: PersonAtBase): Issue[] {
  const login = approval.login ?? '';
  const matches =
    person.github !== undefined && person.github.toLowerCase() === login.toLowerCase();
  const complete = approval.review_id !== undefined && approval.commit_id !== undefined;
  return [
    ...(matches ? [] : [issue('verify/login-mismatch', { person: approval.person, login })]),
    ...(complete ? [] : [issue('verify/review-incomplete', { person: approval.person })]),
  ];
}

/**
 * A paper sign-off stands when the signer has no GitHub login, the scan at the merge commit has
 * the recorded hash, and the attesting project manager's own approving review is in the record.
 */
function verifyPaper(
  approval: Approval,
  person: PersonAtBase,
  record: SignOffRecord,
  facts: RecordFacts,
  people: readonly PersonAtBase[],
): Issue[] {
  const paper = approval.paper;
  if (!paper) return [issue('verify/paper-incomplete', { person: approval.person })];
  const issues: Issue[] = [];
  if (person.github !== undefined)
    issues.push(
      issue('verify/paper-with-login', { person: approval.person, login: person.github }),
    );
  const actual = facts.sha256At(paper.scan);
  if (actual === undefined) issues.push(issue('verify/scan-missing', { scan: paper.scan }));
  else if (actual !== paper.sha256)
    issues.push(issue('verify/scan-mismatch', { scan: paper.scan }));
  const attester = people.find((candidate) => candidate.id === paper.attested_by);
  const attested = record.approvals.some(
    (other) =>
      other.method === 'review' &&
      other.person === paper.attested_by &&
      other.roles.includes(PROJECT_MANAGER),
  );
  if (!attester?.roles.includes(PROJECT_MANAGER) || !attested)
    issues.push(issue('verify/attestation-missing', { person: paper.attested_by }));
  return issues;
}

/** The parents of a raw commit object (`git cat-file commit`): its `parent` header lines. */
export function parseCommitParents(text: string): string[] {
  const header = text.split('\n\n', 1)[0] ?? '';
  return header
    .split('\n')
    .filter((line) => line.startsWith('parent '))
    .map((line) => line.slice('parent '.length).trim());
}
