/**
 * `readRevisionRecords(root)`: every document's revision record (修改记录) from one `git log`
 * pass and one `git cat-file --batch` for the document versions it names, run side by side. Shared by
 * `docket history`, `docket show` and the status site's revision tables.
 */
import { openGitHistory } from '../adapters/git-history.ts';
import {
  assembleRevisionRecords,
  pickDocumentBlob,
  type DocumentHistory,
} from '../core/history.ts';
import { parseSnapshot } from '../core/history-snapshot.ts';
import type { GitHistory } from '../core/ports/git-history.ts';

export type { DocumentHistory, Revision } from '../core/history.ts';
export { GitHistoryError, isShallowClone } from '../adapters/git-history.ts';

/** Map from document ID (current, earlier or deleted) to its history, oldest revision first. */
export async function readRevisionRecords(
  root: string,
  git: GitHistory = openGitHistory(root),
): Promise<Map<string, DocumentHistory>> {
  // Each document version is parsed as it arrives, while git log is still walking the history.
  const { commits, objects } = await git.readLogWithObjects(pickDocumentBlob, parseSnapshot);
  return assembleRevisionRecords(commits, (blob) => objects.get(blob));
}
