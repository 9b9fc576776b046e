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

export interface CountRow {
  key: string;
  label: Labels;
  count: number;
}

export interface OverdueItem extends DocumentRef {
  ageDays: number;
  limitDays: number;
  overBy: number;
}

/** Overdue documents of one kind in one state, against the stage's time limit. */
export interface OverdueStage {
  kind: DocumentKind;
  kindLabel: Labels;
  state: Choice;
  limitDays: number;
  items: readonly OverdueItem[];
}

export interface AwaitingApproval extends DocumentRef {
  since?: string;
  /** The pull request of the latest change, where the history knows it. */
  pullRequest?: number;
}

export interface Dashboard {
  /** Per kind (requirement, change, release, customer): documents per state, workflow order. */
  byState: Readonly<Partial<Record<DocumentKind, readonly CountRow[]>>>;
  /** Requirements per priority, highest first. */
  byPriority: readonly CountRow[];
  /** Requirements per visible customer, most first (empty where customers are hidden). */
  byCustomer: readonly CountRow[];
  awaitingApproval: readonly AwaitingApproval[];
  overdue: readonly OverdueStage[];
  recentlyChanged: readonly DocumentRef[];
}

export interface TimelineEntry extends DocumentRef {
  date: string;
  /** Visit type, complaint severity, service-request notice type (Z1/Z2). */
  type?: Choice;
  summary: string;
  /** Complaints and service requests: how it was handled, and when. */
  handling?: string;
  resolvedOn?: string;
  score?: number;
}

export interface TierReviewView {
  customer: string;
  name: string;
  year: number;
  /** Absent when the audience may not see money figures. */
  sales?: number;
  collectionRate?: number;
  suggested?: string;
  current?: string;
  differs: boolean;
  temporary: boolean;
  temporaryDueOn?: string;
  temporaryDue: boolean;
  /** Who signs moving the customer to the suggested tier: a sentence per language. */
  signers: Labels;
}

export interface SiteCustomer {
  id: string;
  name: string;
  shortName?: string;
  state?: Choice;
  tier?: string;
  tierTemporary: boolean;
  /** Oldest first: the tier the file had from each dated source known. */
  tierHistory: readonly { date: string; tier?: string; source: 'revision' | 'reviewed' }[];
  tierReview: TierReviewView;
  contacts: readonly (readonly FieldView[])[];
  /** Visits, complaints, service requests and surveys, newest first. */
  timeline: readonly TimelineEntry[];
  satisfaction: readonly { date: string; score: number; id: string }[];
  requirements: readonly DocumentRef[];
  changes: readonly DocumentRef[];
  openRequirements: number;
}

export interface SiteRelease {
  id: string;
  title: string;
  version?: string;
  state?: Choice;
  plannedOn?: string;
  releasedOn?: string;
  requirements: readonly DocumentRef[];
}

export interface ReleaseDiffLine {
  op: 'added' | 'removed' | 'kept';
  id: string;
  title: string;
}

/** The requirement set of one release against another (redline). */
export interface ReleaseDiff {
  from: string;
  to: string;
  lines: readonly ReleaseDiffLine[];
  added: number;
  removed: number;
}

export type GapCode =
  | 'no-customer'
  | 'no-release'
  | 'orphan-child'
  | 'closed-parent-open-child'
  | 'no-acceptance-criteria';

export interface Gap {
  code: GapCode;
  label: Labels;
}

export interface MatrixRow {
  id: string;
  title: string;
  state?: Choice;
  /** Column keys this row hits. */
  marks: readonly string[];
  gaps: readonly Gap[];
}

export interface Matrix {
  columns: readonly { key: string; label: string }[];
  rows: readonly MatrixRow[];
}

export interface Traceability {
  /** Requirements × customers; a gap where an open requirement has no customer nor department. */
  customers: Matrix;
  /** Requirements × releases; a gap where an approved or later requirement is in no release. */
  releases: Matrix;
  /** Parents × children; gaps for missing parents and a closed parent with open children. */
  parents: Matrix;
}

export interface PeriodRow {
  /** `2026-W48` or `2026-11`. */
  period: string;
  label: Labels;
  /** Requirements that entered each state in the period (from git state moves, else stage_since). */
  entered: Readonly<Record<string, number>>;
  total: number;
}

export interface Reports {
  progressByWeek: readonly PeriodRow[];
  progressByMonth: readonly PeriodRow[];
  /** Which source the periods were counted from. */
  progressSource: 'revisions' | 'stage';
  overdueByStage: readonly OverdueStage[];
  tierReview: {
    year: number;
    unit: string;
    note?: string;
    rows: readonly TierReviewView[];
  };
}

export interface AudienceView {
  name: string;
  label: Labels;
  customer?: string;
  confidentialValues: boolean;
}

export interface SiteModel {
  /** `internal`, `public` or `customer:CUS-003`. */
  audience: string;
  audienceInfo: AudienceView;
  /** The date ages and overdue items are counted to (`YYYY-MM-DD`). */
  today: string;
  organisation: string;
  /** The commit the site is built from, where known (permalinks, QR codes). */
  commit?: string;
  documents: readonly SiteDocument[];
  kindLabels: Readonly<Record<string, Labels>>;
  dashboard: Dashboard;
  customers: readonly SiteCustomer[];
  releases: readonly SiteRelease[];
  /** Each release against the one before it (by planned date, then version). */
  releaseDiffs: readonly ReleaseDiff[];
  traceability: Traceability;
  reports: Reports;
}
