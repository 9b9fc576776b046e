/**
 * Parent/child and depends-on structure: no cycles, and no open child under a parent that is
 * closed (terminal: closed, rejected, cancelled).
 */
import { isClosedState } from '../workflow.ts';
import { createDataIssue } from '../problem.ts';
import {
  stringAt,
  stringsAt,
  type DocumentIssue,
  type LoadedDocument,
  type RepositoryIndex,
} from '../repository.ts';

export function checkHierarchy(repo: RepositoryIndex): DocumentIssue[] {
  const requirements = repo.ofKind('requirement');
  const byId = new Map(requirements.map((document) => [document.id, document]));
  return [
    ...checkParentCycles(requirements, byId),
    ...checkDependencyCycles(requirements, byId),
    ...checkClosedParents(repo, requirements, byId),
  ];
}

function checkParentCycles(
  requirements: readonly LoadedDocument[],
  byId: ReadonlyMap<string, LoadedDocument>,
): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const document of requirements) {
    const chain = [document.id];
    let parent = stringAt(document.data, 'parent');
    while (parent !== undefined && byId.has(parent) && !chain.includes(parent)) {
      chain.push(parent);
      parent = stringAt(byId.get(parent)?.data ?? {}, 'parent');
    }
    if (parent === document.id) {
      issues.push({
        ...createDataIssue('parent/cycle', ['parent'], {
          cycle: [...chain, document.id].join(' → '),
        }),
        path: document.path,
      });
    }
  }
  return issues;
}

/** Depth-first search; a cycle is reported once, on its first member in file order. */
function checkDependencyCycles(
  requirements: readonly LoadedDocument[],
  byId: ReadonlyMap<string, LoadedDocument>,
): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const state = new Map<string, 'active' | 'done'>();
  const visit = (id: string, stack: string[]): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'active') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'active');
    for (const next of stringsAt(byId.get(id)?.data ?? {}, 'depends_on').filter((dep) =>
      byId.has(dep),
    )) {
      const cycle = visit(next, [...stack, id]);
      if (cycle) return cycle;
    }
    state.set(id, 'done');
    return undefined;
  };
  for (const document of requirements) {
    const cycle = visit(document.id, []);
    if (cycle) {
      for (const id of cycle) state.set(id, 'done');
      issues.push({
        ...createDataIssue('depends/cycle', ['depends_on'], { cycle: cycle.join(' → ') }),
        path: byId.get(cycle[0] ?? '')?.path ?? document.path,
      });
    }
  }
  return issues;
}

function checkClosedParents(
  repo: RepositoryIndex,
  requirements: readonly LoadedDocument[],
  byId: ReadonlyMap<string, LoadedDocument>,
): DocumentIssue[] {
  const workflow = repo.config.workflows.requirement;
  const issues: DocumentIssue[] = [];
  for (const child of requirements) {
    const parent = byId.get(stringAt(child.data, 'parent') ?? '');
    if (
      !parent ||
      !isClosedState(workflow, parent.data['status']) ||
      isClosedState(workflow, child.data['status'])
    )
      continue;
    issues.push({
      ...createDataIssue('parent/closed-with-open-child', ['parent'], {
        parent: parent.id,
        parentStatus: String(parent.data['status']),
        status: String(child.data['status']),
      }),
      path: child.path,
    });
  }
  return issues;
}
