import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  allowsConfidentiality,
  insiderAudience,
  parseAudience,
  redactFor,
} from '../../src/core/audience.ts';
import type { AudiencesConfig } from '../../src/core/config.ts';
import type { JsonSchema } from '../../src/core/schema-set.ts';
import { createRefResolver } from '../../src/core/schema-walk.ts';
import { PROJECT_ROOT } from '../helpers/repo.ts';

const CONFIG = load(
  readFileSync(join(PROJECT_ROOT, 'content/config/audiences.yaml'), 'utf8'),
) as AudiencesConfig;
const schema = (file: string) =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'schemas', file), 'utf8')) as JsonSchema;
const resolve = createRefResolver(schema);

describe('audiences from content/config/audiences.yaml', () => {
  it.each([
    ['internal', 'secret', true],
    ['public', 'public', true],
    ['public', 'internal', false],
    ['customer:CUS-003', 'confidential', true],
    ['customer:CUS-003', 'secret', false],
    ['public', undefined, false],
    ['internal', 'top-secret', false],
  ])('%s sees 密级 %s: %s', (name, level, expected) => {
    const choice = parseAudience(name, CONFIG, ['CUS-003']);
    if (!choice.ok) throw new Error(`no audience ${name}`);
    expect(allowsConfidentiality(choice.audience.policy, level)).toBe(expected);
  });

  it('refuses unknown audiences and customers as data', () => {
    expect(parseAudience('everyone', CONFIG, [])).toEqual({
      ok: false,
      reason: 'unknown-audience',
      value: 'everyone',
    });
    expect(parseAudience('customer:CUS-404', CONFIG, ['CUS-003'])).toEqual({
      ok: false,
      reason: 'unknown-customer',
      value: 'CUS-404',
    });
  });

  it('drops every x-confidential value of a customer file unless insiders ask for them', () => {
    const customer = schema('customer.schema.json');
    const data = {
      id: 'CUS-001',
      name: '华东鲜食品有限公司',
      contacts: [{ name: '张华', phone: '13812345678', email: 'zh@example.com' }],
      transactions: [{ year: 2025, sales: 1280, collection_rate: 0.97 }],
      nickname: 'not in the schema',
    };
    const publicView = parseAudience('public', CONFIG, []);
    if (!publicView.ok) throw new Error('no public audience');
    const redacted = JSON.stringify(redactFor(publicView.audience, data, customer, resolve));
    for (const secret of ['13812345678', 'zh@example.com', '1280', '0.97', 'not in the schema'])
      expect(redacted).not.toContain(secret);
    expect(redacted).toContain('张华');
    expect(redactFor(insiderAudience(CONFIG, true), data, customer, resolve)).toBe(data);
  });
});
