/**
 * The site model over a small fixture repository: a change request and a release that concern
 * two customers, as each customer's portal sees them; labels, formats, links both ways, suspects.
 */
import { rmSync } from 'node:fs';
import { outdent } from 'outdent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteModel, type SiteModel } from '../../src/app/site-model.ts';
import { MASK } from '../../src/core/site/mask.ts';
import { commitFiles, DEV, git, PM } from '../helpers/git.ts';
import { createFixtureRepo } from '../helpers/repo.ts';
import { loadSiteModels } from '../helpers/site-models.ts';

const customer = (id: string, name: string, short: string, contact: string) => outdent`
  ---
  id: ${id}
  name: ${name}
  short_name: ${short}
  status: active
  stage_since: 2024-01-01
  industry: 食品加工
  region: 浙江杭州
  account_manager: wang-fang
  department: 销售部
  since: 2020-01-01
  tier: A
  contacts:
    - { name: ${contact}, role: 经理, phone: "13800000001" }
  ---
`;

const requirement = (id: string, owner: string, extra = '') => outdent`
  ---
  id: ${id}
  title: 需求 ${id} 的标题
  status: in-development
  stage_since: 2026-11-01
  submitted_on: 2026-10-01
  customer: ${owner}
  requested_by: 客户代表
  owner: zhao-lei
  source: { type: visit }
  importance: important
  urgency: urgent
  confidentiality: internal
  acceptance_criteria:
    - { id: AC-1, text: 能在手机上查看 }
  ${extra}
  ---
  正文第一行
  第二行。
`;

const FILES = {
  'content/customers/CUS-001/customer.md': customer('CUS-001', '甲方食品有限公司', '甲方', '李雷'),
  'content/customers/CUS-002/customer.md': customer('CUS-002', '乙方超市有限公司', '乙方', '韩梅'),
  'content/requirements/REQ-0001.md': requirement('REQ-0001', 'CUS-001'),
  'content/requirements/REQ-0002.md': requirement('REQ-0002', 'CUS-002', 'parent: REQ-0003'),
  'content/requirements/REQ-0003.md': requirement('REQ-0003', 'CUS-002').replace(
    'stage_since: 2026-11-01',
    'stage_since: 2026-11-20',
  ),
  'content/changes/CR-0001.md': outdent`
    ---
    id: CR-0001
    title: 两家客户共同的变更
    status: awaiting-approval
    stage_since: 2026-11-10
    requirements: [REQ-0001, REQ-0002]
    requested_by: 李雷
    requested_on: 2026-11-01
    reason: >-
      甲方和乙方都需要
      短信提醒,乙方的韩梅也确认过 REQ-0002。
    change: { before: 无, after: 有 }
    impact: { level: low, scope: 告警, schedule_days: 2, cost: 2.5, risk: 低 }
    ---
    乙方超市有限公司(CUS-002)与甲方一起提出。
  `,
  'content/releases/REL-001.md': outdent`
    ---
    id: REL-001
    title: V1.0
    status: planned
    stage_since: 2026-11-01
    version: V1.0
    planned_on: 2026-12-01
    requirements: [REQ-0001, REQ-0002, REQ-0003]
    ---
  `,
};

