/**
 * Applying a renumber so that an interruption never leaves a half-rewritten repository unnoticed.
 * A lock file (created exclusively) keeps a second renumber out; a journal (written atomically
 * before the first edit) holds the whole plan and every original text, so the next run can finish
 * the edits (`--resume`) or undo them (`--rollback`), and `validate` reports it meanwhile.
 * Every step is idempotent: resuming after a crash at any point reaches the same end.
 */
import type { RenumberPlan } from '../core/renumber.ts';
import { localizedParam, type Lang } from '../core/messages.ts';
import { SetupError } from './errors.ts';
import { CUSTOMERS_DIR } from '../core/layout.ts';
import { createWorkingTreeFiles, type RenumberFiles } from '../adapters/renumber-files.ts';

export type { RenumberFiles };

export const JOURNAL_PATH = '.docket/renumber-journal.json';
export const LOCK_PATH = '.docket/renumber.lock';

export interface RenumberJournal {
  version: 1;
  oldId: string;
  newId: string;
  moves: { from: string; to: string; text?: string; original?: string }[];
  rewrites: { path: string; text: string; original: string }[];
}

export interface LockHolder {
  pid: number;
  since: string;
}

/** Why a renumber cannot start: a live run holds the lock, a dead one left it, or a journal waits. */
export type RenumberBlock =
  | { type: 'locked'; holder: LockHolder }
  | { type: 'stale-lock'; holder: LockHolder }
  | { type: 'unfinished'; journal: Pick<RenumberJournal, 'oldId' | 'newId'> };

export function createJournal(
  plan: RenumberPlan,
  originals: ReadonlyMap<string, string>,
): RenumberJournal {
  return {
    version: 1,
    oldId: plan.oldId,
    newId: plan.newId,
    moves: plan.moves.map(({ from, to, text }) => ({
      from,
      to,
      ...(text === undefined ? {} : { text, original: originals.get(from) ?? '' }),
    })),
    rewrites: plan.rewrites.map(({ path, text }) => ({
      path,
      text,
      original: originals.get(path) ?? '',
    })),
  };
}

/**
 * Runs `work` holding the lock; undefined result means the lock was taken. The lock is released
 * however `work` ends, so only a killed process leaves it behind (then it is stale).
 */
export function withRenumberLock<T>(
  files: RenumberFiles,
  work: () => T,
): { ok: true; value: T } | { ok: false; block: RenumberBlock } {
  const holder = files.acquireLock(LOCK_PATH);
  if (holder) return { ok: false, block: { type: holder.alive ? 'locked' : 'stale-lock', holder } };
  try {
    return { ok: true, value: work() };
  } finally {
    files.remove(LOCK_PATH);
  }
}

/**
 * The unfinished renumber's journal, if one waits; read by `renumber` and `validate`. A journal is
 * a file in the working tree anyone can edit: one that is not exactly what Docket writes, or that
 * names a path outside content/, is refused (SetupError, exit 2) and never replayed.
 */
export function readJournal(files: RenumberFiles): RenumberJournal | undefined {
  const text = files.readText(JOURNAL_PATH);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw damaged({ 'zh-CN': '不是合法的 JSON', en: 'it is not valid JSON' });
  }
  if (!isJournal(value))
    throw damaged({ 'zh-CN': '内容不是 Docket 写下的格式', en: 'it is not what Docket writes' });
  const unsafe = journalPaths(value).find((path) => !isContentPath(path));
  if (unsafe !== undefined)
    throw damaged({
      'zh-CN': `路径 \`${unsafe}\` 不在 content/ 之内`,
      en: `the path \`${unsafe}\` is not inside content/`,
    });
  return value;
}

function damaged(reason: Readonly<Record<Lang, string>>): SetupError {
  return new SetupError('renumber/journal-damaged', {
    path: JOURNAL_PATH,
    ...localizedParam('reason', reason),
  });
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isOptionalString = (value: unknown) => value === undefined || isString(value);

function isJournal(value: unknown): value is RenumberJournal {
  if (!isRecord(value) || value['version'] !== 1) return false;
  if (!isString(value['oldId']) || !isString(value['newId'])) return false;
  const { moves, rewrites } = value;
  return (
    Array.isArray(moves) &&
    moves.every(
      (move) =>
        isRecord(move) &&
        isString(move['from']) &&
        isString(move['to']) &&
        isOptionalString(move['text']) &&
        isOptionalString(move['original']),
    ) &&
    Array.isArray(rewrites) &&
    rewrites.every(
      (rewrite) =>
        isRecord(rewrite) &&
        isString(rewrite['path']) &&
        isString(rewrite['text']) &&
        isString(rewrite['original']),
    )
  );
}

function journalPaths(journal: RenumberJournal): string[] {
  return [
    ...journal.moves.flatMap((move) => [move.from, move.to]),
    ...journal.rewrites.map((rewrite) => rewrite.path),
  ];
}

/** `content/…`, `/`-separated, with no `.`, `..` or empty segment and no control character. */
function isContentPath(path: string): boolean {
  const segments = path.split('/');
  return (
    segments[0] === 'content' &&
    segments.length > 1 &&
    // eslint-disable-next-line no-control-regex -- a control character has no place in a path
    !/[\\\u0000-\u001f]/.test(path) &&
    segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..')
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Writes the journal, then performs it. A failure part-way leaves the journal for --resume. */
export function applyJournaled(files: RenumberFiles, journal: RenumberJournal): void {
  files.writeNew(JOURNAL_PATH, `${JSON.stringify(journal, null, 1)}\n`);
  resumeJournal(files, journal);
}

/** Finishes the edits: every new file, every rewrite, then the old files go; then the journal. */
export function resumeJournal(files: RenumberFiles, journal: RenumberJournal): void {
  const { moves, rewrites } = journal;
  for (const move of moves) {
    if (files.exists(move.to)) continue;
    if (move.text === undefined) files.link(move.from, move.to);
    else files.writeNew(move.to, move.text);
  }
  for (const rewrite of rewrites) files.replace(rewrite.path, rewrite.text);
  for (const move of moves) if (files.exists(move.from)) files.remove(move.from);
  for (const move of moves) files.removeEmptyFolders(dirOf(move.from), CUSTOMERS_DIR);
  files.remove(JOURNAL_PATH);
}

/** Undoes the edits: the same replay with every move reversed and every original written back. */
export function rollbackJournal(files: RenumberFiles, journal: RenumberJournal): void {
  resumeJournal(files, {
    ...journal,
    moves: journal.moves.map(({ from, to, text, original }) => ({
      from: to,
      to: from,
      ...(original === undefined ? {} : { text: original }),
      ...(text === undefined ? {} : { original: text }),
    })),
    rewrites: journal.rewrites.map(({ path, text, original }) => ({
      path,
      text: original,
      original: text,
    })),
  });
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

export function workingTreeFiles(root: string): RenumberFiles {
  return createWorkingTreeFiles(root);
}
