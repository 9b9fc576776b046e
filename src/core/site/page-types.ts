/**
 * The site model as a whole (SiteModel) and its page-level parts: dashboard, traceability and
 * reports. Document-level types are in types.ts, customers and releases in customer-types.ts.
 */
import type { ReleaseDiff, SiteCustomer, SiteRelease, TierReviewView } from './customer-types.ts';
import type { Choice, DocumentRef, Labels, SiteDocument } from './types.ts';
import type { DocumentKind } from '../layout.ts';

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
  /** Whose approval it still needs, in the approval check's own sentences. */
  waitingOn?: Labels;
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
