/**
 * Every stored link must resolve. Links are stored on one side only (child → parent,
 * dependant → dependency, requirement → customer, change → requirements, release →
 * requirements); the table below is the whole list, and reverse links are computed elsewhere.
 */
import { KIND_LABELS, type DocumentKind } from '../layout.ts';
import { localizedParam } from '../messages.ts';
import { createDataIssue } from '../problem.ts';
import {
  entriesAt,
  type DocumentIssue,
  type LoadedDocument,
  type RepositoryIndex,
} from '../repository.ts';

type Target = DocumentKind | 'person' | 'record';
interface LinkSpec {
  from: DocumentKind;
  field: readonly string[];
  to: Target;
}

export const LINKS: readonly LinkSpec[] = [
  { from: 'requirement', field: ['customer'], to: 'customer' },
  { from: 'requirement', field: ['parent'], to: 'requirement' },
  { from: 'requirement', field: ['depends_on', '*'], to: 'requirement' },
  { from: 'requirement', field: ['owner'], to: 'person' },
  { from: 'requirement', field: ['evaluation', 'opinions', '*', 'evaluator'], to: 'person' },
  { from: 'requirement', field: ['source', 'record'], to: 'record' },
  { from: 'requirement', field: ['offline_signature', 'attested_by'], to: 'person' },
  { from: 'change', field: ['requirements', '*'], to: 'requirement' },
  { from: 'change', field: ['offline_signature', 'attested_by'], to: 'person' },
  { from: 'release', field: ['requirements', '*'], to: 'requirement' },
  { from: 'customer', field: ['account_manager'], to: 'person' },
  { from: 'visit', field: ['visited_by', '*'], to: 'person' },
  { from: 'complaint', field: ['handled_by'], to: 'person' },
  { from: 'service-request', field: ['handled_by'], to: 'person' },
  { from: 'survey', field: ['surveyed_by'], to: 'person' },
];

const LINKS_BY_KIND: ReadonlyMap<DocumentKind, readonly LinkSpec[]> = groupByKind(LINKS);

function groupByKind(links: readonly LinkSpec[]): Map<DocumentKind, LinkSpec[]> {
  const byKind = new Map<DocumentKind, LinkSpec[]>();
  for (const link of links) byKind.set(link.from, [...(byKind.get(link.from) ?? []), link]);
  return byKind;
}

const RECORD_KINDS: ReadonlySet<DocumentKind> = new Set([
  'visit',
  'complaint',
  'service-request',
  'survey',
]);

export function checkLinks(repo: RepositoryIndex): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  // A set, not findPerson's list scan: this runs for every person link of every document.
  const people: ReadonlySet<string> = new Set(repo.config.people.map((person) => person.id));
  // One pass per kind with all its links: each document's data is visited once.
  for (const [kind, links] of LINKS_BY_KIND) {
    for (const document of repo.ofKind(kind)) {
      for (const link of links) {
        for (const [pointer, value] of entriesAt(document.data, link.field)) {
          if (typeof value !== 'string' || resolves(repo, people, link.to, value)) continue;
          const rule = link.to === 'person' ? 'link/unknown-person' : 'link/unresolved';
          issues.push({
            ...createDataIssue(rule, pointer, {
              value,
              ...localizedParam('target', KIND_LABELS[link.to]),
            }),
            path: document.path,
          });
        }
      }
    }
  }
  return [...issues, ...checkAttachments(repo)];
}

function resolves(
  repo: RepositoryIndex,
  people: ReadonlySet<string>,
  target: Target,
  value: string,
): boolean {
  if (target === 'person') return people.has(value);
  const found = repo.byId.get(value);
  if (!found) return false;
  return target === 'record' ? RECORD_KINDS.has(found.kind) : found.kind === target;
}

const ATTACHMENT_FIELDS: readonly (readonly string[])[] = [
  ['attachments', '*', 'path'],
  ['offline_signature', 'scan'],
];

/** Attachment paths are relative to the document's folder and must exist. */
function checkAttachments(repo: RepositoryIndex): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const document of repo.documents) {
    for (const pattern of ATTACHMENT_FIELDS) {
      for (const [pointer, value] of entriesAt(document.data, pattern)) {
        if (typeof value !== 'string' || repo.files.has(resolveRelative(document, value))) continue;
        issues.push({
          ...createDataIssue('link/attachment-missing', pointer, { value }),
          path: document.path,
        });
      }
    }
  }
  return issues;
}

/** `attachments/x.pdf` beside content/changes/CR-0001.md → content/changes/attachments/x.pdf. */
export function resolveRelative(document: Pick<LoadedDocument, 'path'>, relative: string): string {
  const parts = document.path.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** A customer representative in people.yaml signs for a customer that must exist. */
export function checkPeopleCustomers(repo: RepositoryIndex, peoplePath: string): DocumentIssue[] {
  return repo.config.people.flatMap((person, index) =>
    person.customer === undefined || repo.byId.get(person.customer)?.kind === 'customer'
      ? []
      : [
          {
            ...createDataIssue('link/unresolved', ['people', index, 'customer'], {
              value: person.customer,
              ...localizedParam('target', KIND_LABELS.customer),
            }),
            path: peoplePath,
          },
        ],
  );
}
