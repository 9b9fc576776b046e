/**
 * Checks the shape of what GitHub answered before anything trusts it: a malformed answer is a
 * failure (the gate fails closed), never an empty list of reviews.
 */
import type { PlatformReview, PullRequestFacts } from '../core/ports/review-platform.ts';

export class BadResponseError extends Error {
  override name = 'BadResponseError';
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function field<T>(
  object: Loose,
  key: string,
  check: (value: unknown) => value is T,
  what: string,
): T {
  const value = object[key];
  if (!check(value)) throw new BadResponseError(`${what}: \`${key}\` is missing or malformed`);
  return value;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number';
const isSha = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value);

function readUser(value: unknown, what: string): { login: string; id: number } | null {
  if (value === null) return null;
  if (!isObject(value)) throw new BadResponseError(`${what}: \`user\` is malformed`);
  return { login: field(value, 'login', isString, what), id: field(value, 'id', isNumber, what) };
}

export function readReviews(items: readonly unknown[]): PlatformReview[] {
  return items.map((item, index) => {
    const what = `review ${index + 1}`;
    if (!isObject(item)) throw new BadResponseError(`${what} is not an object`);
    const commit = item['commit_id'];
    if (commit !== null && !isSha(commit)) throw new BadResponseError(`${what}: bad commit_id`);
    const submitted = item['submitted_at'];
    return {
      id: field(item, 'id', isNumber, what),
      user: readUser(item['user'], what),
      state: field(item, 'state', isString, what),
      commit_id: commit,
      submitted_at: isString(submitted) ? submitted : null,
      ...(isString(item['html_url']) ? { html_url: item['html_url'] } : {}),
    };
  });
}

export function readPullRequestFacts(data: unknown): PullRequestFacts {
  const what = 'pull request';
  if (!isObject(data)) throw new BadResponseError(`${what} is not an object`);
  const head = field(data, 'head', isObject, what);
  const base = field(data, 'base', isObject, what);
  const state = field(data, 'state', isString, what);
  if (state !== 'open' && state !== 'closed') throw new BadResponseError(`${what}: bad state`);
  const author = readUser(data['user'], what);
  return {
    number: field(data, 'number', isNumber, what),
    state,
    draft: data['draft'] === true,
    merged: data['merged'] === true,
    author: author?.login ?? null,
    title: field(data, 'title', isString, what),
    htmlUrl: field(data, 'html_url', isString, what),
    headSha: field(head, 'sha', isSha, `${what} head`),
    baseRef: field(base, 'ref', isString, `${what} base`),
    baseSha: field(base, 'sha', isSha, `${what} base`),
  };
}
