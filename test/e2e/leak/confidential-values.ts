/**
 * Every value the schemas mark `x-confidential`, read from real content: the schemas are walked
 * beside each document's data (following `$ref`s), and every leaf under a confidential node is
 * collected. No hand-kept list: a new confidential field or value is picked up by itself. The
 * walk is the test's own, independent of the site's redaction code it checks.
 */
import { loadRepository } from '../../../src/app/load-repository.ts';
import { SCHEMA_OF } from '../../../src/core/layout.ts';
import type { LoadedDocument } from '../../../src/core/repository.ts';

type Schema = Readonly<Record<string, unknown>>;

export interface ConfidentialValue {
  documentId: string;
  path: string;
  /** Data path of the value, e.g. `contacts/0/phone`. */
  field: string;
  value: string | number | boolean;
  /** The field's labels (zh-CN, en): values too short to find alone are looked for beside them. */
  labels: string[];
  /** How a page may show the value: as written, and an enum code's labels (`good` → 良好, Good). */
  forms: string[];
}

export interface LoadedContent {
  documents: LoadedDocument[];
  confidential: ConfidentialValue[];
}

export function loadContent(root: string): LoadedContent {
  const loaded = loadRepository(root);
  const schemaFor = (file: string): Schema => loaded.schemas.schemaFor(file);
  const resolve = createResolver(schemaFor);
  const confidential: ConfidentialValue[] = [];
  for (const document of loaded.documents) {
    const schema = schemaFor(SCHEMA_OF[document.kind]);
    walk(document.data, schema, resolve, [], (field, value, labels, forms) =>
      confidential.push({
        documentId: document.id,
        path: document.path,
        field,
        value,
        labels,
        forms,
      }),
    );
  }
  return { documents: loaded.documents, confidential };
}

type Resolve = (node: Schema | undefined) => Schema | undefined;
type Collect = (
  field: string,
  value: string | number | boolean,
  labels: string[],
  forms: string[],
) => void;

/** A node with its `$ref` target folded in (the node's own keys win, as JSON Schema 2020 reads it). */
function createResolver(schemaFor: (file: string) => Schema): Resolve {
  const resolve: Resolve = (node) => {
    const ref = node?.['$ref'];
    if (typeof ref !== 'string') return node;
    const [file = '', pointer = ''] = ref.split('#');
    let target: unknown = schemaFor(file.replace(/^(\.\.\/)+/, ''));
    for (const part of pointer.split('/').filter(Boolean))
      target = isObject(target) ? target[part] : undefined;
    return { ...(resolve(isObject(target) ? target : undefined) ?? {}), ...node };
  };
  return resolve;
}

/** Walks data beside its schema; leaves under a confidential node are collected. */
function walk(
  data: unknown,
  node: Schema | undefined,
  resolve: Resolve,
  path: string[],
  collect: Collect,
  inherited: { confidential: boolean; labels: string[] } = { confidential: false, labels: [] },
): void {
  const schema = resolve(node);
  const own = schema ? labelsOf(schema) : [];
  const here = {
    confidential: inherited.confidential || schema?.['x-confidential'] === true,
    labels: own.length > 0 ? own : inherited.labels,
  };
  if (Array.isArray(data)) {
    const items = isObject(schema?.['items']) ? schema['items'] : undefined;
    data.forEach((item: unknown, index) => {
      walk(item, items, resolve, [...path, String(index)], collect, here);
    });
  } else if (isObject(data)) {
    const properties = isObject(schema?.['properties']) ? schema['properties'] : {};
    for (const [key, value] of Object.entries(data)) {
      const property = properties[key];
      const child = isObject(property) ? property : undefined;
      walk(value, child, resolve, [...path, key], collect, here);
    }
  } else if (here.confidential && isLeaf(data)) {
    collect(path.join('/'), data, here.labels, [String(data), ...enumLabelsOf(schema, data)]);
  }
}

function isLeaf(data: unknown): data is string | number | boolean {
  return typeof data === 'string' || typeof data === 'number' || typeof data === 'boolean';
}

/** An enum code's own labels (`good` → 良好, Good): the form a page shows it in. */
function enumLabelsOf(schema: Schema | undefined, code: unknown): string[] {
  const labels = schema?.['x-enum-labels'];
  if (!isObject(labels) || typeof code !== 'string' || !isObject(labels[code])) return [];
  return Object.values(labels[code]).filter((v) => typeof v === 'string');
}

function labelsOf(schema: Schema): string[] {
  const label = schema['x-label'];
  return isObject(label) ? Object.values(label).filter((v) => typeof v === 'string') : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
