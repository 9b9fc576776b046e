/**
 * What an audience must never see, computed from the content and the rules of issue 5 (point 5),
 * independently of the site's own audience code: every `x-confidential` value (outside
 * `internal`), every document the audience may not open (its ID and title), and the names of
 * customers it may not know about.
 *
 * - `public`: only requirements whose 密级 is 公开, changes to those alone; no customer files,
 *   relationship records or customer names.
 * - `customer:<ID>`: that customer's requirements up to 秘密 (never 机密), changes to those alone,
 *   releases that carry at least one of them, its own file and records; no other customer. Public
 *   requirements that belong to no customer may be shown.
 */
import type { LoadedDocument } from '../../../src/core/repository.ts';
import type { ConfidentialValue, LoadedContent } from './confidential-values.ts';
import type { Needle } from './scan-output.ts';

export type Audience = 'internal' | 'public' | `customer:${string}`;

const CUSTOMER_SIDE = new Set(['customer', 'visit', 'complaint', 'service-request', 'survey']);

export function needlesFor(content: LoadedContent, audience: Audience): Needle[] {
  if (audience === 'internal') return [];
  const hidden = hiddenDocuments(content.documents, audience);
  return [
    ...content.confidential.flatMap(confidentialNeedles),
    ...hidden.flatMap(documentNeedles),
    ...hiddenCustomers(content.documents, audience).flatMap(customerNameNeedles),
  ];
}

/** Every confidential value, found anywhere when distinctive, beside its label when short. */
export function confidentialNeedles(value: ConfidentialValue): Needle[] {
  const what = `x-confidential ${value.documentId} ${value.field}`;
  if (isDistinctive(value)) return [{ what, value: String(value.value) }];
  const key =
    value.field
      .split('/')
      .filter((part) => !/^[0-9]+$/.test(part))
      .at(-1) ?? '';
  const jsonForms =
    typeof value.value === 'number' ? [{ what, value: `"${key}":${value.value}` }] : [];
  return [...value.forms.map((form) => ({ what, value: form, near: value.labels })), ...jsonForms];
}

/** Free text of three characters or more is searched for on its own; codes and numbers are not. */
function isDistinctive(value: ConfidentialValue): boolean {
  return (
    typeof value.value === 'string' &&
    value.forms.length === 1 &&
    Array.from(value.value).length >= 3
  );
}

export function hiddenDocuments(documents: readonly LoadedDocument[], audience: Audience) {
  if (audience === 'internal') return [];
  const requirementShown = new Map(
    documents
      .filter((document) => document.kind === 'requirement')
      .map((document) => [document.id, isRequirementShown(document, audience)]),
  );
  return documents.filter((document) => !isShown(document, audience, requirementShown));
}

function isShown(
  document: LoadedDocument,
  audience: Exclude<Audience, 'internal'>,
  requirementShown: ReadonlyMap<string, boolean>,
): boolean {
  const linked = stringList(document.data['requirements']);
  switch (document.kind) {
    case 'requirement':
      return requirementShown.get(document.id) === true;
    case 'change':
      return linked.length > 0 && linked.every((id) => requirementShown.get(id) === true);
    case 'release':
      return audience === 'public' || linked.some((id) => requirementShown.get(id) === true);
    default:
      return audience !== 'public' && ownerOf(document) === audience.slice('customer:'.length);
  }
}

/**
 * Whether the audience may see a requirement. A customer's portal may also show a public
 * requirement that belongs to no customer (it is about nobody); the rules do not say it must, so
 * such a requirement is simply not looked for.
 */
function isRequirementShown(requirement: LoadedDocument, audience: Audience): boolean {
  const level = requirement.data['confidentiality'];
  if (audience === 'public') return level === 'public';
  const customer = requirement.data['customer'];
  if (customer === undefined) return level === 'public';
  return customer === audience.slice('customer:'.length) && level !== 'secret';
}

function ownerOf(document: LoadedDocument): string | undefined {
  return CUSTOMER_SIDE.has(document.kind) ? (document.customer ?? document.id) : undefined;
}

function documentNeedles(document: LoadedDocument): Needle[] {
  const title = document.data['title'];
  const what = `hidden ${document.kind} ${document.id}`;
  return [
    { what, value: document.id },
    ...(typeof title === 'string' && Array.from(title).length >= 4 ? [{ what, value: title }] : []),
  ];
}

function hiddenCustomers(documents: readonly LoadedDocument[], audience: Audience) {
  const own = audience.startsWith('customer:') ? audience.slice('customer:'.length) : undefined;
  return documents.filter((document) => document.kind === 'customer' && document.id !== own);
}

function customerNameNeedles(customer: LoadedDocument): Needle[] {
  const what = `name of customer ${customer.id}`;
  return ['name', 'short_name']
    .map((key) => customer.data[key])
    .filter((name): name is string => typeof name === 'string' && name.length > 0)
    .map((name) => ({ what, value: name }));
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
