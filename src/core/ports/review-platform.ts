/**
 * The review-platform port: what the approval gate needs from GitHub. The adapter
 * (src/adapters/github.ts) speaks REST through @octokit/rest; tests use
 * test/helpers/fake-review-platform.ts, which can fail on purpose.
 *
 * Every method resolves to a result, never rejects for a platform problem: the gate must turn
 * each failure into a failing status that says why (it fails closed), so failures are data.
 */

/** A review exactly as GitHub's list-reviews endpoint returns it (the fields Docket reads). */
export interface PlatformReview {
  id: number;
  /** Null for a deleted ("ghost") account. */
  user: { login: string; id: number } | null;
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED or PENDING (typed as a plain string). */
  state: string;
  /** Null when the reviewed commit was garbage collected or force-pushed away. */
  commit_id: string | null;
  submitted_at?: string | null;
  html_url?: string;
}

/** The facts about a pull request the gate needs, fetched from the API (never from a payload). */
export interface PullRequestFacts {
  number: number;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  /** The author's login; null for a deleted account. */
  author: string | null;
  title: string;
  htmlUrl: string;
  headSha: string;
  baseRef: string;
  baseSha: string;
}

/** What went wrong talking to the platform, as data the gate can explain. */
export type PlatformFailure =
  | { kind: 'timeout'; seconds: number }
  | { kind: 'rate-limit'; resetAt: string | undefined }
  | { kind: 'server'; status: number }
  | { kind: 'http'; status: number; reason: string }
  | { kind: 'network'; reason: string }
  | { kind: 'bad-response'; reason: string };

export type PlatformResult<T> = { ok: true; value: T } | { ok: false; failure: PlatformFailure };

export type CommitState = 'success' | 'failure' | 'error' | 'pending';

export interface CommitStatus {
  state: CommitState;
  /** One short sentence; the adapter cuts it to GitHub's 140 characters. */
  description: string;
  targetUrl?: string;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged';

export interface ReviewPlatform {
  /** The pull request as it stands now. */
  getPullRequest(number: number): Promise<PlatformResult<PullRequestFacts>>;
  /** Every review of the pull request, all pages, in GitHub's (chronological) order. */
  listReviews(number: number): Promise<PlatformResult<PlatformReview[]>>;
  /** Posts the gate's status (context `docket/approvals`) on a commit. */
  setCommitStatus(sha: string, status: CommitStatus): Promise<PlatformResult<void>>;
  /**
   * Creates or updates the one sticky comment: the pull request's comment by the gate's own login
   * that carries the hidden marker. Leaves it alone when the body is unchanged.
   */
  upsertStickyComment(number: number, body: string): Promise<PlatformResult<CommentOutcome>>;
}

export const STATUS_CONTEXT = 'docket/approvals';
export const STICKY_MARKER = '<!-- docket:approvals -->';
