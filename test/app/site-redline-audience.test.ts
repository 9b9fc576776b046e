/**
 * A release's redline shows each requirement as it was at the release's baseline. A version the
 * audience could not have read then (机密 at the time) must not reach a public build, even when
 * the requirement is public now. A real temporary repository with fixed dates.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SiteModel } from '../../src/app/site-model.ts';
import { CUSTOMER, requirement } from '../helpers/documents.ts';
import { commitFiles, git, PM } from '../helpers/git.ts';
import { createFixtureRepo } from '../helpers/repo.ts';
import { loadSiteModels } from '../helpers/site-models.ts';

const REQ_1 = 'content/requirements/REQ-0001.md';
const SECRET = requirement(
  'REQ-0001',
  '',
  '## 需求背景\n\nSECRETBODY 内部报价 88 万元。\n',
).replace('confidentiality: internal', 'confidentiality: secret');
const PUBLIC = requirement('REQ-0001').replace(
  'confidentiality: internal',
  'confidentiality: public',
);
const release = (id: string, extra: string) => `---
id: ${id}
title: 版本 ${id}
status: released
stage_since: 2026-04-01
version: ${id === 'REL-001' ? 'V1.0' : 'V1.1'}
planned_on: 2026-04-01
${extra}requirements: [REQ-0001]
---
`;

let root: string;
let models: Map<string, SiteModel>;

beforeAll(async () => {
  root = createFixtureRepo({});
  git(root, ['init', '--quiet', '--initial-branch=main']);
  const customer = 'content/customers/CUS-001/customer.md';
  commitFiles(
    root,
    { [customer]: CUSTOMER, [REQ_1]: SECRET },
    'secret',
    PM,
    '2026-03-01T09:00:00+08:00',
  );
  git(root, ['tag', 'baseline/REL-001']);
  commitFiles(
    root,
    {
      [REQ_1]: PUBLIC,
      'content/releases/REL-001.md': release(
        'REL-001',
        'released_on: 2026-04-01\nbaseline: baseline/REL-001\n',
      ),
      'content/releases/REL-002.md': release('REL-002', 'released_on: 2026-09-03\n'),
    },
    'public now; releases',
    PM,
    '2026-09-02T09:00:00+08:00',
  );
  models = await loadSiteModels(root, ['internal', 'public']);
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const redline = (audience: string) =>
  models
    .get(audience)
    ?.releaseDiffs.find((diff) => diff.to === 'REL-002')
    ?.lines.find((line) => line.id === 'REQ-0001');

it('shows insiders the version that was secret at the baseline', () => {
  expect(redline('internal')?.before).toContain('SECRETBODY');
});

it('withholds that version from the public build: the redline says only that it changed', () => {
  const line = redline('public');
  expect(line?.op).toBe('changed');
  expect(line?.before).toBe('■■■');
  expect(line?.after).toContain('库存低于安全线时提醒');
  expect(JSON.stringify(models.get('public'))).not.toMatch(/SECRETBODY|88 万元/);
});
