/** State-dependent required fields, read from the workflow configuration (a table, not branches). */
import { workflowOf } from '../layout.ts';
import { createDataIssue } from '../problem.ts';
import { firstValueAt, type DocumentIssue, type RepositoryIndex } from '../repository.ts';

export function checkStateFields(repo: RepositoryIndex): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const document of repo.documents) {
    const kind = workflowOf(document.kind);
    const status = document.data['status'];
    if (!kind || typeof status !== 'string') continue;
    const required = repo.config.workflows[kind].states[status]?.required ?? [];
    for (const field of required) {
      const path = field.split('.');
      if (isFilled(firstValueAt(document.data, path)?.[1])) continue;
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

function isFilled(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
}
