import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outdent } from 'outdent';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFixtureRepo, FIXTURE_PEOPLE, runDocket, writeFiles } from '../helpers/repo.ts';

/** A requirement with what list/show read; the rest of the schema does not matter here. */
function requirement(id: string, fields: string): string {
  return outdent`
    ---
    id: ${id}
    title: Title of ${id}
    submitted_on: 2026-02-20
    requested_by: 张华
    source: { type: visit }
    confidentiality: internal
    acceptance_criteria:
      - { id: AC-1, text: Alerts reach the warehouse head by 8:00, method: test }
    ${fields}
    ---
    Body.
  `;
}

const customer = (id: string, fields: string) => outdent`
  ---
  id: ${id}
  name: ${id} Company Ltd.
  stage_since: 2024-01-01
  industry: 食品加工
  region: 浙江杭州
  account_manager: wang-fang
  contacts:
    - { name: 张华, phone: "13812345678" }
  ${fields}
  ---
`;

const FILES = {
  'content/customers/CUS-001/customer.md': customer(
    'CUS-001',
    outdent`
    short_name: Fresh
    status: active
    since: 2020-01-01
    tier: A
    transactions:
      - { year: 2025, sales: 320, collection_rate: 0.9 }
  `,
  ),
  'content/customers/CUS-002/customer.md': customer(
    'CUS-002',
    'short_name: Newco\nstatus: new\nsince: 2026-05-10\ntier: C\ntier_temporary: true',
  ),
  'content/customers/CUS-001/complaints/2026-03-05-late-alerts.md':
    '---\ndate: 2026-03-05\nstatus: received\nstage_since: 2026-03-05\nseverity: minor\nchannel: phone\nsummary: Alerts arrive late\nhandled_by: wang-fang\n---\n',
  'content/customers/CUS-001/surveys/2026-01-10-wang-fang.md':
    '---\ndate: 2026-01-10\nsurveyed_by: wang-fang\nscore: 4\ncomments: Good service\n---\n',
  'content/requirements/REQ-0001.md': requirement(
    'REQ-0001',
    'status: submitted\nstage_since: 2026-03-02\ncustomer: CUS-001\nimportance: important\nurgency: urgent',
  ),
  'content/requirements/REQ-0002.md': requirement(
    'REQ-0002',
    'status: submitted\nstage_since: 2026-03-09\ncustomer: CUS-001\nimportance: very-important\nurgency: urgent',
  ),
  'content/requirements/REQ-0003.md': requirement(
    'REQ-0003',
    'status: submitted\nstage_since: 2026-03-08\ncustomer: CUS-001\nimportance: important\nurgency: urgent',
  ),
  'content/requirements/REQ-0004.md': requirement(
    'REQ-0004',
    'status: evaluating\nstage_since: 2026-02-01\ncustomer: CUS-002\nowner: zhao-lei\nparent: REQ-0001\nimportance: important\nurgency: urgent',
  ),
  'content/requirements/REQ-0005.md': requirement(
    'REQ-0005',
    'status: draft\nstage_since: 2025-01-01\nimportance: normal\nurgency: normal',
  ),
  'content/changes/CR-0001.md':
    '---\nid: CR-0001\ntitle: Per-category thresholds\nstatus: proposed\nstage_since: 2026-03-03\nrequirements: [REQ-0001]\nrequested_by: 张华\nreason: Different turnover\nchange: { before: 30 days for all, after: per category }\n---\n',
  'content/releases/REL-001.md':
    '---\nid: REL-001\ntitle: Spring\nstatus: planned\nstage_since: 2026-01-05\nversion: V3.1\nplanned_on: 2026-04-01\nrequirements: [REQ-0001, REQ-0002]\n---\n',
};

const idsIn = (stdout: string) => [...stdout.matchAll(/^(REQ-\d{4})\b/gm)].map((match) => match[1]);

