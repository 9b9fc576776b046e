/**
 * The result of `docket pr-check` / the gate: one data-only object that every report renders
 * (CLI text, JSON, GitHub annotations, job summary, sticky comment). Stable for the gate.
 */
import { formatMessage, type Lang } from '../messages.ts';
import type { MessageParams, Problem } from '../problem.ts';
import { listParam } from './messages.ts';
import { CHECK_MESSAGES } from './report-messages.ts';
import type { ImpactReport } from './impact.ts';
import type { ApprovalEvaluation, Sentence } from './result.ts';

export interface PullRequestCheck {
  /** `pass`: may merge (exit 0); `fail`: may not (exit 1); `error`: could not decide (exit 2). */
  status: 'pass' | 'fail' | 'error';
  /** One sentence for a commit status or a headline. */
  headline: Sentence;
  base: string;
  head: string;
  mergeBase: string;
  author: string;
  /** Validation of the head (with the base's schemas and configuration), workflow and sign-off problems. */
  problems: Problem[];
  evaluation: ApprovalEvaluation;
  impact: ImpactReport;
}

export const EMPTY_IMPACT: ImpactReport = {
  changedByRequests: [],
  suspectLinks: [],
  changeRequests: [],
  releases: [],
  customers: [],
  lapses: [],
};

/** A check that could not be made (an unreadable reviews file, an unknown ref): never a pass. */
export function createErrorCheck(
  headline: Sentence,
  refs: { base: string; head: string; author: string },
): PullRequestCheck {
  return {
    status: 'error',
    headline,
    ...refs,
    mergeBase: '',
    problems: [],
    evaluation: { satisfied: false, subjects: [], blocks: [], notes: [], approvals: [] },
    impact: EMPTY_IMPACT,
  };
}

/** Pass only when nothing is wrong and every approval is in. */
export function evaluateStatus(
  problems: readonly Problem[],
  evaluation: ApprovalEvaluation,
): 'pass' | 'fail' {
  const errors = problems.some((problem) => problem.severity === 'error');
  return !errors && evaluation.satisfied ? 'pass' : 'fail';
}

/** "May merge: …" or "May not merge: 1 changed item(s) still need approvals; 2 error(s)". */
export function assembleHeadline(
  problems: readonly Problem[],
  evaluation: ApprovalEvaluation,
): Sentence {
  const status = evaluateStatus(problems, evaluation);
  if (status === 'pass') return { id: 'check/pass', params: { count: evaluation.subjects.length } };
  const reasons: Record<Lang, string>[] = [];
  const missing = evaluation.subjects.filter((subject) => !subject.satisfied).length;
  if (missing > 0) reasons.push(phrase('check/reason-approvals', { count: missing }));
  if (evaluation.blocks.length > 0)
    reasons.push(phrase('check/reason-blocks', { count: evaluation.blocks.length }));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  if (errors > 0) reasons.push(phrase('check/reason-problems', { count: errors }));
  return { id: 'check/fail', params: listParam('reasons', reasons) };
}

function phrase(id: string, params: MessageParams): Record<Lang, string> {
  return {
    'zh-CN': formatMessage(CHECK_MESSAGES, id, params, 'zh-CN'),
    en: formatMessage(CHECK_MESSAGES, id, params, 'en'),
  };
}
