/**
 * `docket show` as text for change requests, releases and relationship records (requirements are
 * in show-requirement.ts, customers in show-customer.ts). Pure templates over progress data and a
 * View; field names come from the schemas' `x-label`, computed things from the message catalogue.
 */
import stringWidth from 'string-width';
import { evaluateNextStates, evaluateProgress, type Progress } from '../core/progress.ts';
import { stringAt, stringsAt, type LoadedDocument } from '../core/repository.ts';
import { renderTable } from '../core/table.ts';
import { joinCjkText } from '../core/text/cjk.ts';
import { memberProgress } from '../core/progress-view/list-rows.ts';
import { NONE, textOf, truncateText, type View } from '../core/progress-view/view.ts';

export type Field = readonly [label: string, value: string];

/**
 * `label  value` lines with the values lined up (labels may be Chinese). Values wrapped over
 * several lines in the YAML read as one run, without a space inside Chinese text.
 */
export function renderFields(fields: readonly Field[]): string[] {
  const width = Math.max(0, ...fields.map(([label]) => stringWidth(label)));
  return fields.map(([label, value]) =>
    `${label}${' '.repeat(width - stringWidth(label))}  ${joinCjkText(value)}`.trimEnd(),
  );
}

export function headingLines(progress: Progress): string[] {
  const heading = `${progress.id}  ${progress.title}`;
  return [heading, '─'.repeat(Math.min(stringWidth(heading), 72))];
}

/** Status with the time in stage against the limit, e.g. `开发中 · 本阶段已 23 天 / 时限 45 天`. */
export function stageText(progress: Progress, view: View): string {
  const status = view.statusText(progress);
  const { ageDays: age, limitDays: limit } = progress;
  if (progress.status === undefined) return NONE;
  if (progress.closed || age === undefined)
    return progress.stageSince
      ? view.t('progress/stage/closed', { status, since: progress.stageSince })
      : status;
  if (progress.startsLater)
    return view.t('progress/stage/starts-later', {
      status,
      since: progress.stageSince ?? NONE,
      today: view.today,
    });
  if (limit === undefined)
    return view.t('progress/stage/no-limit', { status, age, since: progress.stageSince ?? NONE });
  if (progress.overdue)
    return view.t('progress/stage/overdue', { status, age, limit, over: age - limit });
  return view.t('progress/stage/in-time', { status, age, limit });
}

/** `REQ-0013 开发中` for each ID (the status is looked up), or `—`. */
export function linkList(ids: readonly string[], view: View): string {
  if (ids.length === 0) return NONE;
  const { model } = view.source;
  return ids
    .map((id) => {
      const document = model.repository.byId.get(id);
      return document
        ? `${id} ${view.statusText(evaluateProgress(document, model, view.today))}`
        : id;
    })
    .join(' · ');
}

export function nextStatesText(document: LoadedDocument, view: View): string {
  const labels = view.source.model.statusLabels(document.kind);
  const next = evaluateNextStates(document, view.source.model.repository);
  return next.length
    ? next
        .map((code) => labels[code]?.[view.lang] ?? code)
        .join(view.lang === 'zh-CN' ? '、' : ', ')
    : view.t('progress/no-next-state');
}

/** Rows of linked requirements: ID, title, status, priority, customer, overdue. */
export function requirementTable(items: readonly Progress[], view: View): string[] {
  if (items.length === 0) return [`  ${NONE}`];
  const header = ['id', 'title', 'status_label', 'priority', 'customer_names', 'overdue'].map(
    (key) => view.t(`progress/column/${key}`),
  );
  const rows = items.map((item) => [
    item.id,
    truncateText(item.title, 34),
    stageShort(item, view),
    item.priority ?? NONE,
    item.customers.map((id) => view.customerName(id)).join(', ') || NONE,
    item.overdue ? view.t('progress/overdue-mark') : '',
  ]);
  return renderTable(header, rows).map((line) => `  ${line}`);
}

function stageShort(item: Progress, view: View): string {
  return item.limitDays !== undefined && item.ageDays !== undefined && !item.closed
    ? `${view.statusText(item)} ${item.ageDays}/${item.limitDays}`
    : view.statusText(item);
}

