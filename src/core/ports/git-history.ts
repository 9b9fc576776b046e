/**
 * The git-history port: what `docket history`, the sign-off records and `docket verify` need
 * from git. The adapter (src/adapters/git-history.ts) runs git with argument arrays; tests use
 * test/helpers/fake-git-history.ts, which can fail on purpose.
 */
import type { FileChange, LogCommit } from '../history-log.ts';

export interface GitHistory {
  /**
   * The first-parent history of content/, oldest commit first, from one `git log` pass
   * (LOG_ARGUMENTS). Rejects when git fails (not a repository, no commits yet is an empty list).
   */
  readLog(): Promise<LogCommit[]>;
  /**
   * readLog and readObjects in one pass: `pick` names the object to read for a change (or
   * undefined), and each object goes through `read` as it arrives, so the reading and parsing
   * overlap git's walk of the history. A name git cannot resolve is absent from the map.
   */
  readLogWithObjects<T>(
    pick: (change: FileChange) => string | undefined,
    read: (bytes: Uint8Array) => T,
  ): Promise<{ commits: LogCommit[]; objects: Map<string, T> }>;
  /**
   * Objects by name: blob IDs or `REV:path` names, all in one `git cat-file --batch`. A name git
   * cannot resolve is absent from the map; the map never holds a partial object.
   */
  readObjects(names: readonly string[]): Promise<Map<string, Uint8Array>>;
  /** Files changed between two commits (`git diff --raw -M`), limited to `paths` when given. */
  readChanges(from: string, to: string, paths?: readonly string[]): Promise<FileChange[]>;
  /** The full commit ID a revision names, or undefined when it names no commit. */
  resolveCommit(revision: string): Promise<string | undefined>;
}
