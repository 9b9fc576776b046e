/**
 * Turns what Octokit throws into a PlatformFailure the gate can explain. Anything not recognised
 * is still a failure: the gate fails closed.
 */
import type { PlatformFailure } from '../core/ports/review-platform.ts';

export function describeFailure(error: unknown, timeoutMs: number): PlatformFailure {
  if (isTimeout(error)) return { kind: 'timeout', seconds: Math.ceil(timeoutMs / 1000) };
  if (error instanceof Error && error.name === 'BadResponseError') {
    return { kind: 'bad-response', reason: reasonOf(error) };
  }
  if (!isRequestError(error)) return { kind: 'network', reason: reasonOf(error) };
  const headers = error.response?.headers ?? {};
  if (isRateLimit(error.status, headers, error.message)) {
    return { kind: 'rate-limit', resetAt: resetTime(headers['x-ratelimit-reset']) };
  }
  // Octokit reports a request that never got an answer as status 500 without a response.
  if (error.response === undefined) return { kind: 'network', reason: reasonOf(error) };
  if (error.status >= 500) return { kind: 'server', status: error.status };
  return { kind: 'http', status: error.status, reason: reasonOf(error) };
}

type Headers = Readonly<Record<string, string | number | undefined>>;

/** Octokit's RequestError, recognised by shape (the class is a transitive dependency). */
interface RequestErrorShape extends Error {
  status: number;
  response?: { headers: Headers };
}

function isRequestError(error: unknown): error is RequestErrorShape {
  return error instanceof Error && typeof (error as Partial<RequestErrorShape>).status === 'number';
}

/** An abort by our deadline, however deep fetch and Octokit wrapped it. */
function isTimeout(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth++) {
    if (cause.name === 'TimeoutError' || cause.name === 'AbortError') return true;
    cause = cause.cause;
  }
  return false;
}

/** Primary limit: 403/429 with no requests left; secondary limit: 403/429 with retry-after. */
function isRateLimit(status: number, headers: Headers, message: string): boolean {
  if (status !== 403 && status !== 429) return false;
  return (
    String(headers['x-ratelimit-remaining']) === '0' ||
    headers['retry-after'] !== undefined ||
    /rate limit/i.test(message)
  );
}

function resetTime(value: string | number | undefined): string | undefined {
  const seconds = Number(value);
  if (value === undefined || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  return new Date(seconds * 1000).toISOString();
}

/** One line, bounded: the reason ends up in a 140-character status description. */
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.slice(0, 200) ?? '';
}
