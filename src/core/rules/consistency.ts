/** Small cross-document rules about what the content says together. */
import { createDataIssue } from '../problem.ts';
import { entriesAt, stringAt, type DocumentIssue, type RepositoryIndex } from '../repository.ts';

/** Release states whose members must already be in test or later. */
const FROZEN_RELEASE_STATES: ReadonlySet<string> = new Set(['frozen', 'released']);
const TESTED_STATES: ReadonlySet<string> = new Set(['in-test', 'released', 'verified', 'closed']);
const DEAD_STATES: ReadonlySet<string> = new Set(['rejected', 'cancelled']);

export function checkConsistency(repo: RepositoryIndex): DocumentIssue[] {
  return [
    ...checkReleaseMembers(repo),
    ...checkRequesters(repo),
    ...checkCriteriaIds(repo),
    ...checkSourceRecordCustomer(repo),
  ];
}

function checkReleaseMembers(repo: RepositoryIndex): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const release of repo.ofKind('release')) {
    const releaseStatus = stringAt(release.data, 'status') ?? '';
    for (const [pointer, id] of entriesAt(release.data, ['requirements', '*'])) {
      const member = repo.byId.get(String(id));
      const status = member && stringAt(member.data, 'status');
      if (!status) continue;
      const bad = FROZEN_RELEASE_STATES.has(releaseStatus)
        ? !TESTED_STATES.has(status)
        : DEAD_STATES.has(status);
      if (bad)
        issues.push({
          ...createDataIssue('release/member-state', pointer, {
            id: String(id),
            status,
            release: releaseStatus,
          }),
          path: release.path,
        });
    }
  }
  return issues;
}

/** A requirement names who asks: a customer, an internal department, or both. */
function checkRequesters(repo: RepositoryIndex): DocumentIssue[] {
  return repo
    .ofKind('requirement')
    .filter(
      (document) =>
        document.data['customer'] === undefined && document.data['department'] === undefined,
    )
    .map((document) => ({
      ...createDataIssue('requirement/requester', ['requested_by']),
      path: document.path,
    }));
}

function checkCriteriaIds(repo: RepositoryIndex): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const document of repo.ofKind('requirement')) {
    const seen = new Set<string>();
    for (const [pointer, id] of entriesAt(document.data, ['acceptance_criteria', '*', 'id'])) {
      if (typeof id !== 'string') continue;
      if (seen.has(id))
        issues.push({
          ...createDataIssue('requirement/criterion-duplicate', pointer, { value: id }),
          path: document.path,
        });
      seen.add(id);
    }
  }
  return issues;
}

/** A need heard on a visit to one customer cannot be another customer's requirement. */
function checkSourceRecordCustomer(repo: RepositoryIndex): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const document of repo.ofKind('requirement')) {
    const customer = stringAt(document.data, 'customer');
    for (const [pointer, record] of entriesAt(document.data, ['source', 'record'])) {
      const recordCustomer = repo.byId.get(String(record))?.customer;
      if (customer === undefined || recordCustomer === undefined || recordCustomer === customer)
        continue;
      issues.push({
        ...createDataIssue('requirement/source-other-customer', pointer, {
          value: String(record),
          customer,
          recordCustomer,
        }),
        path: document.path,
      });
    }
  }
  return issues;
}
