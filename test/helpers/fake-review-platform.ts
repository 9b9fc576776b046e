/**
 * A hand-written ReviewPlatform for use-case tests: each method has a value and an optional
 * failure, and every call is recorded.
 */
import type {
  CommentOutcome,
  CommitStatus,
  PlatformFailure,
  PlatformResult,
  PlatformReview,
  PullRequestFacts,
  ReviewPlatform,
} from '../../src/core/ports/review-platform.ts';

export interface FakeReviewPlatform extends ReviewPlatform {
  pullRequest: PullRequestFacts;
  reviews: PlatformReview[];
  failures: Partial<Record<keyof ReviewPlatform, PlatformFailure>>;
  statuses: { sha: string; status: CommitStatus }[];
  comments: { number: number; body: string }[];
}

const answer = <T>(value: T, failure: PlatformFailure | undefined): Promise<PlatformResult<T>> =>
  Promise.resolve(failure ? { ok: false, failure } : { ok: true, value });

export function createFakeReviewPlatform(pullRequest: PullRequestFacts): FakeReviewPlatform {
  const fake: FakeReviewPlatform = {
    pullRequest,
    reviews: [],
    failures: {},
    statuses: [],
    comments: [],
    getPullRequest: () => answer(fake.pullRequest, fake.failures.getPullRequest),
    listReviews: () => answer(fake.reviews, fake.failures.listReviews),
    setCommitStatus: (sha, status) => {
      if (!fake.failures.setCommitStatus) fake.statuses.push({ sha, status });
      return answer(undefined, fake.failures.setCommitStatus);
    },
    upsertStickyComment: (number, body) => {
      if (!fake.failures.upsertStickyComment) fake.comments.push({ number, body });
      const outcome: CommentOutcome = fake.comments.length > 1 ? 'updated' : 'created';
      return answer(outcome, fake.failures.upsertStickyComment);
    },
  };
  return fake;
}
