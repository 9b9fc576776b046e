/**
 * The revision record (修改记录) and sign-offs of each document as the site shows them, from the
 * one-pass git history reader and the sign-off ledger: state moves and changed fields labelled,
 * and for each sign-off whether it still holds (it belongs to the last signed decision and the
 * content has not changed since).
 */
import type { DocumentHistory, Revision } from '../history.ts';
import type { DocumentKind } from '../layout.ts';
import type { ProgressSource } from '../progress.ts';
import { CONFIG_FILES } from '../layout.ts';
import { fieldLabels } from '../schema-fields.ts';
import { enumLabelAt } from '../schema-walk.ts';
import type { DocumentSignoff, SignoffStatus } from '../signoffs.ts';
import { both, bothLanguages } from './context.ts';
import type { DocumentHistoryInput } from './document.ts';
import type { Choice, Labels, RevisionView, SignoffView } from './types.ts';

export interface HistoryRecord {
  history: DocumentHistory;
  signoffs: SignoffStatus;
}

export function assembleHistoryInput(
  kind: DocumentKind,
  record: HistoryRecord,
  source: ProgressSource,
): DocumentHistoryInput {
  return {
    revisions: record.history.revisions.map((revision) => revisionView(kind, revision, source)),
    signoffs: record.signoffs.signoffs.map((signoff) =>
      signoffView(signoff, record.signoffs, source),
    ),
  };
}

function revisionView(
  kind: DocumentKind,
  revision: Revision,
  source: ProgressSource,
): RevisionView {
  const from = stateOf(kind, revision.state?.from, source);
  const to = stateOf(kind, revision.state?.to, source);
  return {
    date: revision.date.slice(0, 10),
    timestamp: revision.date,
    author: revision.author.name,
    summary: revision.subject,
    commit: revision.commit,
    ...(revision.pullRequest === undefined ? {} : { pullRequest: revision.pullRequest }),
    change: revision.change,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    keys: revision.fields,
    fields: revision.fields.map((key) =>
      key === 'body' ? { 'zh-CN': '正文', en: 'Body' } : fieldLabels(source.schemaOf(kind), [key]),
    ),
  };
}

function stateOf(
  kind: DocumentKind,
  code: string | undefined,
  source: ProgressSource,
): Choice | undefined {
  return code === undefined
    ? undefined
    : { code, labels: source.model.statusLabels(kind)[code] ?? both(code) };
}

function signoffView(
  signoff: DocumentSignoff,
  status: SignoffStatus,
  source: ProgressSource,
): SignoffView {
  const role = signoff.approval.roles[0];
  return {
    who: signoff.approval.name,
    ...(role === undefined ? {} : { role: roleLabel(role, source) }),
    date: signoff.record.merged_at.slice(0, 10),
    holds: signoff.record === status.lastDecision && !status.needsReconfirmation,
    commit: signoff.record.merge_commit,
  };
}

function roleLabel(role: string, source: ProgressSource): Labels {
  const schema = source.schemaFor(CONFIG_FILES.people.schema);
  const path = ['people', 0, 'roles', 0];
  return bothLanguages((lang) => enumLabelAt(schema, path, role, lang));
}
