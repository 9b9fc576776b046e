/**
 * `readRevisionRecords(root)`: every document's revision record (修改记录) from one `git log`
 * pass and one `git cat-file --batch` for the document versions it names. Shared by
 * `docket history`, `docket show` and the status site's revision tables.
 */
import { openGitHistory } from '../adapters/git-history.ts';
import {
  assembleRevisionRecords,
  listDocumentBlobs,
  parseSnapshot,
  type DocumentHistory,
  type DocumentSnapshot,
} from '../core/history.ts';
import type { GitHistory } from '../core/ports/git-history.ts';

export type { DocumentHistory, Revision } from '../core/history.ts';
export { GitHistoryError } from '../adapters/git-history.ts';

/** Map from document ID (current, earlier or deleted) to its history, oldest revision first. */
export async function readRevisionRecords(
  root: string,
  git: GitHistory = openGitHistory(root),
): Promise<Map<string, DocumentHistory>> {
  const commits = await git.readLog();
  const blobs = await git.readObjects(listDocumentBlobs(commits));
  const snapshots = new Map<string, DocumentSnapshot>();
  const readSnapshot = (blob: string): DocumentSnapshot | undefined => {
    let snapshot = snapshots.get(blob);
    const bytes = snapshot ? undefined : blobs.get(blob);
    if (bytes) {
      snapshot = parseSnapshot(bytes);
      snapshots.set(blob, snapshot);
    }
    return snapshot;
  };
  return assembleRevisionRecords(commits, readSnapshot);
}
