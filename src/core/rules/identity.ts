/** IDs: the file name agrees with the ID, and no two documents share one. */
import { createDataIssue } from '../problem.ts';
import type { DocumentIssue, RepositoryIndex } from '../repository.ts';

export function checkIdentity(repo: RepositoryIndex): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const firstPathOf = new Map<string, string>();
  for (const document of repo.documents) {
    if ('id' in document.data && document.id !== document.expectedId) {
      issues.push({
        ...createDataIssue('id/filename', ['id'], {
          value: document.id,
          expected: document.expectedId,
        }),
        path: document.path,
      });
    }
    const first = firstPathOf.get(document.id);
    if (first === undefined) firstPathOf.set(document.id, document.path);
    else
      issues.push({
        ...createDataIssue('id/duplicate', ['id'], { value: document.id, other: first }),
        path: document.path,
      });
    if (
      document.customer !== undefined &&
      document.kind !== 'customer' &&
      repo.byId.get(document.customer)?.kind !== 'customer'
    ) {
      issues.push({
        ...createDataIssue('record/customer-missing', [], { customer: document.customer }),
        path: document.path,
      });
    }
    const date = document.data['date'];
    const stem = document.path.split('/').at(-1) ?? '';
    if (typeof date === 'string' && !stem.startsWith(date)) {
      issues.push({
        ...createDataIssue('record/date-filename', ['date'], { value: date, file: stem }),
        path: document.path,
      });
    }
  }
  return issues;
}
