/**
 * Who authored each commit of the demo history: a customer's account manager creates its file and
 * its requirements and change requests (else the requester, matched by name); the requirement's
 * owner moves them; a record's visitor, surveyor or handler adds it; a project manager plans
 * releases. A person with a GitHub login is preferred. Pure.
 */
import type { Person, Role } from './config.ts';
import { classifyPath, type DocumentKind } from './layout.ts';

export interface HistoryDocument {
  path: string;
  kind: DocumentKind;
  data: Readonly<Record<string, unknown>>;
  /** The file's full text as it is in the source checkout. */
  text: string;
}

export interface CommitAuthor {
  name: string;
  email: string;
}

export const RELEASE_AUTHOR_ROLE: Role = 'project-manager';

export function creatorCandidates(
  document: HistoryDocument,
  byId: ReadonlyMap<string, HistoryDocument>,
  people: readonly Person[],
): (Person | undefined)[] {
  const data = document.data;
  const customer = customerOf(document, byId);
  const accountManager = personById(people, customer?.data['account_manager']);
  const requester = people.find((person) => person.name === data['requested_by']);
  switch (document.kind) {
    case 'customer':
      return [personById(people, data['account_manager'])];
    case 'requirement':
    case 'change':
      return [accountManager, requester];
    case 'release':
      return peopleWithRole(people, RELEASE_AUTHOR_ROLE);
    default: {
      return [firstOf(data['visited_by']), data['surveyed_by'], data['handled_by']]
        .map((personId) => personById(people, personId))
        .concat(accountManager);
    }
  }
}

/** Who moves a document along: the owner of the requirement (or of a change request's first requirement), or the handler of a record. */
export function ownerCandidates(
  document: HistoryDocument,
  byId: ReadonlyMap<string, HistoryDocument>,
  people: readonly Person[],
): (Person | undefined)[] {
  const requirement =
    document.kind === 'change' ? byId.get(firstOf(document.data['requirements']) ?? '') : document;
  return [
    personById(people, requirement?.data['owner']),
    personById(people, document.data['handled_by']),
  ];
}

export function customerOf(
  document: HistoryDocument,
  byId: ReadonlyMap<string, HistoryDocument>,
): HistoryDocument | undefined {
  if (document.kind === 'customer') return document;
  const where = classifyPath(document.path);
  const requirement =
    document.kind === 'change' ? byId.get(firstOf(document.data['requirements']) ?? '') : document;
  const customerId =
    where.type === 'document' && where.customer !== undefined
      ? where.customer
      : requirement?.data['customer'];
  return typeof customerId === 'string' ? byId.get(customerId) : undefined;
}

/** The first candidate with a GitHub login, else the first candidate, else the first person with a login. */
export function pickAuthor(
  people: readonly Person[],
  candidates: readonly (Person | undefined)[],
): Person | undefined {
  const known = candidates.filter((person): person is Person => person !== undefined);
  return (
    known.find((person) => person.github) ??
    known[0] ??
    people.find((person) => person.github) ??
    people[0]
  );
}

/** A stable e-mail: GitHub's no-reply address for the login, or a never-delivered one from the person's ID. */
export function toAuthor(person: Person | undefined): CommitAuthor {
  if (!person) return { name: 'Docket', email: 'docket@users.noreply.invalid' };
  return {
    name: person.name,
    email: person.github
      ? `${person.github}@users.noreply.github.com`
      : `${person.id}@users.noreply.invalid`,
  };
}

export function personById(people: readonly Person[], id: unknown): Person | undefined {
  return people.find((person) => person.id === id);
}

export function peopleWithRole(people: readonly Person[], role: Role): Person[] {
  return people.filter((person) => person.roles.includes(role));
}

export function firstOf(value: unknown): string | undefined {
  return Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
}
