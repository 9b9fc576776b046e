/**
 * What a pull request touches beyond its own files (需求变更控制: "affected documents"): the
 * requirements linked up and down from a changed requirement (now suspect), the change requests
 * and releases that name a changed requirement, the customers affected, and the signed documents
 * whose sign-off lapses when this merges (WALKTHROUGH flow 5).
 */
import type { ApprovalPolicy } from '../config.ts';
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
  const changedRequirements = [...changed].filter(
    (id) => input.head.byId.get(id)?.kind === 'requirement',
  );
  const lapses = findLapses(input);
  return {
    suspectLinks: changedRequirements
      .flatMap((id) => linksOf(input.head, id))
      .filter((link) => !changed.has(link.linked)),
    changeRequests: naming(input.head, 'change', changedRequirements, changed),
    releases: naming(input.head, 'release', changedRequirements, changed),
    customers: customersOf(input.subjects, lapses),
    lapses,
  };
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
  const signed = (input.policy.signed_states ?? {}) as Readonly<
    Record<string, readonly string[] | undefined>
  >;
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
