/**
 * The site model: everything a status-site page renders, as plain data (JSON-serialisable), built
 * by `loadSiteModel({ root, audience })` and already redacted for its audience. Every label comes
 * in both languages so a page can switch between zh-CN and en without a second model.
 */
import type { DocumentKind } from '../layout.ts';
import type { Lang } from '../messages.ts';

export type Labels = Readonly<Record<Lang, string>>;

/** An enum value with its labels from the schema's `x-enum-labels` (or the configuration). */
export interface Choice {
  code: string;
  labels: Labels;
}

export type FieldType =
  | 'text'
  | 'date'
  | 'number'
  | 'money'
  | 'boolean'
  | 'choice'
  | 'link'
  | 'person'
  | 'list'
  | 'group'
  | 'records';

/** One front-matter field with its `x-label`, in schema order. */
export interface FieldView {
  key: string;
  label: Labels;
  type: FieldType;
  /** The redacted value as stored, with enum codes turned into a Choice. */
  value: unknown;
  /**
   * The value as a person reads it, per language: 2026年11月27日, 2.5 万元, labelled codes, names
   * for people, Chinese lines joined. Absent for groups and lists of records (see below).
   */
  text?: Labels;
  /** A nested record (`evaluation`, `impact`): its own fields. */
  fields?: readonly FieldView[];
  /** A list of records (`acceptance_criteria`, `contacts`): each item's fields. */
  items?: readonly (readonly FieldView[])[];
  /** IDs of the visible documents the value names (links of this field). */
  links?: readonly string[];
}

export interface LinkView {
  id: string;
  kind: DocumentKind;
  title: string;
  state?: Choice;
  /** The relation, labelled: the field it sits in (`上级需求`), or its reverse (`下级需求`). */
  relation: Labels;
  /** The field key or reverse relation code: `parent`, `children`, `requirements`, `releases`… */
  code: string;
}

/** A linked document that changed after this one was last signed or confirmed. */
export interface SuspectLink {
  id: string;
  /** When the linked document last changed (`YYYY-MM-DD`). */
  changed: string;
  /** What it is compared against: this document's last sign-off, or the date it entered its state. */
  since: string;
  basis: 'signoff' | 'stage';
}

/** One entry of the revision record (修改记录), from git; oldest first. */
export interface RevisionView {
  /** Calendar date of the commit (`YYYY-MM-DD`), and the full author timestamp. */
  date: string;
  timestamp: string;
  author: string;
  summary: string;
  commit: string;
  pullRequest?: number;
  change: 'created' | 'edited' | 'renamed' | 'deleted';
  from?: Choice;
  to?: Choice;
  /** Top-level front-matter keys that changed, then `body` when the Markdown changed. */
  keys: readonly string[];
  /** The same, labelled. */
  fields: readonly Labels[];
}

export interface SignoffView {
  who: string;
  role?: Labels;
  date: string;
  /** False when the content changed after the sign-off. */
  holds: boolean;
  commit?: string;
}

/**
 * Where the revision record and sign-offs come from: `git` (the one-pass history reader and the
 * sign-off ledger), or `none` when the content is not in a git repository (a downloaded copy).
 */
export type HistorySource = 'git' | 'none';

export interface StageView {
  since?: string;
  ageDays?: number;
  limitDays?: number;
  overdue: boolean;
  closed: boolean;
  startsLater?: true;
}

export interface CustomerRef {
  id: string;
  /** Short name where there is one (华东鲜), else the full name. */
  name: string;
}

/** Values for the search filters (Pagefind) and the list filters, per language where shown. */
export interface Facets {
  kind: Labels;
  state?: Labels;
  priority?: string;
  customers: readonly string[];
  tiers: readonly string[];
}

export interface SiteDocument {
  id: string;
  kind: DocumentKind;
  title: string;
  /** The file under content/ (relationship records' paths name their customer's folder). */
  path: string;
  state?: Choice;
  priority?: Choice;
  confidentiality?: Choice;
  owner?: { id: string; name: string };
  /** The first visible customer's ID (as the stand-in had it); see `customers` for all. */
  customer?: string;
  customers: readonly CustomerRef[];
  stage: StageView;
  nextStates: readonly Choice[];
  tags: readonly string[];
  /** Last change: the date of the last commit, else `stage_since` (`YYYY-MM-DD`). */
  updated?: string;
  fields: readonly FieldView[];
  /** Markdown, untrusted (render it sanitised), redacted, Chinese soft line breaks joined. */
  body: string;
  links: readonly LinkView[];
  backlinks: readonly LinkView[];
  suspect: readonly SuspectLink[];
  history: HistorySource;
  /** 修改记录, oldest first; empty when `history` is not `git`. */
  revisions: readonly RevisionView[];
  /** Empty: "no sign-off record". */
  signoffs: readonly SignoffView[];
  facets: Facets;
}

/** A short reference to a document for lists, dashboards and matrices. */
export interface DocumentRef {
  id: string;
  kind: DocumentKind;
  title: string;
  state?: Choice;
  priority?: Choice;
  updated?: string;
}
