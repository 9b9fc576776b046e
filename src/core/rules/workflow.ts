/** State-dependent required fields, read from the workflow configuration (a table, not branches). */
import { workflowOf } from '../layout.ts';
import { createDataIssue } from '../problem.ts';
import type { DocumentIssue, RepositoryIndex } from '../repository.ts';
import { findMissingFields } from '../workflow.ts';

export function checkStateFields(repo: RepositoryIndex): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const document of repo.documents) {
    const kind = workflowOf(document.kind);
    const status = document.data['status'];
    if (!kind || typeof status !== 'string') continue;
    for (const field of findMissingFields(repo.config.workflows[kind], status, document.data)) {
      const path = field.split('.');
      issues.push({
        ...createDataIssue(
          'workflow/state-requires',
          path.slice(0, -1).length ? path.slice(0, -1) : ['status'],
          { field, status },
        ),
        path: document.path,
      });
    }
  }
  return issues;
}
