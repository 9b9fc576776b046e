/**
 * The `push` event the record job runs on, read defensively: only the fields it needs, each
 * checked; anything else is no event (the job then stops with exit 2, writing nothing).
 */
export interface PushEvent {
  branch: string;
  before: string;
  after: string;
  pushedAt: string;
  sender: { login: string; id: number };
}

const COMMIT = /^[0-9a-f]{40}$/;

export function parsePushEvent(payload: unknown): PushEvent | undefined {
  if (!isRecord(payload)) return undefined;
  const { ref, before, after, sender, head_commit: head } = payload;
  if (typeof ref !== 'string' || !ref.startsWith('refs/heads/')) return undefined;
  if (typeof before !== 'string' || typeof after !== 'string') return undefined;
  if (!COMMIT.test(before) || !COMMIT.test(after) || /^0+$/.test(after)) return undefined;
  if (!isRecord(sender) || typeof sender['login'] !== 'string' || typeof sender['id'] !== 'number')
    return undefined;
  const timestamp = isRecord(head) ? head['timestamp'] : undefined;
  if (typeof timestamp !== 'string' || Number.isNaN(Date.parse(timestamp))) return undefined;
  return {
    branch: ref.slice('refs/heads/'.length),
    before,
    after,
    pushedAt: new Date(Date.parse(timestamp)).toISOString(),
    sender: { login: sender['login'], id: sender['id'] },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
