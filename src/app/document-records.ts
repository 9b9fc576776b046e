/**
 * A document's revision record joined with its sign-offs: what `docket history`, `docket show`
 * and the status site print. One git log pass and one read of the ledger for all documents.
 */
import type { DocumentHistory } from '../core/history.ts';
import type { GitHistory } from '../core/ports/git-history.ts';
import type { SchemaSet } from '../core/schema-set.ts';
import {
  evaluateSignoffStatus,
  indexRecordsByDocument,
  listRecordsFor,
  type SignoffStatus,
} from '../core/signoffs.ts';
import { readRevisionRecords } from './revision-records.ts';
import { readSignoffLedger, type SignoffLedger } from './signoff-ledger.ts';

export interface DocumentRecord {
  history: DocumentHistory;
  signoffs: SignoffStatus;
}

export interface DocumentRecords {
  /** By every ID a document had (see readRevisionRecords). */
  byId: Map<string, DocumentRecord>;
  /** Each document once, in the order it first appeared. */
  documents: DocumentRecord[];
  ledger: SignoffLedger;
}

export async function readDocumentRecords(
  root: string,
  options: { git?: GitHistory; schemas?: SchemaSet } = {},
): Promise<DocumentRecords> {
  const histories = await readRevisionRecords(root, options.git);
  const ledger = readSignoffLedger(root, options.schemas);
  const joined = new Map<DocumentHistory, DocumentRecord>();
  const byId = new Map<string, DocumentRecord>();
  const index = indexRecordsByDocument(ledger.records);
  for (const [id, history] of histories) {
    let record = joined.get(history);
    if (!record) {
      const signoffs = evaluateSignoffStatus(history, listRecordsFor(index, history.ids));
      record = { history, signoffs };
      joined.set(history, record);
    }
    byId.set(id, record);
  }
  return { byId, documents: [...joined.values()], ledger };
}

/**
 * One document's sign-off status for `docket show`: the ledger first, and the git history only
 * when some record names the document (a repository without records pays nothing).
 */
export async function readSignoffStatus(
  root: string,
  ids: readonly string[],
): Promise<SignoffStatus | undefined> {
  const ledger = readSignoffLedger(root);
  const index = indexRecordsByDocument(ledger.records);
  if (!ids.some((id) => index.has(id))) return undefined;
  const history = (await readRevisionRecords(root)).get(ids[0] ?? '');
  if (!history) return undefined;
  return evaluateSignoffStatus(history, listRecordsFor(index, history.ids));
}
