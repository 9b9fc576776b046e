/**
 * The content-source port: where documents, configuration and schemas are read from (a working
 * tree, or a git revision). Adapters implement it (src/adapters); tests use the hand-written
 * fakes in test/helpers.
 */

/** What a listing found below a folder. Paths are `/`-separated and relative to the root. */
export interface ContentListing {
  /** Plain files, sorted. */
  files: string[];
  /**
   * Symbolic links (and, in a git tree, submodules), sorted. They are reported, never followed (a
   * link can point anywhere).
   */
  symlinks: string[];
  /** Neither file, folder nor link (a pipe, a device), or a listed folder that is a file. */
  others?: string[];
}

/**
 * The outcome of reading one file. Only conditions about that one file are data here; a failure
 * of the source itself (permission denied, git missing, a revision gone) rejects the promise
 * with a {@link ContentSourceError}.
 */
export type ContentRead =
  | { type: 'bytes'; bytes: Uint8Array }
  /**
   * The file has more than `maxBytes` bytes. `head` is its start (up to CONTENT_HEAD_BYTES) when
   * that is cheap to get, for naming a binary format; it may be empty.
   */
  | { type: 'too-large'; size: number; head: Uint8Array }
  /** No such path in this source. */
  | { type: 'missing' }
  /** The path exists but is not a plain file: a symbolic link, a folder, a FIFO, a device. */
  | { type: 'not-a-file' };

/** How many leading bytes a `too-large` read gives back. */
export const CONTENT_HEAD_BYTES = 8_000;

/**
 * The files of a repository at one moment: the working tree, or one git revision. The loader
 * reads content and schemas through this, so the base and the head of a pull request load the
 * same way.
 *
 * Contract:
 * - `listFiles(dir)` lists every plain file below `dir` (recursively), skipping any path segment
 *   that starts with a dot (`.git`, `.gitkeep`); a missing `dir` gives empty lists.
 * - `readBytes(path, maxBytes)` never follows a symbolic link and never reads more than
 *   `maxBytes` bytes of content (plus the head of an oversized file).
 * - Both reject with a {@link ContentSourceError} when the source cannot be read at all.
 * - `close()` releases what the source holds (a git process); calls after it reject.
 */
export interface ContentSource {
  /** For messages: `working tree` or the revision as given. */
  readonly label: string;
  listFiles(dir: string): Promise<ContentListing>;
  readBytes(path: string, maxBytes: number): Promise<ContentRead>;
  /**
   * The git blob id of a plain file, when the source knows it without reading the file (a git
   * revision does; the working tree does not). The document cache is keyed by it.
   */
  objectId?(path: string): string | undefined;
  close(): Promise<void>;
}

export type ContentSourceFailure =
  /** The operating system refused (EACCES, ENOSPC, EIO…); `reason` is its code and message. */
  | 'io'
  /** The revision does not name a commit, or looks like an option (`-…`). */
  | 'bad-revision'
  /** git itself failed or is missing. */
  | 'git';

/** A source that cannot be read. Carries data for a localized message (`content/<failure>`). */
export class ContentSourceError extends Error {
  readonly failure: ContentSourceFailure;
  readonly path: string;
  readonly reason: string;
  constructor(failure: ContentSourceFailure, path: string, reason: string) {
    super(`${failure}: ${path}: ${reason}`);
    this.name = 'ContentSourceError';
    this.failure = failure;
    this.path = path;
    this.reason = reason;
  }
}

/** Whether a listed path is hidden (any segment starting with a dot), as every source skips them. */
export function isHiddenPath(path: string): boolean {
  return path.split('/').some((segment) => segment.startsWith('.'));
}

/** A view of `source` that lists only the paths `keep` accepts (reads pass through). */
export function restrictSource(
  source: ContentSource,
  keep: (path: string) => boolean,
): ContentSource {
  return {
    label: source.label,
    listFiles: async (dir) => {
      const listing = await source.listFiles(dir);
      return {
        files: listing.files.filter(keep),
        symlinks: listing.symlinks.filter(keep),
        others: (listing.others ?? []).filter(keep),
      };
    },
    readBytes: (path, maxBytes) => source.readBytes(path, maxBytes),
    objectId: (path) => source.objectId?.(path),
    close: () => source.close(),
  };
}
