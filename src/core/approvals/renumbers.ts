/**
 * Documents that left one path and appeared at another. `docket renumber OLD NEW` is recognised:
 * same kind, and the same content once the new ID is read back as the old one (in the document,
 * and for a customer in its records' paths). Anything else is a deletion or a hand rename, which
 * the check refuses (documents are cancelled or withdrawn, never deleted).
 */
import type { SnapshotDocument } from './snapshot.ts';

export interface Moves {
  renumbered: { before: SnapshotDocument; after: SnapshotDocument }[];
  /** Same ID at another path, or new ID with other content: moved by hand. */
  renamedByHand: { before: SnapshotDocument; after: SnapshotDocument }[];
  deleted: SnapshotDocument[];
  added: SnapshotDocument[];
}

export function evaluateMoves(
  removed: readonly SnapshotDocument[],
  added: readonly SnapshotDocument[],
): Moves {
  const left = new Set(added);
  const moves: Moves = { renumbered: [], renamedByHand: [], deleted: [], added: [] };
  const pairs = new Map<string, string>();
  // Top-level documents and customer files first: their ID pairs rename records' folders.
  const ordered = [...removed].sort((a, b) => Number(isRecord(a)) - Number(isRecord(b)));
  for (const before of ordered) {
    const after = [...left].find((candidate) => isRenumberOf(before, candidate, pairs));
    if (after) {
      left.delete(after);
      moves.renumbered.push({ before, after });
      if (before.id !== after.id && !isRecord(before)) pairs.set(after.id, before.id);
      continue;
    }
    const sameId = [...left].find(
      (candidate) => candidate.kind === before.kind && candidate.id === before.id,
    );
    if (sameId) {
      left.delete(sameId);
      moves.renamedByHand.push({ before, after: sameId });
    } else moves.deleted.push(before);
  }
  moves.added = [...left];
  return moves;
}

function isRecord(document: SnapshotDocument): boolean {
  return !['requirement', 'change', 'release', 'customer'].includes(document.kind);
}

function isRenumberOf(
  before: SnapshotDocument,
  after: SnapshotDocument,
  pairs: ReadonlyMap<string, string>,
): boolean {
  if (before.kind !== after.kind || before.id === after.id) return false;
  const back = isRecord(after) ? pairs : new Map([...pairs, [after.id, before.id]]);
  if (isRecord(after) && readBack(after.path, back) !== before.path) return false;
  return readBack(after.canonical, back) === before.canonical;
}

/** Replaces each new ID with the old one, whole IDs only (REQ-0001 is not part of REQ-00012). */
function readBack(text: string, pairs: ReadonlyMap<string, string>): string {
  let result = text;
  for (const [next, previous] of pairs)
    result = result.replace(
      new RegExp(`(?<![A-Za-z0-9-])${escape(next)}(?![A-Za-z0-9])`, 'g'),
      previous,
    );
  return result;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
