/**
 * Wires the approvals core into the gate: the same checkPullRequest() and renderers as
 * `docket pr-check`, on the commits the gate fetched as git objects and the reviews it listed
 * through the API. Anything but a `pass` is a failing status: an `error` check (an unreadable
 * base policy, an unknown commit) fails closed with the sentence that says why.
 */
import { say } from '../core/approvals/catalogue.ts';
import { renderCheckAnnotations } from '../core/approvals/report-github.ts';
import { renderCheckComment, renderCheckSummary } from '../core/approvals/report-markdown.ts';
import { REVIEW_STATES, type Review, type ReviewState } from '../core/approvals/reviews.ts';
import type { PlatformReview } from '../core/ports/review-platform.ts';
import { checkPullRequest } from './check-pull-request.ts';
import type { GateCheck } from './gate-check.ts';

export const checkWithApprovals: GateCheck = async (input) => {
  const check = await checkPullRequest({
    root: input.root,
    base: input.base,
    head: input.head,
    author: input.author,
    reviews: toReviews(input.reviews),
  });
  return {
    verdict: check.status === 'pass' ? 'pass' : 'fail',
    headline: say(check.headline, input.lang),
    annotations: renderCheckAnnotations(check, input.lang),
    summary: renderCheckSummary(check, input.lang),
    comment: renderCheckComment(check, input.lang),
  };
};

/** A review in a state GitHub has not documented is not guessed at: the gate fails closed. */
export function toReviews(reviews: readonly PlatformReview[]): Review[] {
  return reviews.map((review) => {
    if (!(REVIEW_STATES as readonly string[]).includes(review.state))
      throw new Error(`review ${review.id} has the unknown state ${review.state}`);
    return {
      id: review.id,
      user: review.user,
      state: review.state as ReviewState,
      commit_id: review.commit_id,
      ...(review.submitted_at ? { submitted_at: review.submitted_at } : {}),
    };
  });
}
