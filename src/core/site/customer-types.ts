/**
 * The site model's customer and release views: the relationship timeline, the tier review and
 * tier history, and each release with the redline of its requirements against another release.
 */
import type { Choice, DocumentRef, FieldView, Labels } from './types.ts';

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
  /** What to do, as `docket list customers --tier-review` says it; absent when nothing is due. */
  action?: Labels;
}

/** A customer's tier at one point of its history. */
export interface TierValue {
  tier?: string;
  temporary: boolean;
}

/**
 * One entry of a customer's tier history: the file created with a tier, a commit that changed it
 * (from what to what, who approved it where a sign-off record covers that commit), or the last
 * yearly review date (`tier_reviewed_on`) confirming the current tier.
 */
export interface TierChange {
  event: 'created' | 'changed' | 'reviewed';
  date: string;
  from?: TierValue;
  to: TierValue;
  commit?: string;
  author?: string;
  pullRequest?: number;
  /** Approvals recorded for this commit; empty: no sign-off record. */
  approvals: readonly { who: string; role?: Labels }[];
}

export interface SiteCustomer {
  id: string;
  name: string;
  shortName?: string;
  state?: Choice;
  tier?: string;
  tierTemporary: boolean;
  /** Oldest first: when the tier was set or changed (from git), and the last yearly review. */
  tierHistory: readonly TierChange[];
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
  /** Which version of its requirements' texts the release is compared by. */
  basis: ReleaseBasis;
}

/**
 * Where a release's requirement texts come from: its `baseline` (a tag or commit that resolved),
 * the repository's history as of the day it was released or frozen, or the current files (a
 * planned release, or no history). `current` lists requirements read from the current file
 * because the basis has no version of them.
 */
export interface ReleaseBasis {
  kind: 'baseline' | 'date' | 'current';
  /** The baseline as written, and the commit it resolved to. */
  baseline?: string;
  commit?: string;
  /** A `baseline` that named no commit in this repository. */
  unresolved?: string;
  date?: string;
  current: readonly string[];
}

export interface ReleaseDiffLine {
  /** `changed`: in both releases, with different texts. */
  op: 'added' | 'removed' | 'changed' | 'kept';
  id: string;
  title: string;
  /**
   * The requirement's text in the earlier release and in this one: title, criteria and body when
   * changed; title and criteria alone when added or removed; none when kept.
   */
  before?: string;
  after?: string;
}

/** The requirement set of one release against another (redline). */
export interface ReleaseDiff {
  from: string;
  to: string;
  lines: readonly ReleaseDiffLine[];
  added: number;
  removed: number;
  changed: number;
}
