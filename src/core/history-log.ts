/**
 * Parses the output of the one `git log` pass that history is built from (see LOG_ARGUMENTS).
 * Knows no paths on disk and runs no git: text in, commits out.
 */

/** Field separator inside a commit header, and the mark that starts a header. */
const FIELD = '\x1f';
const HEADER = '\x1e';

/**
 * The arguments of the one pass, oldest commit first. `--first-parent --diff-merges=first-parent`
 * gives a merged pull request's files to its merge commit; `-M` reports renames with both paths;
 * `--raw --no-abbrev` is `--name-status` plus the old and new blob IDs, so a document's state at
 * each commit is read from its blob in one `cat-file --batch` rather than one process per file;
 * `-z` keeps any path byte for byte. The header is `\x1e` then fields split by `\x1f`, subject last.
 */
export const LOG_ARGUMENTS: readonly string[] = [
  'log',
  '--first-parent',
  '--diff-merges=first-parent',
  '-M',
  '--raw',
  '--no-abbrev',
  '-z',
  '--reverse',
  '--no-color',
  '--no-ext-diff',
  `--format=${HEADER}%H${FIELD}%P${FIELD}%an${FIELD}%ae${FIELD}%aI${FIELD}%cI${FIELD}%s`,
];

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';

export interface FileChange {
  status: ChangeStatus;
  path: string;
  /** The path before a rename or copy. */
  fromPath?: string;
  /** Blob before and after; the all-zero ID when there is none (added, deleted). */
  oldBlob: string;
  newBlob: string;
}

export interface LogCommit {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  /** ISO 8601 author date with its offset. */
  authoredAt: string;
  committedAt: string;
  subject: string;
  changes: FileChange[];
}

const STATUS_OF: Readonly<Record<string, ChangeStatus>> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed',
};

/** The blob ID git prints when a side has no file. */
export const NO_BLOB = '0'.repeat(40);

/**
 * Commits in the order git printed them. The output is split on NUL: a token starting with `\x1e`
 * is a header, one starting with `:` (after an optional newline) a raw entry, followed by one
 * path (two for renames and copies). Anything else means the format changed: it throws, since
 * that is a bug in Docket, not bad content.
 */
export function parseGitLog(output: string): LogCommit[] {
  const parser = createGitLogParser();
  parser.push(output);
  return parser.end();
}

export interface GitLogParser {
  /** The next piece of the output, cut anywhere (a stream's chunks). */
  push(text: string): void;
  /** The output is complete: the commits, as parseGitLog returns them. */
  end(): LogCommit[];
}

export interface GitLogParserOptions {
  /** Sees each entry as soon as its paths are in, while git is still walking the history. */
  onChange?: (change: FileChange) => void;
  /** Put before every path: the folder a `--relative=FOLDER` log printed its paths inside. */
  pathPrefix?: string;
}

/** parseGitLog for output that arrives in pieces. */
export function createGitLogParser(options: GitLogParserOptions = {}): GitLogParser {
  const { onChange, pathPrefix = '' } = options;
  const commits: LogCommit[] = [];
  let tokens: string[] = [];
  let partial = '';
  /** Consumes whole headers and entries; an entry still missing a path waits unless `final`. */
  const consume = (final: boolean) => {
    let index = 0;
    while (index < tokens.length) {
      const token = tokens[index] ?? '';
      if (token === '' || token === '\n') index++;
      else if (token.startsWith(HEADER)) {
        commits.push(parseHeader(token.slice(1)));
        index++;
      } else {
        const entry = token.replace(/^\n/, '');
        const current = commits.at(-1);
        if (!entry.startsWith(':') || !current)
          throw new Error(`unexpected git log token: ${entry}`);
        const change = parseRawEntry(entry, tokens, index + 1);
        const width = change.fromPath === undefined ? 2 : 3;
        if (!final && index + width > tokens.length) break;
        index += width;
        if (pathPrefix !== '') addPathPrefix(change, pathPrefix);
        current.changes.push(change);
        onChange?.(change);
      }
    }
    tokens = tokens.slice(index);
  };
  return {
    push(text) {
      const parts = (partial + text).split('\0');
      partial = parts.pop() ?? '';
      tokens = tokens.length === 0 ? parts : tokens.concat(parts);
      consume(false);
    },
    end() {
      tokens.push(partial);
      partial = '';
      consume(true);
      return commits;
    },
  };
}

function addPathPrefix(change: FileChange, prefix: string): void {
  change.path = `${prefix}${change.path}`;
  if (change.fromPath !== undefined) change.fromPath = `${prefix}${change.fromPath}`;
}

function parseHeader(header: string): LogCommit {
  const [
    sha = '',
    parents = '',
    authorName = '',
    authorEmail = '',
    authoredAt = '',
    committedAt = '',
    ...rest
  ] = header.split(FIELD);
  return {
    sha,
    parents: parents.split(' ').filter(Boolean),
    authorName,
    authorEmail,
    authoredAt,
    committedAt,
    subject: rest.join(FIELD),
    changes: [],
  };
}

/** `:100644 100644 OLD NEW R083` then the path token(s). */
function parseRawEntry(entry: string, tokens: readonly string[], next: number): FileChange {
  const [, , oldBlob = '', newBlob = '', code = ''] = entry.slice(1).split(' ');
  const status = STATUS_OF[code.charAt(0)];
  if (!status) throw new Error(`unknown git status: ${code}`);
  const first = tokens[next] ?? '';
  if (status === 'renamed' || status === 'copied')
    return { status, fromPath: first, path: tokens[next + 1] ?? '', oldBlob, newBlob };
  return { status, path: first, oldBlob, newBlob };
}

/** `git diff --raw -z -M --no-abbrev A B`: the same raw entries as the log, with no headers. */
export const DIFF_ARGUMENTS: readonly string[] = [
  'diff',
  '--raw',
  '-z',
  '-M',
  '--no-abbrev',
  '--no-color',
  '--no-ext-diff',
];

export function parseRawDiff(output: string): FileChange[] {
  const commit = parseGitLog(`${HEADER}${'0'.repeat(40)}\0${output}`)[0];
  return commit?.changes ?? [];
}

/** `Merge pull request #12 from …` or a squash merge's `Title (#12)`. */
export function parsePullRequestNumber(subject: string): number | undefined {
  const match = /^Merge pull request #(\d+) /.exec(subject) ?? /\(#(\d+)\)\s*$/.exec(subject);
  return match ? Number(match[1]) : undefined;
}
