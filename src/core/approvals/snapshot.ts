/**
 * One side of a pull request as the approval check reads it: every file with its fingerprint, and
 * the documents under content/ with their data. The app builds one for the merge base and one for
 * the head, through the same content source.
 */
import type { DocumentKind } from '../layout.ts';

export interface SnapshotDocument {
  kind: DocumentKind;
  id: string;
  path: string;
  /** For customer files and relationship records: the customer folder. */
  customer?: string;
  data: Readonly<Record<string, unknown>>;
  /** The canonical form its fingerprint hashes (front-matter values and body). */
  canonical: string;
}

export interface Snapshot {
  /** Every file in the tree → its fingerprint. */
  files: ReadonlyMap<string, string>;
  documents: readonly SnapshotDocument[];
}

export interface SnapshotIndex extends Snapshot {
  byPath: ReadonlyMap<string, SnapshotDocument>;
  byId: ReadonlyMap<string, SnapshotDocument>;
}

export function indexSnapshot(snapshot: Snapshot): SnapshotIndex {
  const byId = new Map<string, SnapshotDocument>();
  for (const document of snapshot.documents)
    if (!byId.has(document.id)) byId.set(document.id, document);
  return {
    ...snapshot,
    byPath: new Map(snapshot.documents.map((document) => [document.path, document])),
    byId,
  };
}
