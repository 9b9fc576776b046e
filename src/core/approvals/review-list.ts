/**
 * Checks that a value is exactly what GitHub's "list reviews for a pull request" endpoint returns
 * (a JSON array of review objects, all pages concatenated). Anything else is refused with the
 * first place it goes wrong: a gate must never read a malformed file as "no reviews".
 */
import type { Lang } from '../messages.ts';
import { REVIEW_STATES, type Review, type ReviewState } from './reviews.ts';

type Expected = Readonly<Record<Lang, string>>;
export type ReviewListResult =
  { ok: true; reviews: Review[] } | { ok: false; at: string; expected: Expected };

const EXPECTED = {
  array: { 'zh-CN': '评审对象组成的 JSON 数组', en: 'a JSON array of reviews' },
  review: { 'zh-CN': '一个评审对象', en: 'a review object' },
  integer: { 'zh-CN': '整数', en: 'an integer' },
  newId: { 'zh-CN': '前面没有用过的评审 id', en: 'a review id not used before in the file' },
  string: { 'zh-CN': '字符串', en: 'a string' },
  object: { 'zh-CN': '对象', en: 'an object' },
  state: { 'zh-CN': REVIEW_STATES.join(' | '), en: REVIEW_STATES.join(' | ') },
  commit: { 'zh-CN': '提交 SHA 或 null', en: 'a commit SHA or null' },
  dateTime: {
    'zh-CN': 'ISO 8601 日期时间(如 2026-03-02T10:00:00Z)或 null',
    en: 'an ISO 8601 date-time (like 2026-03-02T10:00:00Z) or null',
  },
  user: { 'zh-CN': '用户对象或 null', en: 'a user object or null' },
  login: { 'zh-CN': 'GitHub 登录名', en: 'a login' },
} as const satisfies Record<string, Expected>;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Fields GitHub's OpenAPI description marks required on a pull-request review. */
const REQUIRED_STRINGS = ['node_id', 'body', 'html_url', 'pull_request_url', 'author_association'];

export function parseReviewList(value: unknown): ReviewListResult {
  if (!Array.isArray(value)) return { ok: false, at: '$', expected: EXPECTED.array };
  const reviews: Review[] = [];
  const ids = new Set<number>();
  for (const [index, item] of value.entries()) {
    const checked = parseReview(item, `$[${index}]`);
    if ('expected' in checked) return { ok: false, ...checked };
    // One review twice means pages were joined wrongly, or the file was edited by hand.
    if (ids.has(checked.id)) return { ok: false, at: `$[${index}].id`, expected: EXPECTED.newId };
    ids.add(checked.id);
    reviews.push(checked);
  }
  return { ok: true, reviews };
}

type Failure = { at: string; expected: Expected };

function parseReview(item: unknown, at: string): Review | Failure {
  if (!isRecord(item)) return { at, expected: EXPECTED.review };
  if (!Number.isSafeInteger(item['id'])) return { at: `${at}.id`, expected: EXPECTED.integer };
  for (const key of REQUIRED_STRINGS)
    if (typeof item[key] !== 'string') return { at: `${at}.${key}`, expected: EXPECTED.string };
  if (!isRecord(item['_links'])) return { at: `${at}._links`, expected: EXPECTED.object };
  const state = item['state'];
  if (typeof state !== 'string' || !(REVIEW_STATES as readonly string[]).includes(state))
    return { at: `${at}.state`, expected: EXPECTED.state };
  const commit = item['commit_id'];
  if (commit !== null && (typeof commit !== 'string' || !/^[0-9a-f]{40,64}$/.test(commit)))
    return { at: `${at}.commit_id`, expected: EXPECTED.commit };
  const submitted = item['submitted_at'];
  if (submitted !== undefined && submitted !== null && !isDateTime(submitted))
    return { at: `${at}.submitted_at`, expected: EXPECTED.dateTime };
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
  if (!isRecord(user)) return { at, expected: EXPECTED.user };
  if (typeof user['login'] !== 'string' || user['login'] === '')
    return { at: `${at}.login`, expected: EXPECTED.login };
  if (!Number.isSafeInteger(user['id'])) return { at: `${at}.id`, expected: EXPECTED.integer };
  return { login: user['login'], id: user['id'] as number };
}

function isDateTime(value: unknown): value is string {
  return typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
