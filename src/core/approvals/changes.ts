/**
 * What a pull request changes, from two snapshots (merge base and head): one subject per changed
 * document with its transition, one per other changed file, and the workflow problems — a state
 * change no path of allowed transitions explains, a new document outside its entry states, a
 * deleted or hand-renamed document, an added ID already taken on the base's current tip.
 */
import type { Workflow } from '../config.ts';
import { workflowOf, type DocumentKind, type WorkflowKind } from '../layout.ts';
import { entryStates, findPreferredPath, isEntryState, movesBetween } from '../workflow.ts';
import { createDataIssue, createIssue, type Problem } from '../problem.ts';
import type { DocumentIssue } from '../repository.ts';
import { stringifyCanonical } from './fingerprint.ts';
import { resolveScan } from './offline.ts';
import { evaluateMoves } from './renumbers.ts';
import {
  indexSnapshot,
  type Snapshot,
  type SnapshotDocument,
  type SnapshotIndex,
} from './snapshot.ts';
import type { AffectedCustomer, ChangedDocument, DocumentChange, Subject } from './subject.ts';

export interface ChangeInput {
  before: Snapshot;
  after: Snapshot;
  /** IDs present on the base branch's current tip (another pull request may have taken one). */
  baseTipIds: ReadonlySet<string>;
  /** Customer files on the base's current tip: their tier counts beside the merge base's and the head's. */
  baseTipCustomers?: readonly SnapshotDocument[];
  workflows: Readonly<Record<WorkflowKind, Workflow>>;
  /** The document's confidential values (x-confidential in its schema) in a comparable form. */
  confidentialView: (kind: DocumentKind, data: Readonly<Record<string, unknown>>) => string;
}

export interface ChangeSet {
  subjects: Subject[];
  /** Problems on head documents, to be located at their field. */
  issues: DocumentIssue[];
  /** Problems about files the head no longer has. */
  problems: Problem[];
}

interface Context {
  input: ChangeInput;
  before: SnapshotIndex;
  after: SnapshotIndex;
  baseTipCustomers: ReadonlyMap<string, SnapshotDocument>;
  issues: DocumentIssue[];
}

export function assembleChanges(input: ChangeInput): ChangeSet {
  const before = indexSnapshot(input.before);
  const after = indexSnapshot(input.after);
  const baseTipCustomers = new Map(
    (input.baseTipCustomers ?? []).map((document) => [document.id, document]),
  );
  const context: Context = { input, before, after, baseTipCustomers, issues: [] };
  // A document still on the head that failed to load is reported by the head's validation, not
  // as deleted.
  const removed = input.before.documents.filter(
    (document) => !after.byPath.has(document.path) && !after.files.has(document.path),
  );
  const added = input.after.documents.filter((document) => !before.byPath.has(document.path));
  const moves = evaluateMoves(removed, added);
  const problems = moves.deleted.map((document) => deletedProblem(document));
  const subjects: Subject[] = [];
  for (const document of input.after.documents) {
    const old = before.byPath.get(document.path);
    if (old && isChanged(context, document.path))
      subjects.push(documentSubject(context, document, old, 'modified'));
  }
  for (const { before: old, after: document } of moves.renumbered)
    subjects.push(documentSubject(context, document, old, 'renumbered'));
  for (const { before: old, after: document } of moves.renamedByHand) {
    context.issues.push(issueAt(document, 'pr/renamed-by-hand', ['id'], { before: old.path }));
    subjects.push(documentSubject(context, document, old, 'modified'));
  }
  for (const document of moves.added)
    subjects.push(documentSubject(context, document, undefined, 'added'));
  for (const document of documentsWithChangedAttachments(context, subjects))
    subjects.push(documentSubject(context, document, before.byPath.get(document.path), 'modified'));
  subjects.push(...fileSubjects(context, subjects));
  return { subjects, issues: context.issues, problems };
}

function documentSubject(
  context: Context,
  document: SnapshotDocument,
  old: SnapshotDocument | undefined,
  change: DocumentChange,
): Subject {
  const changed: ChangedDocument = {
    kind: document.kind,
    id: document.id,
    path: document.path,
    change,
    ...(old && old.id !== document.id ? { previousId: old.id } : {}),
    steps: [],
    moves: [],
    ...(old ? { before: old.data } : {}),
    after: document.data,
    fieldsChanged: changedFields(old?.data ?? {}, document.data),
    confidentialChanged:
      context.input.confidentialView(document.kind, old?.data ?? {}) !==
      context.input.confidentialView(document.kind, document.data),
  };
  checkWorkflow(context, changed);
  if (change !== 'modified' && old?.id !== document.id && context.input.baseTipIds.has(document.id))
    context.issues.push(issueAt(document, 'pr/id-taken', ['id'], {}));
  const paths = [document.path, ...attachmentPaths(document)];
  return {
    key: document.id,
    paths,
    changedPaths: paths.filter((path) => isChanged(context, path)),
    document: changed,
    customers: affectedCustomers(context, document, old),
  };
}

