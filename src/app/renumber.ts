/**
 * `docket renumber`: read content/, plan the edits in src/core, then apply them so that no file
 * is ever lost: every new file exists before any old one goes, and a failure while creating them
 * removes only what this run created.
 *
 * Only the ID tokens change. A file is decoded exactly (BOM and CR kept) so that writing it back
 * reproduces every other byte; a file that mentions the ID but is not UTF-8 text, is too large, or
 * is a symbolic link stops the whole run before anything is written.
 */
import {
  linkFile,
  removeEmptyFolders,
  removeFile,
  walkFiles,
  writeFileAtomic,
} from '../adapters/fs.ts';
import { readPlainFileBytes } from '../adapters/fs.ts';
import { decodeDocumentBytes } from '../core/decode.ts';
import { CONTENT_DIR, CUSTOMERS_DIR } from '../core/layout.ts';
import type { Issue, MessageParams } from '../core/problem.ts';
import { planRenumber, type RenumberPlan } from '../core/renumber.ts';

/** Files that can hold an ID: documents, and the YAML configuration (people.yaml names customers). */
const TEXT_FILE = /\.(md|ya?ml)$/i;

/** One line for the person: a catalogue message and its parameters. */
export interface RenumberRefusal {
  message: string;
  params: MessageParams;
}

export type RenumberOutcome =
  { ok: true; plan: RenumberPlan } | { ok: false; refusals: RenumberRefusal[] };

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
  // Links are never followed, so a linked text file may hide a mention; a moved link would lose what it is.
  const moved = new Set(result.plan.moves.map((move) => move.from));
  const linked = symlinks
    .filter((path) => moved.has(path) || TEXT_FILE.test(path))
    .map((path) => fileRefusal('renumber/symlink', path, oldId));
  const refusals = [...read.refusals, ...linked].sort((a, b) =>
    String(a.params['path']).localeCompare(String(b.params['path'])),
  );
  if (refusals.length === 0) return result;
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

export function applyRenumberPlan(root: string, plan: RenumberPlan): void {
  const created: string[] = [];
  try {
    for (const move of plan.moves) {
      if (move.text === undefined) linkFile(root, move.from, move.to);
      else writeFileAtomic(root, move.to, move.text, 'create');
      created.push(move.to);
    }
  } catch (error) {
    for (const path of created) removeFile(root, path);
    throw error;
  }
  for (const rewrite of plan.rewrites) writeFileAtomic(root, rewrite.path, rewrite.text, 'replace');
  for (const move of plan.moves) removeFile(root, move.from);
  for (const move of plan.moves)
    removeEmptyFolders(root, move.from.slice(0, move.from.lastIndexOf('/')), CUSTOMERS_DIR);
}
