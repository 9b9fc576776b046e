/**
 * The shape the site's pages render. A stand-in until `loadSiteModel` (src/app/site-model.ts)
 * lands: pages depend only on these types, so switching the source changes one module.
 */
import type { Lang } from '../core/messages.ts';

export type Labels = Readonly<Record<Lang, string>>;

/** An enum value with its labels from the schema's `x-enum-labels`. */
export interface Choice {
  code: string;
  labels: Labels;
}

export interface FieldView {
  key: string;
  label: Labels;
  value: unknown;
  /** The value as a person reads it, per language (dates, money, names, labelled codes). */
  text?: Labels;
  /** A nested record: its own fields. */
  fields?: readonly FieldView[];
  /** A list of records: each item's fields. */
  items?: readonly (readonly FieldView[])[];
  /** IDs of the visible documents the value names. */
  links?: readonly string[];
}

export interface LinkView {
  id: string;
  /** The front-matter field holding the link (`parent`, `requirements`, `depends_on`). */
  field: string;
  /** The field the link sits in (`links.parent`, `requirements`), labelled. */
  relation: Labels;
}

export interface SiteDocument {
  id: string;
  kind: string;
  title: string;
  state?: Choice;
  priority?: Choice;
  customer?: string;
  /** Last change (date of the last commit, or stage_since), ISO `YYYY-MM-DD`. */
  updated?: string;
  fields: readonly FieldView[];
  /** Markdown, untrusted. */
  body: string;
  links: readonly LinkView[];
  backlinks: readonly LinkView[];
  /** Linked documents that changed after this one was signed or last confirmed. */
  suspect?: readonly { id: string; changed: string }[];
  /** 修改记录 from git, oldest first. */
  revisions?: readonly RevisionView[];
  /** Undefined or empty: "no sign-off record". */
  signoffs?: readonly SignoffView[];
  /** Customers only: visits, complaints, service requests and surveys, oldest first. */
  timeline?: readonly TimelineEntry[];
  /** Customers only: satisfaction scores over time. */
  satisfaction?: readonly { date: string; score: number }[];
  /** Customers only: tier changes, oldest first. */
  tierHistory?: readonly { date: string; tier: string; note?: string }[];
  /** Releases only: the requirements against the previous release. */
  releaseDiff?: ReleaseDiffView;
}

export interface ReleaseDiffView {
  /** The release compared against. */
  against: string;
  entries: readonly {
    id: string;
    title: string;
    change: 'added' | 'removed' | 'changed' | 'same';
    /** The requirement's text in the earlier release, and in this one (for a redline). */
    before?: string;
    after?: string;
  }[];
}

export interface RevisionView {
  date: string;
  author: string;
  summary: string;
  commit?: string;
  from?: Choice;
  to?: Choice;
}

export interface SignoffView {
  who: string;
  role?: Labels;
  date: string;
  /** False when the content changed after the sign-off. */
  holds: boolean;
}

/** Overdue documents of one kind in one state, against the stage's time limit. */
export interface OverdueStage {
  kind: string;
  state: Choice;
  limitDays: number;
  items: readonly { id: string; title: string; ageDays: number; overBy: number }[];
}

/** Requirements that entered each state in a period (`2026-11`). */
export interface PeriodRow {
  period: string;
  entered: Readonly<Record<string, number>>;
  total: number;
}

export interface SiteReports {
  progressByMonth: readonly PeriodRow[];
  overdueByStage: readonly OverdueStage[];
}

export interface SiteModel {
  audience: string;
  reports?: SiteReports;
  documents: readonly SiteDocument[];
  kindLabels: Readonly<Record<string, Labels>>;
}

export interface TimelineEntry {
  date: string;
  kind: Choice;
  title: string;
  state?: Choice;
  /** Service requests: Z1/Z2 type. */
  type?: Choice;
  /** Markdown, untrusted. */
  body?: string;
}
