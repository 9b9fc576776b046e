/**
 * Revision records (修改记录) from the one-pass git log: per document, who changed it when, which
 * fields, and the state moves. Documents are followed across renames (`R` entries, including a
 * `docket renumber`) and keyed by their front-matter ID. Pure: the blobs' contents come in as
 * snapshots (history-snapshot.ts) read by the caller.
 */
import { classifyPath, type DocumentKind } from './layout.ts';
import { NO_BLOB, parsePullRequestNumber, type FileChange, type LogCommit } from './history-log.ts';
import { evaluateChangedFields, type DocumentSnapshot } from './history-snapshot.ts';

export type RevisionChange = 'created' | 'edited' | 'renamed' | 'deleted';

export interface Revision {
  commit: string;
  /** The author date, ISO 8601 with offset. */
  date: string;
  author: { name: string; email: string };
  subject: string;
  pullRequest?: number;
  change: RevisionChange;
  path: string;
  fromPath?: string;
  /** The document's ID after this commit, and before it when the ID changed (renumber). */
  id: string;
  previousId?: string;
  /** The state move, when the status changed (on creation: only `to`). */
  state?: { from?: string; to?: string };
  /** Top-level front-matter keys that changed, then `body` when the Markdown changed. */
  fields: string[];
  /** The document's blob after the commit (absent when deleted). */
  blob?: string;
}

export interface DocumentHistory {
  id: string;
  kind: DocumentKind;
  /** The latest path (the last one it had, if deleted). */
  path: string;
  /** Every ID it had, oldest first. */
  ids: string[];
  /** The title in its latest readable version. */
  title?: string;
  deleted: boolean;
  revisions: Revision[];
}

/** Reads what a blob holds; undefined when unknown (e.g. not fetched). */
export type SnapshotReader = (blob: string) => DocumentSnapshot | undefined;

interface Lineage {
  history: DocumentHistory;
  last?: DocumentSnapshot;
}

/** True for a path that holds a document (not configuration, attachments or READMEs). */
export function isDocumentPath(path: string): boolean {
  return path.startsWith('content/') && classifyPath(path).type === 'document';
}

/** The blob the history needs read for a change: the new version of a document, if any. */
export function pickDocumentBlob(change: FileChange): string | undefined {
  return change.newBlob !== NO_BLOB && isDocumentPath(change.path) ? change.newBlob : undefined;
}

/**
 * Walks the commits oldest first and returns each document's history keyed by its current ID;
 * an earlier ID (before a renumber) or a deleted document's ID also leads to it when no living
 * document holds that ID.
 */
export function assembleRevisionRecords(
  commits: readonly LogCommit[],
  readSnapshot: SnapshotReader,
): Map<string, DocumentHistory> {
  const byPath = new Map<string, Lineage>();
  const ended: Lineage[] = [];
  const started: Lineage[] = [];
  for (const commit of commits) {
    const moves = applyCommit(commit, byPath, readSnapshot);
    ended.push(...moves.ended);
    started.push(...moves.started);
  }
  return indexHistories(started, ended);
}

function indexHistories(
  started: readonly Lineage[],
  ended: readonly Lineage[],
): Map<string, DocumentHistory> {
  const result = new Map<string, DocumentHistory>();
  const gone = new Set(ended);
  const living = started.filter((lineage) => !gone.has(lineage));
  for (const { history } of living) result.set(history.id, history);
  for (const { history } of [...living, ...ended].reverse())
    for (const id of [history.id, ...history.ids]) if (!result.has(id)) result.set(id, history);
  return result;
}

interface CommitMoves {
  started: Lineage[];
  ended: Lineage[];
}