export function renderChange(document: LoadedDocument, progress: Progress, view: View): string[] {
  const { data } = document;
  const label = (...path: string[]) => view.fieldLabel('change', path);
  const impact = data['impact'] as Record<string, unknown> | undefined;
  const members = memberProgress(stringsAt(data, 'requirements'), view);
  const fields: Field[] = [
    [label('status'), stageText(progress, view)],
    [label('requested_by'), stringAt(data, 'requested_by') ?? NONE],
    [label('requested_on'), stringAt(data, 'requested_on') ?? NONE],
    [
      view.t('progress/column/customer_names'),
      progress.customers.map((id) => `${view.customerName(id, true)} (${id})`).join(', ') || NONE,
    ],
    [label('reason'), stringAt(data, 'reason') ?? NONE],
    [
      label('change', 'before'),
      textOf((data['change'] as Record<string, unknown> | undefined)?.['before']),
    ],
    [
      label('change', 'after'),
      textOf((data['change'] as Record<string, unknown> | undefined)?.['after']),
    ],
    [view.t('progress/next-states'), nextStatesText(document, view)],
  ];
  const impactFields: Field[] = impact
    ? [
        [label('impact', 'level'), view.enumLabel('change', ['impact', 'level'], impact['level'])],
        [label('impact', 'scope'), textOf(impact['scope'])],
        [label('impact', 'schedule_days'), textOf(impact['schedule_days'])],
        [label('impact', 'cost'), textOf(impact['cost'])],
        [label('impact', 'risk'), textOf(impact['risk'])],
        [
          label('impact', 'affected_documents'),
          Array.isArray(impact['affected_documents'])
            ? impact['affected_documents'].join(', ')
            : NONE,
        ],
      ]
    : [[label('impact'), view.t('progress/no-impact')]];
  return [
    ...headingLines(progress),
    ...renderFields(fields),
    '',
    label('requirements'),
    ...requirementTable(members, view),
    '',
    label('impact'),
    ...renderFields(impactFields).map((line) => `  ${line}`),
  ];
}

export function renderRelease(document: LoadedDocument, progress: Progress, view: View): string[] {
  const { data } = document;
  const label = (field: string) => view.fieldLabel('release', [field]);
  const fields: Field[] = [
    [label('version'), stringAt(data, 'version') ?? NONE],
    [label('status'), stageText(progress, view)],
    [label('planned_on'), stringAt(data, 'planned_on') ?? NONE],
    [label('released_on'), stringAt(data, 'released_on') ?? NONE],
    [label('baseline'), stringAt(data, 'baseline') ?? NONE],
    [view.t('progress/next-states'), nextStatesText(document, view)],
  ];
  return [
    ...headingLines(progress),
    ...renderFields(fields),
    '',
    label('requirements'),
    ...requirementTable(memberProgress(stringsAt(data, 'requirements'), view), view),
  ];
}

/** Visits, complaints, service requests, surveys: their scalar fields with schema labels. */
export function renderRecord(document: LoadedDocument, progress: Progress, view: View): string[] {
  const fields: Field[] = [];
  if (progress.status !== undefined)
    fields.push([view.fieldLabel(document.kind, ['status']), stageText(progress, view)]);
  for (const [key, value] of Object.entries(document.data)) {
    if (key === 'status' || value === null || (typeof value === 'object' && !Array.isArray(value)))
      continue;
    const text = Array.isArray(value)
      ? value
          .map((item) => (typeof item === 'string' ? view.personName(item) : String(item)))
          .join(', ')
      : recordValue(document, key, value, view);
    fields.push([
      view.fieldLabel(document.kind, [key]),
      joinCjkText(text).replace(/\s+/g, ' ').trim(),
    ]);
  }
  const title = `${view.customerName(document.customer ?? '')} · ${truncateText(progress.title, 40)}`;
  return [...headingLines({ ...progress, title }), ...renderFields(fields)];
}

function recordValue(document: LoadedDocument, key: string, value: unknown, view: View): string {
  if (key.endsWith('_by')) return view.personName(String(value));
  if (typeof value === 'boolean') return view.t(value ? 'progress/yes' : 'progress/no');
  return view.enumLabel(document.kind, [key], value);
}
