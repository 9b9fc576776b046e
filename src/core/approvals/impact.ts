/**
 * What a pull request touches beyond its own files (需求变更控制: "affected documents"): the
 * requirements linked up and down from a changed requirement (now suspect), the change requests
 * and releases that name a changed requirement, the customers affected, and the signed documents
 * whose sign-off lapses when this merges (WALKTHROUGH flow 5).
 */
import type { ApprovalPolicy } from '../config.ts';
import type { SignOffRecord } from '../generated/signoff-types.ts';
import type { SubjectResult } from './result.ts';
import type { SnapshotIndex } from './snapshot.ts';
import type { Subject } from './subject.ts';

export type LinkRelation = 'parent' | 'child' | 'depends-on' | 'dependant';

export interface SuspectLink {
  changed: string;
  linked: string;
  relation: LinkRelation;
}

export interface LapsingSignOff {
  id: string;
  path: string;
  status: string;
  customers: string[];
  /** From the sign-off records, when known. */
  signedOn?: string;
  signedBy?: string[];
}

export interface ImpactReport {
  /** Requirements a changed change request changes (需求变更), with whether they were signed. */
  changedByRequests: { id: string; signed: boolean }[];
  suspectLinks: SuspectLink[];
  changeRequests: string[];
  releases: string[];
  customers: { id: string; name: string; signedChanged: string[] }[];
  lapses: LapsingSignOff[];
}

/** A known sign-off of a document (from the records in git), to date the warning. */
export interface KnownSignOff {
  documentId: string;
  signedOn: string;
  signedBy: string[];
}

export interface ImpactInput {
  head: SnapshotIndex;
  subjects: readonly Subject[];
  results: readonly SubjectResult[];
  policy: ApprovalPolicy;
  signOffs?: readonly KnownSignOff[];
}

export function assembleImpact(input: ImpactInput): ImpactReport {
  const changed = new Set(input.subjects.flatMap((s) => (s.document ? [s.document.id] : [])));
  const changedByRequests = requirementsOfChanges(input, changed);
  const changedRequirements = [
    ...[...changed].filter((id) => input.head.byId.get(id)?.kind === 'requirement'),
    ...changedByRequests.map((entry) => entry.id),
  ];
  const lapses = findLapses(input);
  return {
    changedByRequests,
    suspectLinks: changedRequirements
      .flatMap((id) => linksOf(input.head, id))
      .filter((link) => !changed.has(link.linked)),
    changeRequests: naming(input.head, 'change', changedRequirements, changed),
    releases: naming(input.head, 'release', changedRequirements, changed),
    customers: customersOf(input.subjects, lapses),
    lapses,
  };
}

/** The requirements named by the change requests this pull request changes (not changed here too). */
function requirementsOfChanges(
  input: ImpactInput,
  changed: ReadonlySet<string>,
): ImpactReport['changedByRequests'] {
  const signed = signedStates(input.policy);
  const ids = new Set<string>();
  for (const id of changed) {
    const document = input.head.byId.get(id);
    if (document?.kind === 'change')
      for (const target of strings(document.data['requirements']))
        if (!changed.has(target)) ids.add(target);
  }
  return [...ids].sort().map((id) => {
    const status = input.head.byId.get(id)?.data['status'];
    return {
      id,
      signed: typeof status === 'string' && (signed['requirement'] ?? []).includes(status),
    };
  });
}

function signedStates(
  policy: ApprovalPolicy,
): Readonly<Record<string, readonly string[] | undefined>> {
  return policy.signed_states ?? {};
}

function linksOf(head: SnapshotIndex, id: string): SuspectLink[] {
  const requirement = head.byId.get(id);
  if (!requirement) return [];
  const links: SuspectLink[] = [];
  const parent = requirement.data['parent'];
  if (typeof parent === 'string') links.push({ changed: id, linked: parent, relation: 'parent' });
  for (const target of strings(requirement.data['depends_on']))
    links.push({ changed: id, linked: target, relation: 'depends-on' });
  for (const other of head.documents) {
    if (other.kind !== 'requirement') continue;
    if (other.data['parent'] === id)
      links.push({ changed: id, linked: other.id, relation: 'child' });
    if (strings(other.data['depends_on']).includes(id))
      links.push({ changed: id, linked: other.id, relation: 'dependant' });
  }
  return links;
}

/** Change requests or releases that name a changed requirement, and changed ones themselves. */
function naming(
  head: SnapshotIndex,
  kind: 'change' | 'release',
  requirements: readonly string[],
  changed: ReadonlySet<string>,
): string[] {
  return head.documents
    .filter((document) => document.kind === kind)
    .filter(
      (document) =>
        changed.has(document.id) ||
        strings(document.data['requirements']).some((id) => requirements.includes(id)),
    )
    .map((document) => document.id)
    .sort();
}

/** Signed documents edited without a fresh customer signature in this pull request. */
function findLapses(input: ImpactInput): LapsingSignOff[] {
  const signed = signedStates(input.policy);
  const lapses: LapsingSignOff[] = [];
  for (const subject of input.subjects) {
    const document = subject.document;
    const status = document?.before?.['status'];
    if (!document || document.change === 'added' || typeof status !== 'string') continue;
    if (!(signed[document.kind] ?? []).includes(status)) continue;
    const result = input.results.find((r) => r.key === subject.key);
    const resigned = result?.needs.some(
      (n) => n.need.type === 'representative' && n.filledBy !== undefined,
    );
    if (resigned) continue;
    const known = input.signOffs?.find((signOff) => signOff.documentId === document.id);
    lapses.push({
      id: document.id,
      path: document.path,
      status,
      customers: subject.customers.map((c) => c.name),
      ...(known ? { signedOn: known.signedOn, signedBy: known.signedBy } : {}),
    });
  }
  return lapses;
}

function customersOf(
  subjects: readonly Subject[],
  lapses: readonly LapsingSignOff[],
): ImpactReport['customers'] {
  const byId = new Map<string, { id: string; name: string; signedChanged: string[] }>();
  for (const subject of subjects)
    for (const customer of subject.customers) {
      const entry = byId.get(customer.id) ?? {
        id: customer.id,
        name: customer.name,
        signedChanged: [],
      };
      const key = subject.document?.id;
      if (key && lapses.some((lapse) => lapse.id === key) && !entry.signedChanged.includes(key))
        entry.signedChanged.push(key);
      byId.set(customer.id, entry);
    }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/** The last signed record for each document, as the comment's "signed by … on …" needs it. */
export function listKnownSignOffs(records: readonly SignOffRecord[]): KnownSignOff[] {
  const latest = new Map<string, KnownSignOff>();
  for (const record of [...records].sort((a, b) => a.merged_at.localeCompare(b.merged_at))) {
    if (record.outcome !== 'signed') continue;
    for (const { id } of record.documents) {
      const covering = record.approvals.filter((a) => a.documents.some((d) => d.id === id));
      const customers = covering.filter((a) => a.roles.includes('customer-representative'));
      const signedBy = (customers.length > 0 ? customers : covering).map((a) => a.name);
      if (signedBy.length > 0)
        latest.set(id, { documentId: id, signedOn: record.merged_at.slice(0, 10), signedBy });
    }
  }
  return [...latest.values()];
}
