/**
 * `docket history` as text and JSON: pure templates over a DocumentRecord. The JSON form is what
 * machines (and the status site, through readDocumentRecords) get; the text is the 修改记录.
 */
import type { DocumentRecord } from '../app/document-records.ts';
import type { Revision } from '../core/history.ts';
import type { DocumentKind } from '../core/layout.ts';
import { WORKFLOW_FIELDS, type DocumentSignoff, type SignOffRecord } from '../core/signoffs.ts';
import { renderTable } from '../core/table.ts';
import type { Context } from './context.ts';
import type { RecordLabels } from './record-labels.ts';

type T = Context['t'];

export function renderHistoryText(record: DocumentRecord, t: T, labels: RecordLabels): string[] {
  const { history } = record;
  const heading = `${history.id}  ${history.title ?? ''}`.trimEnd();
  const deleted = history.deleted ? [t('history/deleted', { path: history.path })] : [];
  const rows = history.revisions.map((revision) => revisionRow(revision, record, t, labels));
  const header = ['date', 'author', 'change', 'state', 'commit'].map((column) =>
    t(`history/col-${column}`),
  );
  return [
    heading,
    ...deleted,
    '',
    t('history/title'),
    ...renderTable(header, rows),
    '',
    ...renderSignoffsText(record, t, labels),
  ];
}

function revisionRow(revision: Revision, record: DocumentRecord, t: T, labels: RecordLabels) {
  const kind = record.history.kind;
  const state = revision.state
    ? revision.state.from === undefined
      ? `→ ${labels.status(kind, revision.state.to)}`
      : `${labels.status(kind, revision.state.from)} → ${labels.status(kind, revision.state.to)}`
    : '';
  return [
    revision.date.slice(0, 10),
    revision.author.name,
    describeChange(revision, kind, t, labels),
    state,
    revision.commit.slice(0, 7),
  ];
}

function describeChange(
  revision: Revision,
  kind: DocumentKind,
  t: T,
  labels: RecordLabels,
): string {
  const parts: string[] = [];
  if (revision.change === 'created') parts.push(t('history/created'));
  if (revision.change === 'deleted') parts.push(t('history/deleted-change'));
  if (revision.previousId !== undefined)
    parts.push(t('history/renamed', { from: revision.previousId, to: revision.id }));
  else if (revision.fromPath !== undefined)
    parts.push(t('history/moved', { from: revision.fromPath }));
  // The state column already shows the workflow's own fields.
  const fields = revision.fields.filter((field) => !WORKFLOW_FIELDS.has(field));
  if (revision.change !== 'created' && fields.length > 0)
    parts.push(
      t('history/fields', { fields: labels.join(fields.map((f) => labels.field(kind, f))) }),
    );
  if (revision.pullRequest !== undefined)
    parts.push(t('history/pull-request', { number: revision.pullRequest }));
  return labels.join(parts);
}

function renderSignoffsText(record: DocumentRecord, t: T, labels: RecordLabels): string[] {
  const { signoffs } = record;
  const lines = [t('history/signoffs-title')];
  if (signoffs.signoffs.length === 0) lines.push(`  ${t('history/no-signoffs')}`);
  for (const signoff of signoffs.signoffs)
    lines.push(`  ${signoffLine(signoff, record, t, labels)}`);
  for (const unsigned of signoffs.unsigned) lines.push(unsignedLine(unsigned, t, labels));
  const decision = signoffs.lastDecision;
  if (decision) {
    const where = { date: decision.merged_at.slice(0, 10), number: numberOf(decision) };
    const edits = signoffs.editsSince.map(
      (revision) =>
        `${revision.date.slice(0, 10)} ${revision.author.name} ${revision.commit.slice(0, 7)}`,
    );
    lines.push(
      signoffs.needsReconfirmation
        ? t('history/needs-reconfirmation', { ...where, edits: labels.join(edits) })
        : t('history/confirmed', where),
    );
  }
  return lines;
}

function numberOf(record: SignOffRecord): string {
  return record.pull_request ? String(record.pull_request.number) : record.merge_commit.slice(0, 7);
}

function signoffLine(
  signoff: DocumentSignoff,
  record: DocumentRecord,
  t: T,
  labels: RecordLabels,
): string {
  const { approval } = signoff;
  const kind = record.history.kind;
  const move =
    signoff.to !== undefined && signoff.from !== signoff.to
      ? ` ${labels.status(kind, signoff.from)} → ${labels.status(kind, signoff.to)}`
      : '';
  const common = {
    date: (approval.submitted_at ?? signoff.record.merged_at).slice(0, 10),
    name: approval.name,
    roles: labels.join(approval.roles.map((role) => labels.role(role))),
    move,
    number: numberOf(signoff.record),
  };
  if (approval.method === 'paper' && approval.paper)
    return t('history/signoff-paper', {
      ...common,
      scan: approval.paper.scan,
      hash: approval.paper.sha256.slice(0, 12),
      attestedBy: approval.paper.attested_by,
    });
  return t('history/signoff-review', {
    ...common,
    login: approval.login ?? '—',
    review: approval.review_id ?? '—',
    commit: (approval.commit_id ?? '').slice(0, 7) || '—',
  });
}

function unsignedLine(record: SignOffRecord, t: T, labels: RecordLabels): string {
  const what = record.pull_request
    ? t('history/pull-request', { number: record.pull_request.number })
    : t('history/direct-push', { commit: record.merge_commit.slice(0, 7) });
  const missing = record.missing.map((item) => item.text[labels.lang]);
  return `  ${t('history/unsigned', { date: record.merged_at.slice(0, 10), what, missing: labels.join(missing) })}`;
}

/** The machine form: revisions, sign-offs and the re-confirmation verdict, snake_case keys. */
export function assembleHistoryJson(record: DocumentRecord): Record<string, unknown> {
  const { history, signoffs } = record;
  const decision = signoffs.lastDecision;
  return {
    id: history.id,
    ids: history.ids,
    kind: history.kind,
    path: history.path,
    title: history.title ?? null,
    deleted: history.deleted,
    revisions: history.revisions.map((revision) => ({
      commit: revision.commit,
      date: revision.date,
      author: revision.author,
      subject: revision.subject,
      pull_request: revision.pullRequest ?? null,
      change: revision.change,
      path: revision.path,
      from_path: revision.fromPath ?? null,
      id: revision.id,
      previous_id: revision.previousId ?? null,
      state: revision.state ?? null,
      fields: revision.fields,
    })),
    signoffs: signoffs.signoffs.map((signoff) => ({
      ...signoff.approval,
      document: signoff.id,
      from: signoff.from ?? null,
      to: signoff.to ?? null,
      pull_request: signoff.record.pull_request?.number ?? null,
      merge_commit: signoff.record.merge_commit,
      merged_at: signoff.record.merged_at,
    })),
    last_signoff: decision
      ? {
          merge_commit: decision.merge_commit,
          merged_at: decision.merged_at,
          pull_request: decision.pull_request?.number ?? null,
        }
      : null,
    needs_reconfirmation: signoffs.needsReconfirmation,
    edits_since_signoff: signoffs.editsSince.map((revision) => revision.commit),
    merged_without_signoff: signoffs.unsigned.map((unsigned) => ({
      merge_commit: unsigned.merge_commit,
      merged_at: unsigned.merged_at,
      pull_request: unsigned.pull_request?.number ?? null,
      missing: unsigned.missing,
    })),
  };
}