describe('docket list', () => {
  let root = '';
  beforeAll(() => {
    root = createFixtureRepo(FILES);
  });
  const list = (...args: string[]) => runDocket(root, ['list', ...args]);

  it('sorts by priority, then overdue, then days in stage, and marks what is overdue', () => {
    const result = list('--today', '2026-03-10');
    expect(result.status).toBe(0);
    expect(idsIn(result.stdout)).toEqual([
      'REQ-0002',
      'REQ-0004',
      'REQ-0001',
      'REQ-0003',
      'REQ-0005',
    ]);
    const line = (id: string) =>
      result.stdout.split('\n').find((each) => each.startsWith(id)) ?? '';
    expect(line('REQ-0004')).toMatch(/Evaluating\s+P2\s+赵磊\s+Newco\s+37\s+10\s+⚠ overdue$/);
    expect(line('REQ-0001')).toMatch(/Submitted\s+P2\s+—\s+Fresh\s+8\s+3\s+⚠ overdue$/);
    expect(line('REQ-0003')).not.toContain('overdue');
    expect(result.stdout).toContain('5 listed, 2 overdue (as of 2026-03-10).');
  });

  it('takes today from DOCKET_TODAY, so overdue depends on the date', () => {
    const early = runDocket(root, ['list', '--overdue'], { DOCKET_TODAY: '2026-03-04' });
    expect(idsIn(early.stdout)).toEqual(['REQ-0004']);
    const late = runDocket(root, ['list', '--overdue', '--today', '2026-03-31'], {
      DOCKET_TODAY: '2026-03-04',
    });
    expect(idsIn(late.stdout)).toEqual(['REQ-0002', 'REQ-0004', 'REQ-0001', 'REQ-0003']);
  });

  it.each([
    [['--customer', 'CUS-002'], ['REQ-0004']],
    [
      ['--state', 'submitted'],
      ['REQ-0002', 'REQ-0001', 'REQ-0003'],
    ],
    [['--priority', 'P1'], ['REQ-0002']],
    [['--owner', 'zhao-lei'], ['REQ-0004']],
    [['--customer', 'CUS-001', '--overdue'], ['REQ-0001']],
  ])('filters with %j', (args, expected) => {
    expect(idsIn(list('--today', '2026-03-10', ...args).stdout)).toEqual(expected);
  });

  it('refuses a filter value that does not exist, with a hint, instead of an empty list', () => {
    const result = list('--state', 'submited');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('`--state` has `submited`');
    expect(result.stderr).toContain('(`submitted`?)');
    expect(list('customers', '--priority', 'P1').stderr).toContain(
      '`--priority` works only with `docket list requirements`.',
    );
  });

  it('prints machine-readable JSON', () => {
    const result = list('--format', 'json', '--today', '2026-03-10', '--customer', 'CUS-002');
    const report = JSON.parse(result.stdout) as {
      kind: string;
      today: string;
      count: number;
      items: Record<string, unknown>[];
    };
    expect(report).toMatchObject({ kind: 'requirements', today: '2026-03-10', count: 1 });
    expect(report.items[0]).toEqual({
      id: 'REQ-0004',
      title: 'Title of REQ-0004',
      priority: 'P2',
      status: 'evaluating',
      status_label: 'Evaluating',
      owner: 'zhao-lei',
      owner_name: '赵磊',
      customers: ['CUS-002'],
      customer_names: ['Newco'],
      stage_since: '2026-02-01',
      age_days: 37,
      limit_days: 10,
      overdue: true,
      path: 'content/requirements/REQ-0004.md',
    });
  });

  it('prints CSV with a header row and a byte-order mark for Excel', () => {
    const result = list('--format', 'csv', '--today', '2026-03-10', '--state', 'evaluating');
    expect(result.stdout.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = result.stdout.slice(1).trim().split('\n');
    expect(header).toBe(
      'id,title,priority,status,status_label,owner,owner_name,customers,customer_names,stage_since,age_days,limit_days,overdue,path',
    );
    expect(rows).toEqual([
      'REQ-0004,Title of REQ-0004,P2,evaluating,Evaluating,zhao-lei,赵磊,CUS-002,Newco,2026-02-01,37,10,true,content/requirements/REQ-0004.md',
    ]);
  });

  it("lists records of one kind and changes by their requirements' customer", () => {
    const records = list('records', '--kind', 'complaint', '--today', '2026-03-10');
    expect(records.stdout).toMatch(
      /^CUS-001\/complaints\/2026-03-05-late-alerts\s+complaint\s+Received\s+王芳\s+Alerts arrive late\s+5\s+1\s+⚠ overdue$/m,
    );
    expect(records.stdout).not.toContain('surveys');
    expect(list('changes', '--customer', 'CUS-001', '--today', '2026-03-10').stdout).toMatch(
      /^CR-0001\s+Per-category thresholds\s+Proposed\s+REQ-0001\s+Fresh\s+7\s+3\s+⚠ overdue$/m,
    );
  });

  it('speaks Chinese when asked', () => {
    const result = list('--today', '2026-03-10', '--lang', 'zh-CN');
    expect(result.stdout).toMatch(/^REQ-0004 .*评估中\s+P2 .*⚠ 超期$/m);
    expect(result.stdout).toContain('共 5 条,其中 2 条超期(按 2026-03-10 计算)。');
  });

  it('rejects a --today that is not a calendar date with exit 2', () => {
    const result = list('--today', '2026-02-30');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('`--today` has `2026-02-30`, which is not valid');
    expect(runDocket(root, ['list'], { DOCKET_TODAY: 'tomorrow' }).stderr).toContain(
      'DOCKET_TODAY has `tomorrow`',
    );
  });
});

describe('docket list customers --tier-review', () => {
  let root = '';
  beforeAll(() => {
    root = createFixtureRepo(FILES);
  });

  it('shows the suggested tier where it differs, the due temporary tier, who signs, and the demo note', () => {
    const result = runDocket(root, ['list', 'customers', '--tier-review', '--today', '2026-11-26']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2025 figures');
    expect(result.stdout).toMatch(/^CUS-001\s+Fresh\s+320\s+90%\s+B\s+A\s+✱\s*$/m);
    expect(result.stdout).toMatch(
      /^CUS-002\s+Newco\s+—\s+—\s+—\s+C \(temporary\)\s+2026-11-10 ⚠ due$/m,
    );
    expect(result.stdout).toContain(
      'CUS-001 Fresh: suggested change from tier A to tier B, to be approved by 刘强 (Sales head)',
    );
    expect(result.stdout).toContain(
      'CUS-002 Newco: temporary tier due for review since 2026-11-10',
    );
    expect(result.stdout).toContain('these thresholds are invented for the demo');
  });

  it('names who reviews and who approves in a sentence, in both languages', () => {
    const upgrade = createFixtureRepo({
      'content/customers/CUS-001/customer.md': customer(
        'CUS-001',
        'short_name: Fresh\nstatus: active\nsince: 2020-01-01\ntier: B\ntransactions:\n  - { year: 2025, sales: 600, collection_rate: 0.97 }',
      ),
    });
    try {
      const tierReview = (...args: string[]) =>
        runDocket(upgrade, ['list', 'customers', '--tier-review', '--today', '2026-11-26', ...args])
          .stdout;
      expect(tierReview()).toContain(
        'CUS-001 Fresh: suggested change from tier B to tier A, to be reviewed by 刘强 (Sales head) and approved by 周敏 (General manager)\n',
      );
      expect(tierReview('--lang', 'zh-CN')).toContain(
        'CUS-001 Fresh: 建议由 B 类调整为 A 类,须经刘强(销售部长)审核,再由周敏(总经理)审批\n',
      );
      writeFiles(upgrade, {
        'content/config/people.yaml': FIXTURE_PEOPLE.replace(/^.*zhou-min.*\n/m, ''),
      });
      expect(tierReview()).toContain(
        'to be reviewed by 刘强 (Sales head) and approved by the General manager (nobody in people.yaml has this role)\n',
      );
    } finally {
      rmSync(upgrade, { recursive: true, force: true });
    }
  });

  it('leaves confidential figures out of JSON unless asked', () => {
    const hidden = JSON.parse(
      runDocket(root, [
        'list',
        'customers',
        '--tier-review',
        '--format',
        'json',
        '--today',
        '2026-11-26',
      ]).stdout,
    ) as { items: Record<string, unknown>[] };
    expect(hidden.items[0]).toMatchObject({
      customer: 'CUS-001',
      suggested: 'B',
      current: 'A',
      differs: true,
      signers: ['刘强'],
    });
    expect(hidden.items[0]).not.toHaveProperty('sales');
    const shown = JSON.parse(
      runDocket(root, [
        'list',
        'customers',
        '--tier-review',
        '--format',
        'json',
        '--include-confidential',
        '--today',
        '2026-11-26',
      ]).stdout,
    ) as { items: Record<string, unknown>[] };
    expect(shown.items[0]).toMatchObject({ sales: 320, collection_rate: 0.9 });
  });
});

describe('docket show', () => {
  let root = '';
  beforeAll(() => {
    root = createFixtureRepo(FILES);
  });
  const show = (...args: string[]) => runDocket(root, ['show', ...args]);

  it("shows a requirement's progress, links from other documents and next states", () => {
    const result = show('REQ-0001', '--today', '2026-03-10');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Status\s+Submitted · ⚠ overdue by 5 days \(8 days in stage \/ limit 3\)$/m,
    );
    expect(result.stdout).toMatch(/^Priority\s+P2 High \(Important × Urgent\)$/m);
    expect(result.stdout).toMatch(/^Customer\s+CUS-001 Company Ltd\. \(CUS-001\)$/m);
    expect(result.stdout).toMatch(
      /^ {2}AC-1 {2}Alerts reach the warehouse head by 8:00 \(Test\)$/m,
    );
    expect(result.stdout).toMatch(/^ {2}Children\s+REQ-0004 Evaluating$/m);
    expect(result.stdout).toMatch(/^ {2}Change requests\s+CR-0001 Proposed$/m);
    expect(result.stdout).toMatch(/^ {2}Releases\s+REL-001 Planned$/m);
    expect(result.stdout).toMatch(/^May move to\s+Evaluating, Rejected, On hold, Cancelled$/m);
  });

  it('shows — for the importance and urgency an invalid requirement leaves out, never `undefined`', () => {
    const path = join(root, 'content/requirements/REQ-0001.md');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace(/^importance: .*\n/m, '').replace(/^urgency: .*\n/m, ''));
    try {
      const result = show('REQ-0001', '--today', '2026-03-10');
      expect(result.stdout).toMatch(/^Priority\s+.*\(— × —\)$/m);
      expect(result.stdout).not.toContain('undefined');
    } finally {
      writeFileSync(path, original);
    }
  });

  it('never shows a negative age when today is before stage_since', () => {
    const result = show('REQ-0001', '--today', '2026-01-01');
    expect(result.stdout).toMatch(
      /^Status\s+Submitted · the stage starts on 2026-03-02, after today \(2026-01-01\), so no days count yet; check stage_since$/m,
    );
    expect(result.stdout).not.toMatch(/-\d+ days|overdue/);
    const zh = show('REQ-0001', '--today', '2026-01-01', '--lang', 'zh-CN');
    expect(zh.stdout).toContain(
      '已提交 · 本阶段自 2026-03-02 起,晚于今天(2026-01-01),尚未计时;请检查 stage_since',
    );
  });

  it('shows a customer with the tier the rules suggest, open requirements and records', () => {
    const result = show('CUS-001', '--today', '2026-11-26');
    expect(result.stdout).toContain(
      '2025: sales 320 万元, collection rate 90%: the rules suggest tier B; the current tier is A.',
    );
    expect(result.stdout).toContain(
      'suggested change from tier A to tier B, to be approved by 刘强 (Sales head)',
    );
    expect(result.stdout).toContain('Open requirements (3 of 3)');
    expect(result.stdout).toMatch(/^ {2}2026-03-05\s+complaint\s+Received\s+Alerts arrive late$/m);
    expect(result.stdout).toMatch(/^ {2}2026-01-10\s+survey\s+score 4\s+Good service$/m);
    expect(show('CUS-002', '--today', '2026-11-26').stdout).toContain(
      'temporary tier due for review since 2026-11-10',
    );
  });

  it('keeps confidential fields out of JSON', () => {
    const result = JSON.parse(
      show('CUS-001', '--format', 'json', '--today', '2026-11-26').stdout,
    ) as {
      data: { contacts: Record<string, unknown>[]; transactions: Record<string, unknown>[] };
      open_requirements: number;
    };
    expect(result.open_requirements).toBe(3);
    expect(result.data.contacts).toEqual([{ name: '张华' }]);
    expect(result.data.transactions).toEqual([{ year: 2025 }]);
  });

  it('says an unknown ID does not exist, suggests the closest one, and exits 1', () => {
    const result = show('REQ-00004');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'No document has the ID `REQ-00004`. Did you mean `REQ-0004`?',
    );
    expect(result.stdout).toBe('');
    // A machine asking for JSON gets JSON on stdout too.
    const json = show('REQ-00004', '--format', 'json');
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({
      error: {
        rule: 'progress/unknown-id-hint',
        value: 'REQ-00004',
        message: 'No document has the ID `REQ-00004`. Did you mean `REQ-0004`?',
      },
    });
  });

  it('tells the user to run validate when the configuration is broken', () => {
    const broken = createFixtureRepo(FILES);
    rmSync(join(broken, 'content', 'config', 'priority.yaml'));
    const result = runDocket(broken, ['show', 'REQ-0001']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'The configuration in content/config cannot be read, so progress cannot be computed. Run `docket validate` to see why.',
    );
  });

  it('needs exactly one ID (exit 2)', () => {
    expect(show().status).toBe(2);
    expect(show('REQ-0001', 'REQ-0002').stderr).toContain('Usage: docket show <ID>');
  });
});
