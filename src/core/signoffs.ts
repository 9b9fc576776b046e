/**
 * Sign-offs of a document from the records in signoffs/, and whether it needs re-confirmation
 * (需重新确认): its content changed after the last signed decision about it. Pure: the records and
 * the revision history come in as data.
 */
import type { Approval, SignOffRecord } from './generated/signoff-types.ts';
import type { DocumentHistory, Revision } from './history.ts';

export type { Approval, SignOffRecord } from './generated/signoff-types.ts';

/** Fields that move with the workflow itself; changing only these is not a content edit. */
export const WORKFLOW_FIELDS: ReadonlySet<string> = new Set(['status', 'stage_since']);

export interface DocumentSignoff {
  /** Which ID the record names (an earlier one after a renumber). */
  id: string;
  approval: Approval;
  record: SignOffRecord;
  /** The state move the record made, when it made one. */
  from?: string;
  to?: string;
}

export interface SignoffStatus {
  signoffs: DocumentSignoff[];
  /** The record of the last signed decision (a state move or creation with approvals). */
  lastDecision?: SignOffRecord;
  /** Content edits after the last decision: each one makes its sign-off lapse. */
  editsSince: Revision[];
  needsReconfirmation: boolean;
  /** Records that merged a change of this document without the sign-offs they needed. */
  unsigned: SignOffRecord[];
}

/** Records sorted by merge time, oldest first; ties keep the given order. */
export function sortRecords(records: readonly SignOffRecord[]): SignOffRecord[] {
  return [...records].sort((left, right) => left.merged_at.localeCompare(right.merged_at));
}

/** Records by the IDs of the documents they name, each list oldest first (records must be sorted). */
export function indexRecordsByDocument(
  records: readonly SignOffRecord[],
): Map<string, SignOffRecord[]> {
  const index = new Map<string, SignOffRecord[]>();
  for (const record of records)
    for (const id of new Set(record.documents.map((document) => document.id))) {
      const list = index.get(id) ?? [];
      list.push(record);
      index.set(id, list);
    }
  return index;
}

/** The records naming any of `ids`, oldest first, each once. */
export function listRecordsFor(
  index: ReadonlyMap<string, readonly SignOffRecord[]>,
  ids: readonly string[],
): SignOffRecord[] {
  const found = new Set(ids.flatMap((id) => index.get(id) ?? []));
  return sortRecords([...found]);
}

/**
 * Everything the records say about one document (any of its IDs), and whether its content changed
 * after the last signed decision. `records` must be sorted (sortRecords).
 */
export function evaluateSignoffStatus(
  history: Pick<DocumentHistory, 'ids' | 'revisions'>,
  records: readonly SignOffRecord[],
): SignoffStatus {
  const ids = new Set(history.ids);
  const signoffs: DocumentSignoff[] = [];
  const unsigned: SignOffRecord[] = [];
  let lastDecision: SignOffRecord | undefined;
  for (const record of records) {
    const version = record.documents.find((document) => ids.has(document.id));
    if (!version) continue;
    if (record.outcome === 'merged-without-signoff') unsigned.push(record);
    const covering = record.approvals.filter((approval) =>
      approval.documents.some((document) => ids.has(document.id)),
    );
    for (const approval of covering)
      signoffs.push({ id: version.id, approval, record, ...stateMove(version) });
    const decided = version.from !== version.to;
    if (decided && covering.length > 0 && record.outcome === 'signed') lastDecision = record;
  }
  const editsSince = lastDecision ? listEditsSince(history.revisions, lastDecision) : [];
  return {
    signoffs,
    ...(lastDecision ? { lastDecision } : {}),
    editsSince,
    needsReconfirmation: editsSince.length > 0,
    unsigned,
  };
}

function stateMove(version: { from?: string; to?: string }): { from?: string; to?: string } {
  return {
    ...(version.from === undefined ? {} : { from: version.from }),
    ...(version.to === undefined ? {} : { to: version.to }),
  };
}

/**
 * Revisions after the decision's merge commit that changed more than the workflow fields. When the
 * merge commit is not in the history (a rewritten branch), the merge time decides.
 */
export function listEditsSince(
  revisions: readonly Revision[],
  decision: SignOffRecord,
): Revision[] {
  const at = revisions.findIndex((revision) => revision.commit === decision.merge_commit);
  const later =
    at >= 0
      ? revisions.slice(at + 1)
      : revisions.filter((revision) => Date.parse(revision.date) > Date.parse(decision.merged_at));
  return later.filter(
    (revision) =>
      revision.change === 'deleted' || revision.fields.some((field) => !WORKFLOW_FIELDS.has(field)),
  );
}
