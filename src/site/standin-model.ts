/**
 * Temporary stand-in for `loadSiteModel`: top-level fields with schema labels, links both ways,
 * and the strictest redaction (non-internal audiences see only 公开 requirements, change requests
 * and releases, without x-confidential values or customer IDs).
 */
import { loadRepository } from '../app/load-repository.ts';
import { SCHEMA_OF, type DocumentKind } from '../core/layout.ts';
import type { LoadedDocument } from '../core/repository.ts';
import { enumChoices, fieldLabels } from '../core/schema-fields.ts';
import type { JsonSchema, SchemaSet } from '../core/schema-set.ts';
import { isConfidentialNode } from '../core/audience.ts';
import { createRefResolver, schemaAt } from '../core/schema-walk.ts';
import type { FieldView, LinkView, SiteDocument, SiteModel } from './model-types.ts';

const SHOWN_KINDS: readonly DocumentKind[] = ['requirement', 'change', 'release', 'customer'];
const ID_PATTERN = /^(REQ-\d{4}|CR-\d{4}|REL-\d{3}|CUS-\d{3})$/;
const HIDDEN_KEYS = new Set(['id', 'title', 'name']);

export function loadStandInModel(root: string, audience: string): SiteModel {
  const loaded = loadRepository(root);
  const internal = audience === 'internal';
  const visible = loaded.documents.filter(
    (document) =>
      SHOWN_KINDS.includes(document.kind) &&
      (internal || (document.kind !== 'customer' && document.data['confidentiality'] === 'public')),
  );
  const documents = visible.map((document) => toSiteDocument(document, loaded.schemas, internal));
  const byId = new Map(documents.map((document) => [document.id, document]));
  const backlinks = new Map<string, LinkView[]>();
  for (const document of documents)
    for (const link of document.links) {
      if (!byId.has(link.id)) continue;
      const list = backlinks.get(link.id) ?? [];
      list.push({ id: document.id, field: link.field, relation: link.relation });
      backlinks.set(link.id, list);
    }
  const withDiffs = addReleaseDiffs(documents, byId);
  return {
    audience,
    documents: withDiffs.map((document) => ({
      ...document,
      backlinks: backlinks.get(document.id) ?? [],
    })),
    kindLabels: {
      requirement: { 'zh-CN': '需求', en: 'Requirement' },
      change: { 'zh-CN': '变更申请', en: 'Change request' },
      release: { 'zh-CN': '版本', en: 'Release' },
      customer: { 'zh-CN': '客户', en: 'Customer' },
    },
  };
}

function toSiteDocument(
  document: LoadedDocument,
  schemas: SchemaSet,
  internal: boolean,
): SiteDocument {
  const schema = schemas.schemaFor(SCHEMA_OF[document.kind]);
  const resolve = createRefResolver((file) => schemas.schemaFor(file));
  const fields: FieldView[] = [];
  for (const [key, value] of Object.entries(document.data)) {
    if (HIDDEN_KEYS.has(key)) continue;
    const property = schemaAt(schema, [key]);
    if (!internal && (isConfidentialNode(property, resolve) || key === 'customer')) continue;
    fields.push({ key, label: fieldLabels(schema, [key]), value: choiceOf(schema, key, value) });
  }
  const data = document.data;
  const named = data['title'] ?? data['name'];
  const title = typeof named === 'string' ? named : document.id;
  return {
    id: document.id,
    kind: document.kind,
    title: internal || document.kind !== 'customer' ? title : document.id,
    state: asChoice(choiceOf(schema, 'status', data['status'])),
    priority: asChoice(choiceOf(schema, 'importance', data['importance'])),
    customer: internal && typeof data['customer'] === 'string' ? data['customer'] : undefined,
    updated: typeof data['stage_since'] === 'string' ? data['stage_since'] : undefined,
    fields,
    body: document.parsed.body,
    links: collectLinks(fields),
    backlinks: [],
  };
}

function choiceOf(schema: JsonSchema, key: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const found = enumChoices(schema, [key]).find((choice) => choice.code === value);
  return found ?? value;
}

function asChoice(value: unknown): SiteDocument['state'] {
  return typeof value === 'object' && value !== null && 'labels' in value
    ? (value as SiteDocument['state'])
    : undefined;
}

function collectLinks(fields: readonly FieldView[]): LinkView[] {
  const links: LinkView[] = [];
  const visit = (value: unknown, field: FieldView): void => {
    if (typeof value === 'string' && ID_PATTERN.test(value))
      links.push({ id: value, field: field.key, relation: field.label });
    else if (Array.isArray(value)) for (const item of value) visit(item, field);
    else if (value && typeof value === 'object' && !('labels' in value))
      for (const inner of Object.values(value)) visit(inner, field);
  };
  for (const field of fields) visit(field.value, field);
  return links;
}

/** Stand-in release diff: requirements added to or removed from the previous release's list. */
function addReleaseDiffs(
  documents: readonly SiteDocument[],
  byId: ReadonlyMap<string, SiteDocument>,
): SiteDocument[] {
  const releases = documents
    .filter((document) => document.kind === 'release')
    .sort((a, b) => a.id.localeCompare(b.id));
  const diffs = new Map<string, SiteDocument['releaseDiff']>();
  releases.forEach((release, index) => {
    const previous = releases[index - 1];
    if (!previous) return;
    const before = new Set(previous.links.map((link) => link.id));
    const after = new Set(release.links.map((link) => link.id));
    const ids = [...new Set([...before, ...after])].sort();
    const entries = ids.map((id) => {
      const title = byId.get(id)?.title ?? id;
      const change = !before.has(id) ? 'added' : !after.has(id) ? 'removed' : 'same';
      return {
        id,
        title,
        change,
        before: before.has(id) ? title : '',
        after: after.has(id) ? title : '',
      } as const;
    });
    diffs.set(release.id, { against: previous.id, entries });
  });
  return documents.map((document) => {
    const releaseDiff = diffs.get(document.id);
    return releaseDiff ? { ...document, releaseDiff } : document;
  });
}
