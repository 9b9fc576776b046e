/**
 * Pull-request reviews as GitHub's "list reviews for a pull request" endpoint returns them, and
 * how they count. The known traps, each handled here: per reviewer only the latest APPROVED,
 * CHANGES_REQUESTED or DISMISSED review decides (a later COMMENTED does not cancel an approval;
 * PENDING never counts); logins map to people through people.yaml only, ignoring case (an
 * unknown login counts for nothing); a deleted account (`user: null`) is skipped; the author
 * never approves their own pull request; a CHANGES_REQUESTED from anyone in people.yaml blocks
 * until that person approves or the review is dismissed.
 */
import type { Person } from '../config.ts';
import { sameLogin, type PeopleIndex } from './people.ts';

export const REVIEW_STATES = [
  'APPROVED',
  'CHANGES_REQUESTED',
  'COMMENTED',
  'DISMISSED',
  'PENDING',
] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** The fields Docket reads from one review (GitHub sends more; they are kept but unused). */
export interface Review {
  id: number;
  user: { login: string; id: number } | null;
  state: ReviewState;
  /** Null when the commit was garbage-collected or force-pushed away. */
  commit_id: string | null;
  submitted_at?: string;
}

export interface CountedReview {
  person: Person;
  login: string;
  userId: number;
  reviewId: number;
  commitId: string | null;
  submittedAt?: string;
}

export type IgnoredReason = 'deleted-user' | 'unknown-login' | 'author';
export interface IgnoredReview {
  reason: IgnoredReason;
  login?: string;
  reviewId: number;
}

export interface ReviewTally {
  /** Each person's decisive approval (at most one per person). */
  approvals: CountedReview[];
  /** Standing change requests from people in people.yaml. */
  changesRequested: CountedReview[];
  ignored: IgnoredReview[];
}

/** Decisive states: the latest one of these per reviewer is their current position. */
const DECISIVE: ReadonlySet<ReviewState> = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

export function tallyReviews(
  reviews: readonly Review[],
  people: PeopleIndex,
  author: string,
): ReviewTally {
  const tally: ReviewTally = { approvals: [], changesRequested: [], ignored: [] };
  const latest = new Map<number, Review>();
  for (const review of reviews) {
    if (review.user === null) {
      if (DECISIVE.has(review.state))
        tally.ignored.push({ reason: 'deleted-user', reviewId: review.id });
      continue;
    }
    // The list is chronological (all pages concatenated), so a later review replaces an earlier one.
    if (DECISIVE.has(review.state)) latest.set(review.user.id, review);
  }
  for (const review of latest.values()) countDecisive(review, people, author, tally);
  return tally;
}

function countDecisive(review: Review, people: PeopleIndex, author: string, tally: ReviewTally) {
  const user = review.user;
  if (user === null || review.state === 'DISMISSED') return;
  if (sameLogin(user.login, author)) {
    tally.ignored.push({ reason: 'author', login: user.login, reviewId: review.id });
    return;
  }
  const person = people.byLogin(user.login);
  if (!person) {
    tally.ignored.push({ reason: 'unknown-login', login: user.login, reviewId: review.id });
    return;
  }
  const counted: CountedReview = {
    person,
    login: user.login,
    userId: user.id,
    reviewId: review.id,
    commitId: review.commit_id,
    ...(review.submitted_at === undefined ? {} : { submittedAt: review.submitted_at }),
  };
  if (review.state === 'APPROVED') tally.approvals.push(counted);
  else tally.changesRequested.push(counted);
}
