/**
 * The report as lines of sentences, shared by the text and Markdown renderers: per changed item
 * its change and the sentences of its approvals; the blocks; the impact; the notes.
 */
import { localizedParam, type Lang } from '../messages.ts';
import type { PullRequestCheck } from './check-result.ts';
import { say } from './catalogue.ts';
import type { ImpactReport, LapsingSignOff } from './impact.ts';
import { CHECK_MESSAGES } from './report-messages.ts';
import type { Sentence, SubjectResult } from './result.ts';

/** `awaiting-approval → approved`, or what happened to a file. */
export function describeChange(subject: SubjectResult, lang: Lang): string {
  const document = subject.document;
  if (!document) return say({ id: `report/${subject.fileChange ?? 'modified'}`, params: {} }, lang);
  const parts: string[] = [];
  if (document.change === 'renumbered')
    parts.push(
      say({ id: 'report/renumbered', params: { previous: document.previousId ?? '' } }, lang),
    );
  else if (document.change === 'added') parts.push(say({ id: 'report/added', params: {} }, lang));
  if (document.steps.length > 0)
    parts.push([document.steps[0]?.from, ...document.steps.map((step) => step.to)].join(' → '));
  // A move the workflow refuses has no steps; still say what was asked.
  else if (
    document.from !== undefined &&
    document.to !== undefined &&
    document.from !== document.to
  )
    parts.push(`${document.from} → ${document.to}`);
  else if (document.change === 'modified')
    parts.push(say({ id: 'report/modified', params: {} }, lang));
  return parts.join(', ');
}

/** Subjects that still need something first: that is what a reader came for. */
export function orderSubjects(check: PullRequestCheck): SubjectResult[] {
  const subjects = check.evaluation.subjects;
  return [...subjects.filter((s) => !s.satisfied), ...subjects.filter((s) => s.satisfied)];
}

export function impactLines(impact: ImpactReport, lang: Lang): string[] {
  const lines = impact.lapses.map((lapse) => say(lapseSentence(lapse), lang));
  for (const { id, signed } of impact.changedByRequests)
    lines.push(
      say({ id: signed ? 'report/changed-signed' : 'report/changed', params: { id } }, lang),
    );
  for (const link of impact.suspectLinks) {
    const relation = localizedParam('relation', relationLabels(link.relation));
    const params = { changed: link.changed, linked: link.linked, ...relation };
    lines.push(say({ id: 'report/suspect', params }, lang));
  }
  if (impact.changeRequests.length > 0)
    lines.push(
      say(
        { id: 'report/change-requests', params: { ids: impact.changeRequests.join(', ') } },
        lang,
      ),
    );
  if (impact.releases.length > 0)
    lines.push(say({ id: 'report/releases', params: { ids: impact.releases.join(', ') } }, lang));
  for (const customer of impact.customers) {
    const ids = customer.signedChanged.join(', ');
    const id = ids ? 'report/customer-signed' : 'report/customer';
    lines.push(say({ id, params: { name: customer.name, ids } }, lang));
  }
  return lines;
}

function lapseSentence(lapse: LapsingSignOff): Sentence {
  if (lapse.signedOn) {
    const people = (lapse.signedBy ?? []).join(', ');
    return { id: 'report/lapse-dated', params: { id: lapse.id, date: lapse.signedOn, people } };
  }
  const customers = lapse.customers.join(', ');
  return { id: 'report/lapse', params: { id: lapse.id, status: lapse.status, customers } };
}

function relationLabels(relation: string): Readonly<Record<Lang, string>> {
  return CHECK_MESSAGES[`relation/${relation}`] ?? { 'zh-CN': relation, en: relation };
}
