/**
 * The printable documents' data: what a 需求确认书 (per customer × release) and a 需求变更确认单
 * (per change request) hold, independent of language and layout. Labels come resolved from the
 * schemas; the page only picks the language.
 */
import type { Labels } from '../schema-fields.ts';

export type { Labels };

/** A code with its schema labels (`very-important` → 非常重要 / Very important). */
export interface LabelledCode {
  code: string;
  labels: Labels;
}

/** A document as the printable pages need it: its (already redacted) front matter and history. */
export interface PrintDocument {
  id: string;
  kind: string;
  title: string;
  /** Front matter after redaction for the audience. */
  data: Readonly<Record<string, unknown>>;
  /** Where the file lives in the repository (`content/releases/REL-001.md`). */
  path: string;
  /** 修改记录 from git, oldest first. */
  revisions?: readonly PrintRevision[];
  /** Sign-offs from the records; empty or absent when there are none. */
  signoffs?: readonly PrintSignoff[];
  /** Names of the people its fields name, by person ID (`sun-li` → 孙丽). */
  personNames?: ReadonlyMap<string, string>;
}

export interface PrintRevision {
  date: string;
  author: string;
  summary: string;
  commit?: string;
  from?: LabelledCode;
  to?: LabelledCode;
}

export interface PrintSignoff {
  /** The person's name as recorded. */
  who: string;
  /** Role codes the approval counted as (`customer-representative`, `project-manager`). */
  roles: readonly string[];
  roleLabels?: Labels;
  date: string;
  /** False when the document changed after this sign-off. */
  holds: boolean;
  /** Where it was given: a pull request's address, when known. */
  via?: string;
}

/** Resolves schema labels; implemented over the schemas outside the core. */
export interface PrintLabeller {
  /** The `x-label` of a field of a kind (`['impact', 'scope']`). */
  field(kind: string, path: readonly (string | number)[]): Labels;
  /** The `x-enum-labels` entry for a code at a field of a kind. */
  choice(kind: string, path: readonly (string | number)[], code: string): Labels;
}

export interface SheetRequirement {
  id: string;
  title: string;
  state?: LabelledCode;
  importance?: LabelledCode;
  urgency?: LabelledCode;
  acceptance: readonly { id: string; text: string; method?: LabelledCode }[];
}

/** One line of the revision table: a revision of one of the documents the sheet covers. */
export interface SheetRevision extends PrintRevision {
  document: string;
}

/** A signature line: filled from a sign-off, or blank to be signed by hand. */
export interface SignatureLine {
  role: LabelledCode;
  /** Absent: a blank line to sign on paper. */
  signoff?: PrintSignoff & { documents: readonly string[] };
}

export interface ConfirmationSheet {
  customer: { id: string; name?: string };
  release: { id: string; title: string; version?: string; plannedOn?: string; releasedOn?: string };
  /** The file the permalink and QR code point to. */
  path: string;
  requirements: readonly SheetRequirement[];
  revisions: readonly SheetRevision[];
  /** Every recorded sign-off of the release or its requirements for this customer. */
  signoffs: readonly (PrintSignoff & { documents: readonly string[] })[];
  /** The signatures the template asks for, filled where a sign-off exists. */
  signatures: readonly SignatureLine[];
}

export interface ChangeForm {
  id: string;
  title: string;
  path: string;
  state?: LabelledCode;
  customer?: { id: string; name?: string };
  requirements: readonly { id: string; title?: string }[];
  requestedBy?: string;
  requestedOn?: string;
  reason?: string;
  before?: string;
  after?: string;
  impact: readonly { key: string; label: Labels; value: string | LabelledCode }[];
  offlineSignature?: { signedBy?: string; signedOn?: string; attestedBy?: string };
  /** 记录人: who wrote the change request (the author of its first revision). */
  recorder?: string;
  /** When it was recorded (the date of its first revision). */
  recordedOn?: string;
  revisions: readonly SheetRevision[];
  /** Every recorded sign-off of the change request. */
  signoffs: readonly (PrintSignoff & { documents: readonly string[] })[];
  signatures: readonly SignatureLine[];
}
