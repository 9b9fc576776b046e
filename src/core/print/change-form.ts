/**
 * 需求变更确认单: one per change request — the change before and after, the reason, the impact,
 * and the signatures of the customer (用户方确认签字) and the project manager, with the recorder
 * (记录人). Pure: documents in, forms out.
 */
import { joinCjkText } from '../text/cjk.ts';
import { mayPrintFor, mergeRevisions, stringList, stringValue } from './confirmation.ts';
import { assembleSignatureLines, collectSignoffs } from './signatures.ts';
import type { ChangeForm, LabelledCode, PrintDocument, PrintLabeller } from './types.ts';

const IMPACT_KEYS = ['level', 'scope', 'schedule_days', 'cost', 'risk', 'affected_documents'];

export function assembleChangeForms(
  documents: readonly PrintDocument[],
  labeller: PrintLabeller,
  audience: string,
): ChangeForm[] {
  const byId = new Map(documents.map((document) => [document.id, document]));
  return documents
    .filter((document) => document.kind === 'change')
    .flatMap((change) => {
      const requirements = stringList(change.data['requirements']).map((id) => byId.get(id));
      const customer = requirements
        .map((requirement) => requirement && stringValue(requirement.data['customer']))
        .find((id) => id !== undefined);
      if (!mayPrintFor(audience, customer)) return [];
      return [assembleForm(change, byId, customer, labeller)];
    });
}

function assembleForm(
  change: PrintDocument,
  byId: ReadonlyMap<string, PrintDocument>,
  customer: string | undefined,
  labeller: PrintLabeller,
): ChangeForm {
  const section = (key: string): Record<string, unknown> => {
    const value = change.data[key];
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  };
  const status = stringValue(change.data['status']);
  const signoffs = collectSignoffs([change]);
  const offline = section('offline_signature');
  return {
    id: change.id,
    title: change.title,
    path: change.path,
    state: status
      ? { code: status, labels: labeller.choice('change', ['status'], status) }
      : undefined,
    customer: customer
      ? { id: customer, name: stringValue(byId.get(customer)?.data['name']) }
      : undefined,
    requirements: stringList(change.data['requirements']).map((id) => ({
      id,
      title: byId.get(id)?.title,
    })),
    requestedBy: stringValue(change.data['requested_by']),
    requestedOn: stringValue(change.data['requested_on']),
    reason: joinedText(change.data['reason']),
    before: joinedText(section('change')['before']),
    after: joinedText(section('change')['after']),
    impact: assembleImpact(section('impact'), labeller),
    offlineSignature:
      Object.keys(offline).length > 0
        ? {
            signedBy: stringValue(offline['signed_by']),
            signedOn: stringValue(offline['signed_on']),
            attestedBy: personName(change, stringValue(offline['attested_by'])),
          }
        : undefined,
    recorder: change.revisions?.[0]?.author,
    recordedOn: change.revisions?.[0]?.date,
    revisions: mergeRevisions([change]),
    signoffs,
    signatures: assembleSignatureLines(signoffs, labeller),
  };
}

function assembleImpact(
  impact: Record<string, unknown>,
  labeller: PrintLabeller,
): ChangeForm['impact'] {
  return IMPACT_KEYS.flatMap((key) => {
    const raw = impact[key];
    const text = Array.isArray(raw) ? stringList(raw).join('; ') : stringValue(raw);
    if (text === undefined || text === '') return [];
    const label = labeller.field('change', ['impact', key]);
    const value: string | LabelledCode =
      key === 'level'
        ? { code: text, labels: labeller.choice('change', ['impact', key], text) }
        : text;
    return [{ key, label, value }];
  });
}

/** Free text as read: a line YAML folded inside Chinese text joins without a space. */
function joinedText(value: unknown): string | undefined {
  const text = stringValue(value);
  return text === undefined ? undefined : joinCjkText(text);
}

function personName(document: PrintDocument, id: string | undefined): string | undefined {
  return id === undefined ? undefined : (document.personNames?.get(id) ?? id);
}