/** Sets from, to and steps; reports a move no path of allowed transitions explains. */
function checkWorkflow(context: Context, changed: ChangedDocument): void {
  const kind = workflowOf(changed.kind);
  const to = changed.after['status'];
  if (!kind || typeof to !== 'string') return;
  const workflow = context.input.workflows[kind];
  const from = changed.change === 'added' ? workflow.initial : changed.before?.['status'];
  if (typeof from !== 'string') return;
  changed.to = to;
  if (changed.change !== 'added') changed.from = from;
  const document = { path: changed.path, id: changed.id };
  if (changed.change === 'added' && !isEntryState(workflow, to)) {
    context.issues.push(
      issueAt(document, 'pr/entry-state', ['status'], {
        status: to,
        allowed: entryStates(workflow).join('`, `'),
      }),
    );
    return;
  }
  const path = findPreferredPath(workflow, from, to, changed.after);
  const moves = movesBetween(workflow, from, to);
  if (!path || !moves) {
    context.issues.push(issueAt(document, 'pr/transition', ['status'], { from, to }));
    return;
  }
  changed.steps = path.map((state, index) => ({ from: path[index - 1] ?? from, to: state }));
  changed.moves = moves;
}

function changedFields(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => stringifyCanonical(before[key]) !== stringifyCanonical(after[key]))
    .sort();
}

/** Attachments and the signed scan travel with their document: an approval covers them too. */
function attachmentPaths(document: SnapshotDocument): string[] {
  const written = new Set<string>();
  const attachments = document.data['attachments'];
  if (Array.isArray(attachments))
    for (const item of attachments as unknown[])
      if (isRecord(item) && typeof item['path'] === 'string') written.add(item['path']);
  const signature = document.data['offline_signature'];
  if (isRecord(signature) && typeof signature['scan'] === 'string') written.add(signature['scan']);
  return [...written].map((path) => resolveScan(document.path, path)).sort();
}

/**
 * Unchanged documents whose attachments (a signed scan, say) the pull request changes: replacing
 * the scan of a signed form is a change to that form's document, judged and reported as one.
 */
function documentsWithChangedAttachments(
  context: Context,
  subjects: readonly Subject[],
): SnapshotDocument[] {
  const judged = new Set(subjects.map((subject) => subject.document?.path));
  return context.input.after.documents.filter(
    (document) =>
      !judged.has(document.path) &&
      attachmentPaths(document).some((path) => isChanged(context, path)),
  );
}

function isChanged({ before, after }: Context, path: string): boolean {
  return before.files.get(path) !== after.files.get(path);
}

/** Changed files that are neither documents nor carried by a changed document. */
function fileSubjects(context: Context, documents: readonly Subject[]): Subject[] {
  const covered = new Set(documents.flatMap((subject) => subject.paths));
  const { before, after } = context;
  const paths = [...new Set([...before.files.keys(), ...after.files.keys()])].sort();
  return paths
    .filter((path) => isChanged(context, path))
    .filter((path) => !covered.has(path) && !before.byPath.has(path) && !after.byPath.has(path))
    .map((path) => ({
      key: path,
      paths: [path],
      fileChange: !before.files.has(path)
        ? 'added'
        : !after.files.has(path)
          ? 'deleted'
          : 'modified',
      customers: [],
    }));
}

/** The customers a document touches, on the base and on the head (a retargeted link cannot dodge a signature). */
function affectedCustomers(
  context: Context,
  document: SnapshotDocument,
  old: SnapshotDocument | undefined,
): AffectedCustomer[] {
  const ids = new Set<string>();
  for (const version of [old, document]) {
    if (!version) continue;
    if (version.kind === 'customer') ids.add(version.id);
    else if (version.customer !== undefined) ids.add(version.customer);
    const customer = version.data['customer'];
    if (typeof customer === 'string') ids.add(customer);
    for (const requirement of stringList(version.data['requirements']))
      for (const side of [context.after, context.before]) {
        const linked = side.byId.get(requirement)?.data['customer'];
        if (typeof linked === 'string') ids.add(linked);
      }
  }
  return [...ids].sort().map((id) => describeCustomer(context, id));
}

function describeCustomer(context: Context, id: string): AffectedCustomer {
  const versions = [
    context.baseTipCustomers.get(id),
    context.before.byId.get(id),
    context.after.byId.get(id),
  ].filter((v) => v?.kind === 'customer');
  const tiers = [...new Set(versions.map((v) => v?.data['tier']))].filter(
    (tier): tier is 'A' | 'B' | 'C' => tier === 'A' || tier === 'B' || tier === 'C',
  );
  const latest = versions.at(-1)?.data;
  const name = latest?.['short_name'] ?? latest?.['name'];
  return { id, name: typeof name === 'string' ? name : id, tiers };
}

function deletedProblem(document: SnapshotDocument): Problem {
  return {
    ...createIssue('pr/deleted', { line: 1, col: 1 }, { id: document.id }),
    path: document.path,
  };
}

function issueAt(
  document: { path: string; id: string },
  rule: string,
  pointer: string[],
  params: Record<string, string>,
): DocumentIssue {
  return { ...createDataIssue(rule, pointer, { id: document.id, ...params }), path: document.path };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
