/**
 * Which documents and customers an audience sees (evaluateAudience), and the words that must
 * never reach it: every hidden customer's names, short names, contacts, representatives and ID,
 * and every hidden document's ID and title. The site model masks those words wherever free text
 * mentions them (a change request about several customers, a release note naming a customer).
 */
import { allowsConfidentiality, type Audience } from '../audience.ts';
import { customersOf, isRecordKind } from '../progress.ts';
import { stringAt, stringsAt, type LoadedDocument, type RepositoryIndex } from '../repository.ts';

export interface Visibility {
  /** IDs of the documents the audience sees. */
  documents: ReadonlySet<string>;
  /** IDs of the customers whose names and files the audience sees. */
  customers: ReadonlySet<string>;
  /** Words to mask in any text the audience gets (empty for insiders). */
  hiddenTerms: readonly string[];
}

/** Titles shorter than this are too common to mask without hiding ordinary words. */
const MIN_TITLE_TERM = 4;
const MIN_NAME_TERM = 2;

export function evaluateAudience(audience: Audience, repository: RepositoryIndex): Visibility {
  const customers = visibleCustomers(audience, repository);
  const documents = new Set<string>();
  for (const document of repository.documents)
    if (isDocumentVisible(document, audience, customers, repository)) documents.add(document.id);
  return {
    documents,
    customers,
    hiddenTerms:
      audience.policy.customers === 'all' && audience.policy.max_confidentiality === 'secret'
        ? []
        : collectHiddenTerms(repository, documents, customers),
  };
}

function visibleCustomers(audience: Audience, repository: RepositoryIndex): Set<string> {
  const ids = repository.ofKind('customer').map((customer) => customer.id);
  switch (audience.policy.customers) {
    case 'all':
      return new Set(ids);
    case 'own':
      return new Set(ids.filter((id) => id === audience.customer));
    default:
      return new Set();
  }
}

function isDocumentVisible(
  document: LoadedDocument,
  audience: Audience,
  customers: ReadonlySet<string>,
  repository: RepositoryIndex,
): boolean {
  if (document.kind === 'customer' || isRecordKind(document.kind))
    return document.customer !== undefined && customers.has(document.customer);
  if (document.kind === 'requirement')
    return isRequirementVisible(document.data, audience, customers);
  // A change request or release has no 密级 of its own: it is shown when one of its
  // requirements is; the others are left out of it and masked in its text.
  return stringsAt(document.data, 'requirements').some((id) => {
    const requirement = repository.byId.get(id);
    return (
      requirement?.kind === 'requirement' &&
      isRequirementVisible(requirement.data, audience, customers) &&
      (audience.policy.customers !== 'own' ||
        customersOf(document, repository).includes(audience.customer ?? ''))
    );
  });
}

/**
 * Within the 密级 ceiling, and for a portal: one of its own customer's requirements. Takes the
 * data alone, so an older version read from git (a release's redline) is judged as it was then.
 */
export function isRequirementVisible(
  data: Readonly<Record<string, unknown>>,
  audience: Audience,
  customers: ReadonlySet<string>,
): boolean {
  if (!allowsConfidentiality(audience.policy, data['confidentiality'])) return false;
  if (audience.policy.customers !== 'own') return true;
  const customer = stringAt(data, 'customer');
  return customer !== undefined && customers.has(customer);
}

function collectHiddenTerms(
  repository: RepositoryIndex,
  documents: ReadonlySet<string>,
  customers: ReadonlySet<string>,
): string[] {
  const terms = new Set<string>();
  const add = (value: unknown, min: number) => {
    if (typeof value === 'string' && value.trim().length >= min) terms.add(value.trim());
  };
  for (const customer of repository.ofKind('customer')) {
    if (customers.has(customer.id)) continue;
    add(customer.id, 1);
    add(customer.data['name'], MIN_NAME_TERM);
    add(customer.data['short_name'], MIN_NAME_TERM);
    for (const contact of listOfRecords(customer.data['contacts']))
      add(contact['name'], MIN_NAME_TERM);
  }
  for (const person of repository.config.people) {
    if (person.customer === undefined || customers.has(person.customer)) continue;
    add(person.name, MIN_NAME_TERM);
    add(person.department, MIN_NAME_TERM);
    add(person.github, MIN_NAME_TERM);
  }
  for (const document of repository.documents) {
    if (documents.has(document.id) || isRecordKind(document.kind)) continue;
    add(document.id, 1);
    add(document.data['title'], MIN_TITLE_TERM);
  }
  return [...terms];
}

function listOfRecords(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter(
        (item): item is Record<string, unknown> => item !== null && typeof item === 'object',
      )
    : [];
}
