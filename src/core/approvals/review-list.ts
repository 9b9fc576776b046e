/**
 * Checks that a value is exactly what GitHub's "list reviews for a pull request" endpoint returns
 * (a JSON array of review objects, all pages concatenated). Anything else is refused with the
 * first place it goes wrong: a gate must never read a malformed file as "no reviews".
 */
import { REVIEW_STATES, type Review, type ReviewState } from './reviews.ts';

export type ReviewListResult =
  { ok: true; reviews: Review[] } | { ok: false; at: string; expected: string };

/** Fields GitHub's OpenAPI description marks required on a pull-request review. */
const REQUIRED_STRINGS = ['node_id', 'body', 'html_url', 'pull_request_url', 'author_association'];

export function parseReviewList(value: unknown): ReviewListResult {
  if (!Array.isArray(value)) return { ok: false, at: '$', expected: 'a JSON array of reviews' };
  const reviews: Review[] = [];
  for (const [index, item] of value.entries()) {
    const checked = parseReview(item, `$[${index}]`);
    if ('expected' in checked) return { ok: false, ...checked };
    reviews.push(checked);
  }
  return { ok: true, reviews };
}

type Failure = { at: string; expected: string };

function parseReview(item: unknown, at: string): Review | Failure {
  if (!isRecord(item)) return { at, expected: 'a review object' };
  if (!Number.isSafeInteger(item['id'])) return { at: `${at}.id`, expected: 'an integer' };
  for (const key of REQUIRED_STRINGS)
    if (typeof item[key] !== 'string') return { at: `${at}.${key}`, expected: 'a string' };
  if (!isRecord(item['_links'])) return { at: `${at}._links`, expected: 'an object' };
  const state = item['state'];
  if (typeof state !== 'string' || !(REVIEW_STATES as readonly string[]).includes(state))
    return { at: `${at}.state`, expected: REVIEW_STATES.join(' | ') };
  const commit = item['commit_id'];
  if (commit !== null && (typeof commit !== 'string' || !/^[0-9a-f]{40,64}$/.test(commit)))
    return { at: `${at}.commit_id`, expected: 'a commit SHA or null' };
  const submitted = item['submitted_at'];
  if (submitted !== undefined && submitted !== null && typeof submitted !== 'string')
    return { at: `${at}.submitted_at`, expected: 'a date-time string' };
  const user = parseUser(item['user'], `${at}.user`);
  if (user !== null && 'expected' in user) return user;
  return {
    id: item['id'] as number,
    user,
    state: state as ReviewState,
    commit_id: commit,
    ...(typeof submitted === 'string' ? { submitted_at: submitted } : {}),
  };
}

function parseUser(user: unknown, at: string): Review['user'] | Failure {
  if (user === null) return null;
  if (!isRecord(user)) return { at, expected: 'a user object or null' };
  if (typeof user['login'] !== 'string' || user['login'] === '')
    return { at: `${at}.login`, expected: 'a login' };
  if (!Number.isSafeInteger(user['id'])) return { at: `${at}.id`, expected: 'an integer' };
  return { login: user['login'], id: user['id'] as number };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
