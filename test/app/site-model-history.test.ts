/**
 * What the site model reads from git beside the content (issue 5, point 2): a customer's tier
 * history with earlier values and who approved each change where a sign-off record says so, and
 * the redline of two releases over the requirement texts as they were at each release's baseline
 * or release date. A real temporary repository with fixed dates.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteModel, type SiteModel } from '../../src/app/site-model.ts';
import { assembleSignoffRecord } from '../../src/core/signoff-record.ts';
import { CUSTOMER, requirement } from '../helpers/documents.ts';
import { commitFiles, DEV, git, mergeBranch, PM } from '../helpers/git.ts';
import { createFixtureRepo } from '../helpers/repo.ts';

const CUS_001 = 'content/customers/CUS-001/customer.md';
const CUS_002 = 'content/customers/CUS-002/customer.md';
const REQ_1 = 'content/requirements/REQ-0001.md';
const REQ_2 = 'content/requirements/REQ-0002.md';
const FINGERPRINT = `sha256:${'a'.repeat(64)}`;

const second = CUSTOMER.replaceAll('CUS-001', 'CUS-002')
  .replace('华东鲜食品有限公司', '乙方超市有限公司')
  .replace('tier: A', 'tier: C');
const release = (id: string, status: string, requirements: string, extra: string) => `---
id: ${id}
title: 版本 ${id}
status: ${status}
stage_since: 2026-04-01
version: ${id === 'REL-001' ? 'V1.0' : 'V1.1'}
planned_on: ${id === 'REL-001' ? '2026-04-01' : '2026-09-01'}
${extra}requirements: [${requirements}]
---
`;

let root: string;
let model: SiteModel;
let tierMerge: string;

beforeAll(async () => {
  root = createFixtureRepo({});
  git(root, ['init', '--quiet', '--initial-branch=main']);
  const b = CUSTOMER.replace('tier: A', 'tier: B');
  commitFiles(
    root,
    { [CUS_001]: b, [CUS_002]: second, [REQ_1]: requirement('REQ-0001') },
    'Customers and the first requirement',
    PM,
    '2026-03-01T09:00:00+08:00',
  );
  git(root, ['tag', 'baseline/REL-001']);
  const edited = requirement('REQ-0001').replace(
    '库存低于安全线时提醒',
    '库存低于安全线时短信提醒',
  );
  commitFiles(root, { [REQ_1]: edited }, 'REQ-0001: SMS', DEV, '2026-05-01T09:00:00+08:00');
  git(root, ['checkout', '--quiet', '-b', 'tier-a']);
  const head = commitFiles(
    root,
    { [CUS_001]: CUSTOMER },
    'CUS-001 to A',
    DEV,
    '2026-05-02T09:00:00+08:00',
  );
  git(root, ['checkout', '--quiet', 'main']);
  tierMerge = mergeBranch(
    root,
    'tier-a',
    'Merge pull request #12 from team/tier-a',
    PM,
    '2026-05-03T10:00:00+08:00',
  );
  writeRecord(root, head, tierMerge);
  commitFiles(
    root,
    {
      [CUS_002]: second.replace('tier: C', 'tier: B'),
      [REQ_2]: requirement('REQ-0002'),
      'content/releases/REL-001.md': release(
        'REL-001',
        'released',
        'REQ-0001',
        'released_on: 2026-04-01\nbaseline: baseline/REL-001\n',
      ),
      'content/releases/REL-002.md': release(
        'REL-002',
        'released',
        'REQ-0001, REQ-0002',
        'released_on: 2026-09-01\nbaseline: baseline/missing\n',
      ),
    },
    'CUS-002 to B without a pull request; releases',
    PM,
    '2026-09-02T09:00:00+08:00',
  );
  const result = await loadSiteModel({ root, audience: 'internal', today: '2026-11-28' });
  if (!result.ok) throw new Error(result.message);
  model = result.model;
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function writeRecord(repo: string, head: string, merge: string): void {
  const record = assembleSignoffRecord(
    {
      pullRequest: {
        number: 12,
        url: 'https://github.com/acme/requirements/pull/12',
        author: { login: 'lintao-yf', id: 3001 },
        headCommit: head,
      },
      mergeCommit: merge,
      baseCommit: head,
      mergedAt: '2026-05-03T02:00:00Z',
      mergedBy: { login: 'zhaolei-yf', id: 2002 },
      recordedAt: '2026-05-03T02:01:00Z',
    },
    {
      satisfied: true,
      documents: [{ id: 'CUS-001', path: CUS_001 }],
      signers: [
        {
          personId: 'zhou-min',
          name: '周敏',
          roles: ['general-manager'],
          via: 'review',
          login: 'zhoumin-yf',
          userId: 4004,
          reviewId: 9100,
          commitId: head,
          submittedAt: '2026-05-02T08:00:00Z',
          documents: ['CUS-001'],
        },
      ],
      missing: [],
    },
    {
      fingerprintAtMerge: () => FINGERPRINT,
      fingerprintAt: () => FINGERPRINT,
      sha256AtMerge: () => undefined,
    },
  );
  mkdirSync(join(repo, 'signoffs'), { recursive: true });
  writeFileSync(join(repo, 'signoffs', 'pr-12.json'), `${JSON.stringify(record, null, 2)}\n`);
}

const customer = (id: string) => model.customers.find((item) => item.id === id);

describe('tier history', () => {
  it('shows the first tier, then the change from B to A with who approved it', () => {
    const history = customer('CUS-001')?.tierHistory ?? [];
    expect(
      history.map((entry) => [entry.event, entry.date, entry.from?.tier, entry.to.tier]),
    ).toEqual([
      ['created', '2026-03-01', undefined, 'B'],
      ['changed', '2026-05-03', 'B', 'A'],
    ]);
    const change = history[1];
    expect(change?.commit).toBe(tierMerge);
    expect(change?.pullRequest).toBe(12);
    expect(change?.approvals.map((approval) => [approval.who, approval.role?.en])).toEqual([
      ['周敏', 'General manager'],
    ]);
  });

  it('has no approvals for a change no sign-off record covers', () => {
    const history = customer('CUS-002')?.tierHistory ?? [];
    expect(history.map((entry) => `${entry.from?.tier ?? '-'}→${entry.to.tier ?? '-'}`)).toEqual([
      '-→C',
      'C→B',
    ]);
    expect(history[1]?.approvals).toEqual([]);
  });
});

describe('release redline', () => {
  it('compares the texts as stored at each release, not the current ones', () => {
    const diff = model.releaseDiffs.find((item) => item.to === 'REL-002');
    const changed = diff?.lines.find((line) => line.id === 'REQ-0001');
    expect(changed?.op).toBe('changed');
    expect(changed?.before).toContain('AC-1 库存低于安全线时提醒');
    expect(changed?.after).toContain('AC-1 库存低于安全线时短信提醒');
    expect(changed?.before).toContain('需求背景');
    const added = diff?.lines.find((line) => line.id === 'REQ-0002');
    expect(added?.op).toBe('added');
    // An added requirement shows its title and criteria; its body is on its own page.
    expect(added?.after).toBe('库存预警\n\nAC-1 库存低于安全线时提醒');
    expect([diff?.added, diff?.removed, diff?.changed]).toEqual([1, 0, 1]);
  });

  it('says which basis each release used', () => {
    const basis = (id: string) => model.releases.find((item) => item.id === id)?.basis;
    expect(basis('REL-001')).toMatchObject({ kind: 'baseline', baseline: 'baseline/REL-001' });
    expect(basis('REL-001')?.commit).toMatch(/^[0-9a-f]{40}$/);
    // The baseline names no commit here: the texts as of its release date, said honestly.
    expect(basis('REL-002')).toEqual({
      kind: 'date',
      date: '2026-09-01',
      unresolved: 'baseline/missing',
      current: ['REQ-0002'],
    });
  });
});