let root: string;
const models = new Map<string, SiteModel>();
beforeAll(async () => {
  root = createFixtureRepo(FILES);
  const audiences = ['internal', 'customer:CUS-001', 'customer:CUS-002', 'public'];
  for (const [audience, model] of await loadSiteModels(root, audiences))
    models.set(audience, model);
}, 60_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const model = (audience: string) => models.get(audience) as SiteModel;
const documentIn = (audience: string, id: string) =>
  model(audience).documents.find((document) => document.id === id);

describe('a change request about two customers', () => {
  it.each([
    ['customer:CUS-001', 'REQ-0001', 'REQ-0002', ['乙方', '韩梅', 'CUS-002']],
    ['customer:CUS-002', 'REQ-0002', 'REQ-0001', ['甲方', '李雷', 'CUS-001']],
  ])('%s sees it with only its own requirement', (audience, own, other, names) => {
    const change = documentIn(audience, 'CR-0001');
    expect(change?.links.map((link) => link.id)).toEqual([own]);
    const text = JSON.stringify(change);
    for (const hidden of [...names, other]) expect(text, hidden).not.toContain(hidden);
    expect(text).toContain(MASK);
    expect(JSON.stringify(model(audience))).not.toContain('13800000001');
  });

  it('is hidden from the public audience, with both customers', () => {
    expect(model('public').documents).toEqual([]);
    expect(model('public').customers).toEqual([]);
  });

  it('shows everything to insiders, with the folded reason joined and zh/en formats', () => {
    const change = documentIn('internal', 'CR-0001');
    const reason = change?.fields.find((field) => field.key === 'reason');
    expect(reason?.label).toEqual({ 'zh-CN': '变更原因', en: expect.any(String) as string });
    expect(reason?.text?.['zh-CN']).toContain('都需要短信提醒');
    const impact = change?.fields.find((field) => field.key === 'impact');
    const cost = impact?.fields?.find((field) => field.key === 'cost');
    expect(cost?.text).toEqual({ 'zh-CN': '2.5 万元', en: 'CNY 25,000' });
    const requested = change?.fields.find((field) => field.key === 'requested_on');
    expect(requested?.text).toEqual({ 'zh-CN': '2026年11月1日', en: 'Nov 1, 2026' });
    expect(change?.body).toContain('乙方超市有限公司(CUS-002)');
  });
});

describe('change requests awaiting approval', () => {
  it('say whose approval they still need, by the approval policy', () => {
    const [item] = model('internal').dashboard.awaitingApproval;
    expect(item?.id).toBe('CR-0001');
    // Both customers are tier A: each representative, a project manager and the sales head.
    expect(item?.waitingOn?.en).toMatch(/^0 of 4 required approvals: /);
    for (const who of ['representative of 甲方', 'representative of 乙方', 'project manager'])
      expect(item?.waitingOn?.en).toContain(who);
    expect(item?.waitingOn?.['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('name no other customer in a portal', () => {
    const [item] = model('customer:CUS-001').dashboard.awaitingApproval;
    expect(item?.waitingOn?.en).toContain('representative of 甲方');
    expect(item?.waitingOn?.en).not.toContain('乙方');
    expect(item?.waitingOn?.en).toContain(MASK);
  });
});

describe('links both ways and suspect links', () => {
  it('computes reverse links from the other side', () => {
    const requirement = documentIn('internal', 'REQ-0001');
    expect(requirement?.backlinks.map((link) => `${link.code} ${link.id}`).sort()).toEqual([
      'changes CR-0001',
      'releases REL-001',
    ]);
    const parent = documentIn('internal', 'REQ-0003');
    expect(parent?.backlinks.map((link) => `${link.code} ${link.id}`)).toContain(
      'children REQ-0002',
    );
    expect(parent?.body.trim()).toBe('正文第一行第二行。');
  });

  it('flags a link to a document that changed after this one entered its state', () => {
    const child = documentIn('internal', 'REQ-0002');
    expect(child?.suspect).toEqual([
      { id: 'REQ-0003', changed: '2026-11-20', since: '2026-11-01', basis: 'stage' },
    ]);
    expect(documentIn('internal', 'REQ-0001')?.suspect).toEqual([]);
  });

  it('says honestly that there is no history nor sign-off record outside git', () => {
    const change = documentIn('internal', 'CR-0001');
    expect(change?.signoffs).toEqual([]);
    expect(change?.history).toBe('none');
  });
});

describe('the revision record from git', () => {
  let repo: string;
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
  });

  it('lists who changed a document when, its state moves, and dates it by its last commit', async () => {
    repo = createFixtureRepo(FILES);
    git(repo, ['init', '--quiet', '--initial-branch=main']);
    commitFiles(repo, {}, 'Add the fixture', PM, '2026-11-02T09:00:00+08:00');
    const moved = FILES['content/requirements/REQ-0003.md'].replace(
      'status: in-development',
      'status: in-test',
    );
    commitFiles(
      repo,
      { 'content/requirements/REQ-0003.md': moved },
      'REQ-0003 to test',
      DEV,
      '2026-11-25T10:30:00+08:00',
    );
    const result = await loadSiteModel({ root: repo, audience: 'internal', today: '2026-11-28' });
    if (!result.ok) throw new Error(result.message);
    const requirement = result.model.documents.find((document) => document.id === 'REQ-0003');
    expect(requirement?.history).toBe('git');
    expect(
      requirement?.revisions.map((revision) => [
        revision.date,
        revision.author,
        revision.from?.code ?? null,
        revision.to?.code ?? null,
      ]),
    ).toEqual([
      ['2026-11-02', PM.name, null, 'in-development'],
      ['2026-11-25', DEV.name, 'in-development', 'in-test'],
    ]);
    expect(requirement?.updated).toBe('2026-11-25');
    expect(requirement?.signoffs).toEqual([]);
    expect(result.model.commit).toMatch(/^[0-9a-f]{40}$/);
  }, 60_000);
});

describe('dashboard, releases and traceability', () => {
  it('counts what the audience sees and lists change requests awaiting approval', () => {
    const { dashboard } = model('customer:CUS-001');
    expect(dashboard.awaitingApproval.map((item) => item.id)).toEqual(['CR-0001']);
    expect(dashboard.byCustomer.map((row) => `${row.key} ${row.count}`)).toEqual(['CUS-001 1']);
    const inDevelopment = dashboard.byState.requirement?.find(
      (row) => row.key === 'in-development',
    );
    expect(inDevelopment?.count).toBe(1);
    expect(model('internal').dashboard.byCustomer.map((row) => `${row.key} ${row.count}`)).toEqual([
      'CUS-002 2',
      'CUS-001 1',
    ]);
  });

  it('puts in a release only the requirements the audience sees', () => {
    expect(model('customer:CUS-002').releases[0]?.requirements.map((ref) => ref.id)).toEqual([
      'REQ-0002',
      'REQ-0003',
    ]);
  });

  it('maps parents to their children', () => {
    const rows = model('internal').traceability.parents.rows;
    expect(rows.map((row) => `${row.id} ${row.marks.join(',')}`)).toEqual(['REQ-0003 REQ-0002']);
  });
});
