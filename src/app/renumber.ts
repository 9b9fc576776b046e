/**
 * `docket renumber`: read content/, plan the edits in src/core, then apply them so that no file
 * is ever lost: every new file exists before any old one goes, all under a lock and a journal, so
 * an interrupted run can be finished or undone (renumber-journal.ts).
 *
 * Only the ID tokens change. A file is decoded exactly (BOM and CR kept) so that writing it back
 * reproduces every other byte; a file that mentions the ID but is not UTF-8 text, is too large, or
 * is a symbolic link stops the whole run before anything is written.
 */
import { readPlainFileBytes, walkFiles } from '../adapters/fs.ts';
import { decodeDocumentBytes } from '../core/decode.ts';
import { CONTENT_DIR } from '../core/layout.ts';
import type { Issue, MessageParams } from '../core/problem.ts';
import { planRenumber, type RenumberPlan } from '../core/renumber.ts';
import {
  applyJournaled,
  createJournal,
  readJournal,
  resumeJournal,
  rollbackJournal,
  withRenumberLock,
  workingTreeFiles,
  type RenumberBlock,
  type RenumberFiles,
  type RenumberJournal,
} from './renumber-journal.ts';

/** Files that can hold an ID: documents, and the YAML configuration (people.yaml names customers). */
const TEXT_FILE = /\.(md|ya?ml)$/i;

/** One line for the person: a catalogue message and its parameters. */
export interface RenumberRefusal {
  message: string;
  params: MessageParams;
}

export type RenumberOutcome =
  | { ok: true; plan: RenumberPlan; originals: ReadonlyMap<string, string> }
  | { ok: false; refusals: RenumberRefusal[] };

export function getRenumberPlan(root: string, oldId: string, newId: string): RenumberOutcome {
  const { files, symlinks } = walkFiles(root, CONTENT_DIR);
  const read = readMentioningTexts(
    root,
    files.filter((path) => TEXT_FILE.test(path)),
    oldId,
  );
  const result = planRenumber({
    oldId,
    newId,
    paths: [...files, ...symlinks].sort(),
    texts: read.texts,
  });
  if (!result.ok)
    return { ok: false, refusals: [{ message: result.message, params: result.params }] };
  const planned = { ok: true as const, plan: result.plan, originals: read.texts };
  // Links are never followed, so a linked text file may hide a mention; a moved link would lose what it is.
  const moved = new Set(result.plan.moves.map((move) => move.from));
  const linked = symlinks
    .filter((path) => moved.has(path) || TEXT_FILE.test(path))
    .map((path) => fileRefusal('renumber/symlink', path, oldId));
  const refusals = [...read.refusals, ...linked].sort((a, b) =>
    String(a.params['path']).localeCompare(String(b.params['path'])),
  );
  if (refusals.length === 0) return planned;
  return {
    ok: false,
    refusals: [
      ...refusals,
      { message: 'renumber/refused-files', params: { count: refusals.length } },
    ],
  };
}

/**
 * The exact text of every file that contains `oldId` (BOM and line ends as they are, so writing
 * it back changes only the replaced IDs), and a refusal for each such file that cannot be decoded.
 * Files without the ID are not decoded: they stay untouched whatever their encoding.
 */
function readMentioningTexts(
  root: string,
  paths: readonly string[],
  oldId: string,
): { texts: Map<string, string>; refusals: RenumberRefusal[] } {
  const texts = new Map<string, string>();
  const refusals: RenumberRefusal[] = [];
  for (const path of paths) {
    const bytes = readPlainFileBytes(root, path);
    if (bytes === undefined) refusals.push(fileRefusal('renumber/symlink', path, oldId));
    else if (mayMention(bytes, oldId)) {
      const decoded = decodeDocumentBytes(bytes);
      if (decoded.ok) texts.set(path, EXACT_UTF8.decode(bytes));
      else refusals.push(decodeRefusal(decoded.issue, path, oldId));
    }
  }
  return { texts, refusals };
}

// Valid UTF-8 decodes and re-encodes to the same bytes; ignoreBOM keeps a BOM in the text.
const EXACT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The ID's bytes appear in the file as ASCII (UTF-8, GBK, Latin-1) or UTF-16: conservative, never misses one. */
function mayMention(bytes: Uint8Array, id: string): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf16le = Buffer.from(id, 'utf16le');
  return (
    buffer.includes(id) ||
    buffer.includes(utf16le) ||
    buffer.includes(Buffer.from(utf16le).swap16())
  );
}

function decodeRefusal(issue: Issue, path: string, oldId: string): RenumberRefusal {
  const { guess, size, limit } = issue.params;
  if (issue.rule === 'file/too-large')
    return fileRefusal('renumber/too-large', path, oldId, { size: size ?? '', limit: limit ?? '' });
  if (issue.rule === 'file/encoding')
    return guess === undefined
      ? fileRefusal('renumber/not-utf8', path, oldId)
      : fileRefusal('renumber/not-utf8-guess', path, oldId, { guess });
  return fileRefusal('renumber/binary', path, oldId);
}

function fileRefusal(
  message: string,
  path: string,
  old: string,
  params: MessageParams = {},
): RenumberRefusal {
  return { message, params: { path, old, ...params } };
}

export type ApplyOutcome = { ok: true } | { ok: false; block: RenumberBlock };

/**
 * Applies a plan under the lock and through the journal (see renumber-journal.ts). Refuses while
 * another renumber runs or an unfinished one waits. `files` is the port a test can make fail.
 */
export function applyRenumberPlan(
  root: string,
  planned: { plan: RenumberPlan; originals: ReadonlyMap<string, string> },
  files: RenumberFiles = workingTreeFiles(root),
): ApplyOutcome {
  const locked = withRenumberLock(files, (): ApplyOutcome => {
    const waiting = readJournal(files);
    if (waiting) return { ok: false, block: { type: 'unfinished', journal: waiting } };
    applyJournaled(files, createJournal(planned.plan, planned.originals));
    return { ok: true };
  });
  return locked.ok ? locked.value : locked;
}

export type FinishOutcome =
  | { ok: true; journal: Pick<RenumberJournal, 'oldId' | 'newId'> }
  | { ok: false; block: RenumberBlock }
  | { ok: false; nothing: true };

/** `renumber --resume` / `--rollback`: finishes or undoes the unfinished renumber, under the lock. */
export function finishRenumber(
  root: string,
  mode: 'resume' | 'rollback',
  files: RenumberFiles = workingTreeFiles(root),
): FinishOutcome {
  const locked = withRenumberLock(files, (): FinishOutcome => {
    const journal = readJournal(files);
    if (!journal) return { ok: false, nothing: true };
    if (mode === 'resume') resumeJournal(files, journal);
    else rollbackJournal(files, journal);
    return { ok: true, journal };
  });
  return locked.ok ? locked.value : locked;
}

/** The renumber an interruption left unfinished, for `validate` and `renumber` to report. */
export function findUnfinishedRenumber(
  root: string,
): Pick<RenumberJournal, 'oldId' | 'newId'> | undefined {
  return readJournal(workingTreeFiles(root));
}
