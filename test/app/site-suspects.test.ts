/**
 * Suspect links on the site, from a real temporary repository: a link is suspect when the document
 * it depends on changed in content after this one entered its state (or was signed). A state move
 * alone upstream (verified → closed, say) is not a change of what was agreed.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SiteModel } from '../../src/app/site-model.ts';
import { CUSTOMER, requirement } from '../helpers/documents.ts';
import { commitFiles, git, PM } from '../helpers/git.ts';
import { createFixtureRepo } from '../helpers/repo.ts';
import { loadSiteModels } from '../helpers/site-models.ts';

const PARENT = 'content/requirements/REQ-0003.md';
const CHILD = 'content/requirements/REQ-0002.md';
const child = requirement('REQ-0002', 'parent: REQ-0003');
const at = (day: string) => `2026-03-${day}T09:00:00+08:00`;

let root: string;
const models: SiteModel[] = [];

async function snapshot(): Promise<void> {
  const model = (await loadSiteModels(root, ['internal'])).get('internal');
  if (model) models.push(model);
}

beforeAll(async () => {
  root = createFixtureRepo({});
  git(root, ['init', '--quiet', '--initial-branch=main']);
  const customer = 'content/customers/CUS-001/customer.md';
  const parent = requirement('REQ-0003');
  commitFiles(
    root,
    { [customer]: CUSTOMER, [PARENT]: parent, [CHILD]: child },
    'both',
    PM,
    at('01'),
  );
  const rejected = child
    .replace('status: submitted', 'status: rejected')
    .replace('parent: REQ-0003', 'parent: REQ-0003\nrejection_reason: 重复');
  commitFiles(root, { [CHILD]: rejected }, 'child rejected', PM, at('05'));
  // verified → closed, say: only the state and its date change.
  const moved = parent
    .replace('status: submitted', 'status: evaluating')
    .replace('stage_since: 2026-03-02', 'stage_since: 2026-03-10');
  commitFiles(root, { [PARENT]: moved }, 'parent evaluated', PM, at('10'));
  await snapshot();
  const edited = moved.replace('库存低于安全线时提醒', '库存低于安全线时短信提醒');
  commitFiles(root, { [PARENT]: edited }, 'parent edited', PM, at('12'));
  await snapshot();
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const suspectsOf = (model: SiteModel | undefined) =>
  model?.documents.find((document) => document.id === 'REQ-0002')?.suspect;

it('does not flag a link whose target only moved state since', () => {
  expect(suspectsOf(models[0])).toEqual([]);
});

it('flags it once the target’s content changes, dated by git', () => {
  expect(suspectsOf(models[1])).toEqual([
    { id: 'REQ-0003', changed: '2026-03-12', since: '2026-03-05', basis: 'stage' },
  ]);
});
