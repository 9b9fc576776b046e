/**
 * `docket show` as text for a requirement: its fields, acceptance criteria, evaluation and the
 * documents that link to it (the 需求确认书's content in the terminal).
 */
import { type Progress } from '../core/progress.ts';
import { stringAt, stringsAt, type LoadedDocument } from '../core/repository.ts';
import { joinCjkText } from '../core/text/cjk.ts';
import { NONE, type View } from '../core/progress-view/view.ts';
import {
  headingLines,
  linkList,
  nextStatesText,
  renderFields,
  stageText,
  type Field,
} from './show-render.ts';

export function renderRequirement(
  document: LoadedDocument,
  progress: Progress,
  view: View,
): string[] {
  const { data } = document;
  const label = (field: string) => view.fieldLabel('requirement', [field]);
  const links = view.source.model.links.ofRequirement(document.id);
  const customer = stringAt(data, 'customer');
  const parent = stringAt(data, 'parent');
  const fields: Field[] = [
    [label('status'), stageText(progress, view)],
    [view.t('progress/column/priority'), priorityWithReason(document, progress, view)],
    [label('owner'), view.personName(progress.owner)],
    [
      label('customer'),
      customer
        ? `${view.customerName(customer, true)} (${customer})`
        : (stringAt(data, 'department') ?? NONE),
    ],
    [label('requested_by'), stringAt(data, 'requested_by') ?? NONE],
    [label('submitted_on'), stringAt(data, 'submitted_on') ?? NONE],
    [label('stage_since'), progress.stageSince ?? NONE],
    [label('wanted_by'), stringAt(data, 'wanted_by') ?? NONE],
    ...(parent ? [[label('parent'), linkList([parent], view)] as const] : []),
    [label('depends_on'), linkList(stringsAt(data, 'depends_on'), view)],
    [view.t('progress/next-states'), nextStatesText(document, view)],
  ];
  return [
    ...headingLines(progress),
    ...renderFields(fields),
    '',
    label('acceptance_criteria'),
    ...criteriaLines(data['acceptance_criteria'], view),
    '',
    label('evaluation'),
    ...evaluationLines(data['evaluation'], view),
    '',
    view.t('progress/reverse-links'),
    ...renderFields([
      [view.t('progress/links/children'), linkList(links.children, view)],
      [view.t('progress/links/dependants'), linkList(links.dependants, view)],
      [view.t('progress/links/changes'), linkList(links.changes, view)],
      [view.t('progress/links/releases'), linkList(links.releases, view)],
    ]).map((line) => `  ${line}`),
  ];
}

function priorityWithReason(document: LoadedDocument, progress: Progress, view: View): string {
  const importance = view.enumLabel('requirement', ['importance'], document.data['importance']);
  const urgency = view.enumLabel('requirement', ['urgency'], document.data['urgency']);
  return `${view.priorityText(progress.priority)} (${importance} × ${urgency})`;
}

function criteriaLines(criteria: unknown, view: View): string[] {
  if (!Array.isArray(criteria) || criteria.length === 0) return [`  ${NONE}`];
  return criteria.map((item: Record<string, unknown>) => {
    const method =
      item['method'] === undefined
        ? ''
        : ` (${view.enumLabel('requirement', ['acceptance_criteria', 0, 'method'], item['method'])})`;
    return `  ${String(item['id'])}  ${joinCjkText(String(item['text']))}${method}`;
  });
}

function evaluationLines(evaluation: unknown, view: View): string[] {
  if (evaluation === null || typeof evaluation !== 'object')
    return [`  ${view.t('progress/not-evaluated')}`];
  const record = evaluation as {
    meeting_on?: string;
    effort_days?: number;
    schedule?: { start?: string; release?: string };
    opinions?: Record<string, unknown>[];
  };
  const path = (...parts: (string | number)[]) => ['evaluation', ...parts];
  const summary = view.t('progress/evaluation-summary', {
    meeting: record.meeting_on ?? NONE,
    effort: record.effort_days ?? NONE,
    start: record.schedule?.start ?? NONE,
    release: record.schedule?.release ?? NONE,
  });
  const opinions = (record.opinions ?? []).map((opinion) => {
    const aspect = view.enumLabel('requirement', path('opinions', 0, 'aspect'), opinion['aspect']);
    const verdict = view.enumLabel(
      'requirement',
      path('opinions', 0, 'verdict'),
      opinion['verdict'],
    );
    return `  ${aspect} · ${view.personName(opinion['evaluator'] as string)} · ${verdict}: ${joinCjkText(String(opinion['opinion']))}`;
  });
  return [`  ${summary}`, ...opinions];
}
