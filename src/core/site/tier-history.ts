/**
 * A customer's tier history (客户等级变化): the tier the file was created with, every commit that
 * changed it — from what to what, by whom, and who approved it where a sign-off record covers
 * that commit — and the last yearly review (`tier_reviewed_on`). Pure: the tier at each commit
 * is read by the caller from the one-pass history's document versions.
 */
import { decodeDocumentBytes } from '../decode.ts';
import { parseDocumentText } from '../parse.ts';
import { stringAt } from '../repository.ts';
import type { TierChange, TierValue } from './customer-types.ts';
import type { DocumentHistoryInput } from './document.ts';
import type { RevisionView } from './types.ts';

/** The tier fields of a customer file's data. */
export function readTierValue(data: Readonly<Record<string, unknown>>): TierValue {
  const tier = stringAt(data, 'tier');
  return { ...(tier ? { tier } : {}), temporary: data['tier_temporary'] === true };
}

/** The tier fields of one stored version of a customer file; undefined when it does not parse. */
export function parseTierValue(bytes: Uint8Array): TierValue | undefined {
  const decoded = decodeDocumentBytes(bytes);
  if (!decoded.ok) return undefined;
  const parsed = parseDocumentText(decoded.text);
  return parsed.ok ? readTierValue(parsed.doc.data) : undefined;
}

/** Whether a revision may have set the tier: creation, or a change of a tier field. */
export function touchesTier(revision: { change: string; fields: readonly string[] }): boolean {
  return (
    revision.change === 'created' ||
    revision.fields.includes('tier') ||
    revision.fields.includes('tier_temporary')
  );
}

export function assembleTierHistory(
  current: TierValue,
  reviewedOn: string | undefined,
  record: DocumentHistoryInput | undefined,
): TierChange[] {
  const changes: TierChange[] = [];
  let previous: TierValue | undefined;
  for (const revision of record?.revisions ?? []) {
    const value = record?.tiers?.get(revision.commit);
    if (!value || (previous && sameTier(previous, value))) continue;
    changes.push(tierChange(revision, previous, value, record));
    previous = value;
  }
  if (reviewedOn) changes.push({ event: 'reviewed', date: reviewedOn, to: current, approvals: [] });
  // Stable: a review and a commit on the same day keep the commit first.
  return changes.sort((a, b) => a.date.localeCompare(b.date));
}

function tierChange(
  revision: RevisionView,
  previous: TierValue | undefined,
  value: TierValue,
  record: DocumentHistoryInput | undefined,
): TierChange {
  const approvals = (record?.signoffs ?? [])
    .filter((signoff) => signoff.commit === revision.commit)
    .map((signoff) => ({ who: signoff.who, ...(signoff.role ? { role: signoff.role } : {}) }));
  return {
    event: previous ? 'changed' : 'created',
    date: revision.date,
    ...(previous ? { from: previous } : {}),
    to: value,
    commit: revision.commit,
    author: revision.author,
    ...(revision.pullRequest === undefined ? {} : { pullRequest: revision.pullRequest }),
    approvals,
  };
}

function sameTier(a: TierValue, b: TierValue): boolean {
  return a.tier === b.tier && a.temporary === b.temporary;
}
