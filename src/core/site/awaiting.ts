/**
 * Whose approval a change request awaiting approval still needs (WALKTHROUGH flow 7: "what
 * awaits whose approval"): the approval policy of content/config/approvals.yaml judged, by the
 * same core as the pull-request check, for the move to `approved` with no review yet. The
 * sentences are the check's own ("0 of 2 required approvals: …").
 */
import { say } from '../approvals/catalogue.ts';
import { evaluateApprovals } from '../approvals/evaluate.ts';
import type { AffectedCustomer, Subject } from '../approvals/subject.ts';
import type { Lang } from '../messages.ts';
import { stringAt, stringsAt, type LoadedDocument } from '../repository.ts';
import { bothLanguages, type SiteContext } from './context.ts';
import type { Labels } from './types.ts';

const APPROVED = 'approved';

export function evaluateWaitingOn(change: LoadedDocument, context: SiteContext): Labels {
  const { config } = context.source.model.repository;
  const from = stringAt(change.data, 'status') ?? '';
  const subject: Subject = {
    key: change.id,
    paths: [change.path],
    document: {
      kind: change.kind,
      id: change.id,
      path: change.path,
      change: 'modified',
      from,
      to: APPROVED,
      steps: [{ from, to: APPROVED }],
      moves: [{ from, to: APPROVED }],
      before: change.data,
      after: { ...change.data, status: APPROVED },
      fieldsChanged: ['status'],
      confidentialChanged: false,
    },
    customers: affectedCustomers(change, context),
  };
  const { evaluation } = evaluateApprovals({
    policy: config.approvals,
    people: config.people,
    tiers: config.tiers,
    author: '',
    reviews: [],
    subjects: [subject],
    fingerprints: { head: new Map(), at: new Map() },
    roleLabels: roleLabels(context),
  });
  const sentences = evaluation.subjects[0]?.sentences ?? [];
  return bothLanguages((lang: Lang) => sentences.map((sentence) => say(sentence, lang)).join(' '));
}

/** The customers of the change request's requirements, with their current tier. */
function affectedCustomers(change: LoadedDocument, context: SiteContext): AffectedCustomer[] {
  const { byId } = context.source.model.repository;
  const ids = new Set(
    stringsAt(change.data, 'requirements').flatMap((id) => {
      const customer = stringAt(byId.get(id)?.data ?? {}, 'customer');
      return customer ? [customer] : [];
    }),
  );
  return [...ids].map((id) => {
    const data = byId.get(id)?.data ?? {};
    const tier = stringAt(data, 'tier');
    return {
      id,
      name: stringAt(data, 'short_name') ?? stringAt(data, 'name') ?? id,
      tiers: tier === 'A' || tier === 'B' || tier === 'C' ? [tier] : [],
    };
  });
}

function roleLabels(context: SiteContext): Readonly<Record<string, Labels>> {
  const schema = context.source.resolveRef('common.schema.json#/$defs/role');
  return (schema?.['x-enum-labels'] ?? {}) as Readonly<Record<string, Labels>>;
}
