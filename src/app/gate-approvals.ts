/**
 * Wires the approvals core into the gate. STAND-IN until checkPullRequest() lands on main: one
 * approval of the head commit by someone other than the author, and no outstanding request for
 * changes. It is stricter than nothing and never passes on missing data.
 */
import { formatMessage } from '../core/messages.ts';
import { GATE_MESSAGES } from '../core/gate-messages.ts';
import type { GateCheck } from './gate-check.ts';

export const checkWithApprovals: GateCheck = (input) => {
  const latest = new Map<number, { state: string; commit: string | null; login: string }>();
  for (const review of input.reviews) {
    if (!review.user || review.user.login.toLowerCase() === input.author.toLowerCase()) continue;
    if (['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(review.state)) {
      latest.set(review.user.id, {
        state: review.state,
        commit: review.commit_id,
        login: review.user.login,
      });
    }
  }
  const decisions = [...latest.values()];
  const approved = decisions.some((d) => d.state === 'APPROVED' && d.commit === input.head);
  const blocked = decisions.some((d) => d.state === 'CHANGES_REQUESTED');
  const verdict = approved && !blocked ? 'pass' : 'fail';
  const headline = formatMessage(GATE_MESSAGES, `gate/standin-${verdict}`, {}, input.lang);
  const annotations = verdict === 'pass' ? [] : [`::error title=docket/approvals::${headline}`];
  return Promise.resolve({
    verdict,
    headline,
    annotations,
    summary: `## docket/approvals\n\n${headline}\n`,
    comment: headline,
  });
};
