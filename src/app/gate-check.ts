/**
 * What the gate asks of the approvals core: given the base and head commits (already fetched as
 * git objects), the author and the reviews, decide and render. The real work is
 * checkPullRequest() and its renderers; this module adapts them to the gate.
 */
import type { Lang } from '../core/messages.ts';
import type { PlatformReview, PullRequestFacts } from '../core/ports/review-platform.ts';

export interface GateCheckInput {
  /** The base checkout, whose git objects now hold both commits. */
  root: string;
  base: string;
  head: string;
  author: string;
  reviews: readonly PlatformReview[];
  pullRequest: PullRequestFacts;
  lang: Lang;
}

export interface GateCheckOutcome {
  /** `pass` only when the pull request may merge. */
  verdict: 'pass' | 'fail';
  /** One short sentence for the commit status. */
  headline: string;
  /** `::error …` workflow command lines, the most relevant first. */
  annotations: string[];
  /** The full report, Markdown, for the job summary. */
  summary: string;
  /** The sticky comment's Markdown (the marker is added by the adapter). */
  comment: string;
}

export type GateCheck = (input: GateCheckInput) => Promise<GateCheckOutcome>;
