/**
 * The two sides of a pull request for `checkPullRequest`: the base's configuration, the head
 * validated with it, and the snapshots before and after. Incremental where that cannot change
 * the answer: the base is read for its configuration and tree only; of the merge base only the
 * documents whose blob differs from the head's are parsed; of the head, what the pull request
 * changes is always read fresh and the rest may come from the document cache of an earlier run.
 */
import { openDocumentCache, type DocumentCacheFile } from '../adapters/document-cache-file.ts';
import type { OpenedCommit } from '../adapters/git-content.ts';
import { hashText } from '../core/approvals/fingerprint.ts';
import type { Config } from '../core/config.ts';
import type { TreeEntry } from '../core/git-tree.ts';
import { classifyPath } from '../core/layout.ts';
import { restrictSource } from '../core/ports/content-source.ts';
import type { SchemaSet } from '../core/schema-set.ts';
import { checkRepository, type CheckResult } from './check-repository.ts';
import { compileRepositorySchemas, loadRepository, type LoadResult } from './load-repository.ts';
import {
  assembleSnapshot,
  listChangedPaths,
  toSnapshotDocuments,
  type RevisionSnapshot,
} from './pull-request-snapshots.ts';
import type { SnapshotDocument } from '../core/approvals/snapshot.ts';

export type Open = (commit: string) => Promise<OpenedCommit>;
export interface Commits {
  base: string;
  head: string;
  mergeBase: string;
}

export interface Sides {
  config: Config;
  schemas: SchemaSet;
  baseIds: Set<string>;
  baseTree: ReadonlyMap<string, TreeEntry>;
  headCheck: CheckResult;
  head: RevisionSnapshot;
  before: RevisionSnapshot;
  /** Customer files on the base's tip: a tier raised there since the branch point applies too. */
  baseCustomers: SnapshotDocument[];
}

/** content/config/ and schemas/: always read from the base; a change to them needs the configuration approvers. */
export const isConfiguration = (path: string) =>
  path.startsWith('content/config/') || path.startsWith('schemas/');

/** The sides, or the base's load result when the base's configuration is broken. */
export async function loadSides(
  commits: Commits,
  open: Open,
  cacheFile: Promise<DocumentCacheFile>,
): Promise<Sides | LoadResult> {
  const [base, head, mergeBase] = await Promise.all([
    open(commits.base),
    open(commits.head),
    open(commits.mergeBase),
  ]);
  const cache = openDocumentCache(await cacheFile, hashSchemaObjects(base.tree));
  const baseConfig = restrictSource(base.source, isConfiguration);
  const schemas = await compileRepositorySchemas(baseConfig, { checkedBefore: cache.known });
  const baseLoad = await loadRepository(baseConfig, { cache, schemas });
  const config = baseLoad.repository?.config;
  if (!config) return baseLoad;
  const changed = listChangedPaths(mergeBase.tree, head.tree);
  const options = { configSource: base.source, schemas: baseLoad.schemas };
  const headCheck = await checkRepository(head.source, { ...options, cache, fresh: changed });
  await cache.save();
  const headDocuments = toSnapshotDocuments(headCheck.load);
  const beforeLoad = await loadRepository(
    restrictSource(mergeBase.source, (path) => changed.has(path)),
    { ...options, cache, fresh: changed },
  );
  const beforeDocuments = [
    ...headDocuments.filter((document) => !changed.has(document.path)),
    ...toSnapshotDocuments(beforeLoad),
  ];
  const baseCustomers = await loadRepository(restrictSource(base.source, isCustomerFile), {
    ...options,
    cache,
  });
  return {
    config,
    schemas: baseLoad.schemas,
    baseIds: listDocumentIds(base.tree),
    baseTree: base.tree,
    headCheck,
    head: assembleSnapshot(head.tree, headDocuments, changed),
    before: assembleSnapshot(mergeBase.tree, beforeDocuments, changed),
    baseCustomers: toSnapshotDocuments(baseCustomers),
  };
}

function isCustomerFile(path: string): boolean {
  const where = classifyPath(path);
  return where.type === 'document' && where.kind === 'customer';
}

/** The IDs a tree's documents take from their paths (a file named otherwise is a validation error). */
function listDocumentIds(tree: ReadonlyMap<string, TreeEntry>): Set<string> {
  const ids = new Set<string>();
  for (const path of tree.keys()) {
    const where = classifyPath(path);
    if (where.type === 'document') ids.add(where.expectedId);
  }
  return ids;
}

/** The schemas the head is checked with, named by their blobs: the document cache's key. */
function hashSchemaObjects(tree: ReadonlyMap<string, TreeEntry>): string {
  const schemas = [...tree.values()].filter((entry) => entry.path.startsWith('schemas/'));
  return hashText(schemas.map((entry) => `${entry.path} ${entry.object}`).join('\n'));
}