/** Renames and deletions leave their old paths before anything takes a path (a swap in one commit). */
function applyCommit(
  commit: LogCommit,
  byPath: Map<string, Lineage>,
  readSnapshot: SnapshotReader,
): CommitMoves {
  const moves: CommitMoves = { started: [], ended: [] };
  const arrivals: [FileChange, Lineage | undefined][] = [];
  for (const change of commit.changes) {
    const from = change.fromPath ?? change.path;
    if (!isDocumentPath(from) && !isDocumentPath(change.path)) continue;
    const lineage = byPath.get(from);
    if (change.status === 'renamed' || change.status === 'deleted') byPath.delete(from);
    if (change.status === 'copied') arrivals.push([change, undefined]);
    else arrivals.push([change, lineage]);
  }
  for (const [change, lineage] of arrivals)
    applyChange(commit, change, lineage, { byPath, moves, readSnapshot });
  return moves;
}

interface WalkState {
  byPath: Map<string, Lineage>;
  moves: CommitMoves;
  readSnapshot: SnapshotReader;
}

function applyChange(
  commit: LogCommit,
  change: FileChange,
  found: Lineage | undefined,
  state: WalkState,
): void {
  const gone = change.status === 'deleted' || !isDocumentPath(change.path);
  if (gone && !found) return;
  const lineage = found ?? startLineage(change.path, state.moves);
  const snapshot = gone ? undefined : state.readSnapshot(change.newBlob);
  const revision = assembleRevision(commit, change, lineage, snapshot, gone);
  lineage.history.revisions.push(revision);
  lineage.history.id = revision.id;
  if (!lineage.history.ids.includes(revision.id)) lineage.history.ids.push(revision.id);
  if (gone) {
    lineage.history.deleted = true;
    state.moves.ended.push(lineage);
    return;
  }
  lineage.history.path = change.path;
  if (snapshot) lineage.last = snapshot;
  if (snapshot?.title !== undefined) lineage.history.title = snapshot.title;
  state.byPath.set(change.path, lineage);
}

function startLineage(path: string, moves: CommitMoves): Lineage {
  const where = classifyPath(path);
  const kind = where.type === 'document' ? where.kind : 'requirement';
  const id = where.type === 'document' ? where.expectedId : path;
  const lineage: Lineage = {
    history: { id, kind, path, ids: [], deleted: false, revisions: [] },
  };
  moves.started.push(lineage);
  return lineage;
}

function assembleRevision(
  commit: LogCommit,
  change: FileChange,
  lineage: Lineage,
  snapshot: DocumentSnapshot | undefined,
  gone: boolean,
): Revision {
  const previous = lineage.last;
  const created = !previous && lineage.history.revisions.length === 0;
  const id = snapshot?.id ?? (gone ? lineage.history.id : expectedIdOf(change.path));
  const pullRequest = parsePullRequestNumber(commit.subject);
  const kind: RevisionChange = gone
    ? 'deleted'
    : created
      ? 'created'
      : change.status === 'renamed'
        ? 'renamed'
        : 'edited';
  const stateMove = evaluateStateMove(previous, snapshot, gone);
  return {
    commit: commit.sha,
    date: commit.authoredAt,
    author: { name: commit.authorName, email: commit.authorEmail },
    subject: commit.subject,
    ...(pullRequest === undefined ? {} : { pullRequest }),
    change: kind,
    path: change.path,
    ...(change.fromPath === undefined ? {} : { fromPath: change.fromPath }),
    id,
    ...(previous?.id !== undefined && previous.id !== id ? { previousId: previous.id } : {}),
    ...(stateMove ? { state: stateMove } : {}),
    fields: gone || !snapshot ? [] : evaluateChangedFields(previous, snapshot),
    ...(gone ? {} : { blob: change.newBlob }),
  };
}

function expectedIdOf(path: string): string {
  const where = classifyPath(path);
  return where.type === 'document' ? where.expectedId : path;
}

function evaluateStateMove(
  previous: DocumentSnapshot | undefined,
  next: DocumentSnapshot | undefined,
  gone: boolean,
): Revision['state'] {
  if (gone || !next?.status) return undefined;
  if (!previous) return { to: next.status };
  if (previous.status === next.status) return undefined;
  return { ...(previous.status ? { from: previous.status } : {}), to: next.status };
}
