/**
 * Reads the two sides of a pull request for the approval check: a snapshot (every file with its
 * fingerprint, every document with its data) of a loaded revision, and the fingerprints of the
 * changed files at each commit a reviewer approved. Blobs are read only when they differ from
 * the head's.
 */
import type { BlobReader } from '../adapters/git-blobs.ts';
import { canonicalParsed, fingerprintDocument, hashText } from '../core/approvals/fingerprint.ts';
import type { Snapshot, SnapshotDocument } from '../core/approvals/snapshot.ts';
import type { TreeEntry } from '../core/git-tree.ts';
import { listKnownSignOffs, type KnownSignOff } from '../core/approvals/impact.ts';
import { decodeDocumentBytes, MAX_DOCUMENT_BYTES } from '../core/decode.ts';
import { classifyPath } from '../core/layout.ts';
import type { SchemaSet } from '../core/schema-set.ts';
import {
  MAX_SIGNOFF_BYTES,
  SIGNOFF_DIR,
  SIGNOFF_SCHEMA,
  parseSignoffRecord,
} from '../core/signoff-ledger.ts';
import type { LoadResult } from './load-repository.ts';

export interface RevisionSnapshot {
  snapshot: Snapshot;
  tree: ReadonlyMap<string, TreeEntry>;
}

/** Paths whose blob differs between two trees, or that exist in one of them only. */
export function listChangedPaths(
  before: ReadonlyMap<string, TreeEntry>,
  after: ReadonlyMap<string, TreeEntry>,
): Set<string> {
  const changed = new Set<string>();
  for (const [path, entry] of after)
    if (before.get(path)?.object !== entry.object) changed.add(path);
  for (const path of before.keys()) if (!after.has(path)) changed.add(path);
  return changed;
}

/**
 * Every file fingerprinted by its blob id, except the documents in `changed`: those by their
 * canonical form, so that re-saving a file (BOM, line endings) is no change. An approval covers
 * changed documents only, so the canonical form of the rest is never needed for fingerprints.
 */
export function assembleSnapshot(
  tree: ReadonlyMap<string, TreeEntry>,
  documents: readonly SnapshotDocument[],
  changed: ReadonlySet<string>,
): RevisionSnapshot {
  const files = new Map<string, string>();
  for (const [path, entry] of tree) files.set(path, `git:${entry.object}`);
  for (const document of documents)
    if (changed.has(document.path))
      files.set(document.path, `sha256:${hashText(document.canonical)}`);
  return { snapshot: { files, documents }, tree };
}

/** The loaded documents as snapshot documents; each canonical form is made when first asked for. */
export function toSnapshotDocuments(load: LoadResult): SnapshotDocument[] {
  return load.documents.map((document) => {
    let canonical: string | undefined;
    return {
      kind: document.kind,
      id: document.id,
      path: document.path,
      ...(document.customer === undefined ? {} : { customer: document.customer }),
      data: document.data,
      get canonical() {
        canonical ??= canonicalParsed(document.parsed.data, document.parsed.body);
        return canonical;
      },
    };
  });
}

/** How reviewed commits are read: a commit's tree (undefined when it is gone), and its blobs. */
export interface ReviewedCommits {
  treeOf: (commit: string) => Promise<ReadonlyMap<string, TreeEntry> | undefined>;
  blobs: () => BlobReader;
}

/**
 * For each reviewed commit, the fingerprints of `paths` there; a commit that is gone is left out,
 * so its approvals count as stale.
 */
export async function readReviewedFingerprints(
  commits: readonly string[],
  paths: readonly string[],
  head: RevisionSnapshot,
  { treeOf, blobs }: ReviewedCommits,
): Promise<Map<string, Map<string, string>>> {
  const result = new Map<string, Map<string, string>>();
  for (const commit of new Set(commits)) {
    const tree = await treeOf(commit);
    if (!tree) continue;
    const prints = new Map<string, string>();
    for (const path of paths) {
      const entry = tree.get(path);
      if (!entry) continue;
      const same = head.tree.get(path)?.object === entry.object;
      const print = same
        ? head.snapshot.files.get(path)
        : await fingerprintAt(entry, path, blobs());
      if (print !== undefined) prints.set(path, print);
    }
    result.set(commit, prints);
  }
  return result;
}

async function fingerprintAt(entry: TreeEntry, path: string, blobs: BlobReader): Promise<string> {
  if (classifyPath(path).type !== 'document') return `git:${entry.object}`;
  const read = await blobs.read(entry.object, MAX_DOCUMENT_BYTES);
  // Too large to load, as at the head: such a file is fingerprinted by its blob.
  return read.type === 'bytes' ? fingerprintDocument(read.bytes) : `git:${entry.object}`;
}

/**
 * The sign-offs recorded in the base's ledger (signoffs/*.json, checked with the base's schema),
 * so the comment can say who signed a document and when. A record that does not parse is left
 * out here; `docket verify` reports it.
 */
export async function readKnownSignOffs(
  tree: ReadonlyMap<string, TreeEntry>,
  schemas: SchemaSet,
  blobs: () => BlobReader,
): Promise<KnownSignOff[]> {
  const entries = [...tree.values()].filter(
    (entry) =>
      entry.path.startsWith(`${SIGNOFF_DIR}/`) &&
      entry.path.endsWith('.json') &&
      entry.mode !== '120000',
  );
  const records = [];
  for (const entry of entries) {
    const read = await blobs().read(entry.object, MAX_SIGNOFF_BYTES);
    if (read.type !== 'bytes') continue;
    const decoded = decodeDocumentBytes(read.bytes);
    if (!decoded.ok) continue;
    const validate = schemas.validatorFor(SIGNOFF_SCHEMA);
    const parsed = parseSignoffRecord(
      decoded.text,
      entry.path,
      validate,
      schemas.schemaFor(SIGNOFF_SCHEMA),
    );
    if (parsed.ok) records.push(parsed.record);
  }
  return listKnownSignOffs(records);
}
