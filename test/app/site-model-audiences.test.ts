/**
 * Every audience of the demo content: no confidential value, no hidden document and no other
 * customer's name survives anywhere in the model the pages render.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSiteModel, type SiteModel } from '../../src/app/site-model.ts';
import { loadRepository } from '../../src/app/load-repository.ts';
import { SCHEMA_OF } from '../../src/core/layout.ts';
import type { LoadedDocument } from '../../src/core/repository.ts';
import { PROJECT_ROOT } from '../helpers/repo.ts';

const TODAY = '2026-11-28';
type Node = Record<string, unknown>;

/** A walker independent of the code under test: JSON pointers by hand, x-confidential by hand. */
function schemaFile(file: string): Node {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, 'schemas', file), 'utf8')) as Node;
}
function resolved(node: Node | undefined): Node | undefined {
  const ref = node?.['$ref'];
  if (typeof ref !== 'string') return node;
  const [file = '', pointer = ''] = ref.split('#');
  let target: unknown = schemaFile(file.replace(/^(\.\.\/)+/, ''));
  for (const part of pointer.split('/').filter(Boolean)) target = (target as Node)[part];
  return { ...(target as Node), ...node };
}
function secretsIn(value: unknown, node: Node | undefined, inside: boolean, out: string[]): void {
  const schema = resolved(node);
  const secret = inside || schema?.['x-confidential'] === true;
  if (Array.isArray(value))
    for (const item of value) secretsIn(item, schema?.['items'] as Node, secret, out);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value))
      secretsIn(item, (schema?.['properties'] as Node | undefined)?.[key] as Node, secret, out);
  else if (secret && typeof value === 'string' && value.length >= 3 && !schema?.['enum'])
    out.push(value);
}

const loaded = loadRepository(PROJECT_ROOT);
const documents: LoadedDocument[] = loaded.documents;
const customers = documents.filter((document) => document.kind === 'customer');
const secrets = documents.flatMap((document) => {
  const out: string[] = [];
  secretsIn(document.data, schemaFile(SCHEMA_OF[document.kind]), false, out);
  return out;
});
const namesOf = (customer: LoadedDocument) =>
  ['name', 'short_name'].flatMap((key) => {
    const value = customer.data[key];
    return typeof value === 'string' ? [value] : [];
  });

/** How a string appears inside JSON text (line breaks escaped). */
const inJson = (value: string) => JSON.stringify(value).slice(1, -1);

async function modelFor(audience: string): Promise<SiteModel> {
  const result = await loadSiteModel({ root: PROJECT_ROOT, audience, today: TODAY });
  if (!result.ok) throw new Error(`${audience}: ${result.message}`);
  return result.model;
}

describe('the demo content has what these tests look for', () => {
  it('finds confidential phones, e-mails and licence numbers and at least two customers', () => {
    expect(secrets.some((value) => /^1[3-9]\d{9}$/.test(value))).toBe(true);
    expect(secrets.some((value) => value.includes('@'))).toBe(true);
    expect(customers.length).toBeGreaterThan(2);
  });
});

describe.each(['public', 'customer:CUS-001', 'customer:CUS-003', 'customer:CUS-007'])(
  'audience %s',
  (audience) => {
    const own = audience.startsWith('customer:') ? audience.slice('customer:'.length) : undefined;
    let model: SiteModel;
    let text: string;
    beforeAll(async () => {
      model = await modelFor(audience);
      text = JSON.stringify(model);
    }, 60_000);

    it('carries no value any schema marks x-confidential', () => {
      for (const secret of secrets) expect(text, secret).not.toContain(inJson(secret));
      const fields = model.documents.flatMap((document) => document.fields);
      expect(fields.filter((field) => field.type === 'money')).toEqual([]);
      expect(model.reports.tierReview.rows.every((row) => row.sales === undefined)).toBe(true);
    });

    it('names no other customer, by name, short name or ID', () => {
      for (const customer of customers.filter((item) => item.id !== own)) {
        for (const name of namesOf(customer)) expect(text, name).not.toContain(name);
        expect(text, customer.id).not.toMatch(new RegExp(`${customer.id}(?!\\d)`));
      }
    });

    it('shows only documents within its 密级 and its customer', () => {
      const allowed = own ? ['public', 'internal', 'confidential'] : ['public'];
      for (const document of model.documents) {
        const data = documents.find((item) => item.id === document.id)?.data ?? {};
        if (document.kind === 'requirement') {
          expect(allowed, document.id).toContain(data['confidentiality']);
          if (own) expect(data['customer'], document.id).toBe(own);
        } else if (document.kind !== 'change' && document.kind !== 'release')
          expect(document.path, document.id).toContain(`customers/${own ?? '-none-'}/`);
      }
      const hidden = documents.filter(
        (document) =>
          document.kind === 'requirement' &&
          !model.documents.some((shown) => shown.id === document.id),
      );
      for (const document of hidden)
        expect(text, String(document.data['title'])).not.toContain(String(document.data['title']));
    });
  },
);

describe('the internal audience', () => {
  it('shows every document and the confidential values', async () => {
    const model = await modelFor('internal');
    const text = JSON.stringify(model);
    expect(model.documents.length).toBe(new Set(documents.map((document) => document.id)).size);
    expect(secrets.filter((secret) => !text.includes(inJson(secret)))).toEqual([]);
  });

  it('refuses an unknown audience or customer as data', async () => {
    expect(await loadSiteModel({ root: PROJECT_ROOT, audience: 'everyone', today: TODAY })).toEqual(
      {
        ok: false,
        message: 'site-model/unknown-audience',
        params: { value: 'everyone' },
      },
    );
    expect(
      await loadSiteModel({ root: PROJECT_ROOT, audience: 'customer:CUS-999', today: TODAY }),
    ).toMatchObject({ ok: false, message: 'site-model/unknown-customer' });
  });
});
