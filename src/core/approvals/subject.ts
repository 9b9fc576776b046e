/**
 * What a pull request changes, as the approval policy judges it: one subject per changed document
 * (with its transition) and one per changed file that is not a document (configuration, schemas,
 * workflows, loose attachments). Built by changes.ts; judged by conditions.ts and evaluate.ts.
 */
import type { Tier } from '../config.ts';
import type { DocumentKind } from '../layout.ts';
import type { Move } from '../workflow.ts';

export type DocumentChange = 'added' | 'modified' | 'renumbered';

/** One allowed move of a multi-step transition (impact-assessed → awaiting-approval → approved). */
export type Step = Move;

export interface AffectedCustomer {
  id: string;
  /** The short name people use (星海物流), else the full name, else the ID. */
  name: string;
  /** The tier on the base and on the head (both, when they differ), so a rule cannot be dodged. */
  tiers: Tier[];
}

export interface ChangedDocument {
  kind: DocumentKind;
  id: string;
  path: string;
  change: DocumentChange;
  /** The ID before `docket renumber`, for a renumbered document. */
  previousId?: string;
  from?: string;
  to?: string;
  /** The path shown: a shortest allowed one, through states whose fields the document fills. */
  steps: Step[];
  /** Every move an allowed way between the two states could make: the rules of each apply. */
  moves: Step[];
  before?: Readonly<Record<string, unknown>>;
  after: Readonly<Record<string, unknown>>;
  /** Top-level fields whose value differs between base and head. */
  fieldsChanged: string[];
  confidentialChanged: boolean;
}

export interface Subject {
  /** The document ID, or the file's path. */
  key: string;
  /** Files the approvals must cover: the document and the attachments that changed with it. */
  paths: string[];
  /** Those of `paths` the pull request adds, changes or deletes. */
  changedPaths?: string[];
  /** For a changed file that is not a document: added, modified or deleted. */
  fileChange?: 'added' | 'modified' | 'deleted';
  document?: ChangedDocument;
  customers: AffectedCustomer[];
}
