import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { outdent } from 'outdent';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanRepoFiles, requirement } from '../helpers/documents.ts';
import { createFixtureRepo, readRepoFile, runDocket } from '../helpers/repo.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function fixture(files: Record<string, string> = {}): string {
  const root = createFixtureRepo({ ...cleanRepoFiles(), ...files });
  roots.push(root);
  return root;
}

const TODAY = { DOCKET_TODAY: '2026-11-26' };
const REQUIREMENT_FLAGS = [
  'new',
  'requirement',
  '--customer',
  'CUS-001',
  '--title',
  '冷库温度日报',
  '--requested-by',
  '王芳',
  '--importance',
  'important',
  '--urgency',
  'urgent',
  '--source',
  'visit',
  '--criterion',
  '每日8点生成日报',
  '--criterion',
  '超温时段标红',
  '--background',
  '品质部每天手工导出温度数据。',
  '--content',
  '按冷库生成日报,可导出PDF。',
];

describe('docket new (no terminal)', () => {
  it('creates the next requirement, which passes docket validate', () => {
    const root = fixture({ 'content/requirements/REQ-0007.md': requirement('REQ-0007') });
    const result = runDocket(root, REQUIREMENT_FLAGS, TODAY);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      '✔ Created requirement REQ-0008: content/requirements/REQ-0008.md',
    );
    expect(result.stdout).toContain('Status: Submitted (since 2026-11-26)');
    expect(result.stdout).toContain('Priority: P2 High');
    expect(result.status).toBe(0);
    expect(readRepoFile(root, 'content/requirements/REQ-0008.md')).toBe(outdent`
      ---
      id: REQ-0008
      title: 冷库温度日报
      status: submitted
      stage_since: "2026-11-26"
      submitted_on: "2026-11-26"
      customer: CUS-001
      requested_by: 王芳
      source:
        type: visit
      importance: important
      urgency: urgent
      confidentiality: internal
      acceptance_criteria:
        - id: AC-1
          text: 每日8点生成日报
        - id: AC-2
          text: 超温时段标红
      ---

      ## 需求背景

      品质部每天手工导出温度数据。

      ## 需求内容

      按冷库生成日报,可导出PDF。

    `);
    const validate = runDocket(root, ['validate']);
    expect(validate.stdout).toContain('no problems found');
    expect(validate.status).toBe(0);
  });

  it('accepts the zh labels for importance and urgency', () => {
    const root = fixture();
    const flags = REQUIREMENT_FLAGS.map((arg) =>
      arg === 'important' ? '非常重要' : arg === 'urgent' ? '一般' : arg,
    );
    const result = runDocket(root, flags, TODAY);
    expect(result.stdout).toContain('Priority: P2 High');
    expect(readRepoFile(root, 'content/requirements/REQ-0002.md')).toContain(
      'importance: very-important\nurgency: normal\n',
    );
  });

  it.each([[{}], [{ CI: 'true' }]])(
    'lists every missing flag in one message and exits 2 (env %j)',
    (env) => {
      const root = fixture();
      const result = runDocket(root, ['new', 'requirement', '--title', 'x'], { ...TODAY, ...env });
      expect(result.stderr.trim()).toBe(
        'No terminal to ask in, and these required flags are missing: --customer/--department --requested-by --background --content --criterion --importance --urgency --source. Add them, or run `docket new requirement` in a terminal to be asked.',
      );
      expect(result.status).toBe(2);
      expect(existsSync(join(root, 'content/requirements/REQ-0002.md'))).toBe(false);
    },
  );

  it('refuses a bad value before anything else, naming the choices', () => {
    const result = runDocket(fixture(), ['new', 'requirement', '--urgency', 'asap'], TODAY);
    expect(result.stderr).toContain(
      '`--urgency` has `asap`, which is not valid: one of `very-urgent`(Very urgent), `urgent`(Urgent), `normal`(Normal).',
    );
    expect(result.status).toBe(2);
  });

  it.each([[[]], [['--title', 'x']]])(
    'asks for the kind when it is left out (%j), exit 2',
    (args) => {
      const kinds =
        'requirement | change | customer | release | visit | complaint | service-request | survey';
      const result = runDocket(fixture(), ['new', ...args], TODAY);
      expect(result.stderr).toBe(
        `What should be created? Name a kind after \`docket new\`: ${kinds}. For example \`docket new requirement\`.\n`,
      );
      expect(result.status).toBe(2);
      expect(runDocket(fixture(), ['new', ...args, '--lang', 'zh-CN'], TODAY).stderr).toBe(
        `要新建什么?请在 \`docket new\` 后写上类型:${kinds}。例如 \`docket new requirement\`。\n`,
      );
      expect(runDocket(fixture(), ['new', 'requirment'], TODAY).stderr).toContain(
        '`requirment` is not a kind.',
      );
    },
  );

  it('suggests a near ID without doubling the punctuation', () => {
    const flags = REQUIREMENT_FLAGS.map((arg) => (arg === 'CUS-001' ? 'CUS-011' : arg));
    expect(runDocket(fixture(), flags, TODAY).stderr).toBe(
      '`--customer` has `CUS-011`, which is not valid: an existing customer ID (did you mean `CUS-001`?).\n',
    );
    expect(runDocket(fixture(), [...flags, '--lang', 'zh-CN'], TODAY).stderr).toBe(
      '`--customer` 的值 `CUS-011` 无效:已有的客户编号(是不是 `CUS-001`?)。\n',
    );
  });

  it('never overwrites: an ID taken by a file that does not parse is skipped', () => {
    const root = fixture({ 'content/requirements/REQ-0002.md': 'not a document' });
    const result = runDocket(root, REQUIREMENT_FLAGS, TODAY);
    expect(result.stdout).toContain('REQ-0003');
    expect(readRepoFile(root, 'content/requirements/REQ-0002.md')).toBe('not a document');
  });

  it('exits 1 without replacing anything when the ID is taken between listing and writing', () => {
    // A folder named like the next document is not listed as an ID but blocks the name, as a racing writer would.
    const root = fixture({ 'content/requirements/REQ-0002.md/keep.txt': 'someone else' });
    const result = runDocket(root, REQUIREMENT_FLAGS, TODAY);
    expect(result.stderr.trim()).toBe(
      'The ID REQ-0002 was just taken (content/requirements/REQ-0002.md exists; someone created a document at the same time). Nothing was overwritten; run the command again.',
    );
    expect(result.status).toBe(1);
    expect(readRepoFile(root, 'content/requirements/REQ-0002.md/keep.txt')).toBe('someone else');
  });

  it('logs visits under the customer, adding -2 when the name is taken', () => {
    const root = fixture();
    const visit = [
      'new',
      'visit',
      '--customer',
      'CUS-001',
      '--by',
      'wang-fang',
      '--type',
      '回访',
      '--summary',
      '回访:预警好用',
    ];
    const first = runDocket(root, visit, TODAY);
    const second = runDocket(root, [...visit, '--date', '2026-11-26'], TODAY);
    expect(first.stdout).toContain('content/customers/CUS-001/visits/2026-11-26-wang-fang.md');
    expect(second.stdout).toContain('content/customers/CUS-001/visits/2026-11-26-wang-fang-2.md');
    expect(readRepoFile(root, 'content/customers/CUS-001/visits/2026-11-26-wang-fang-2.md')).toBe(
      '---\ndate: "2026-11-26"\ntype: return\nvisited_by: [wang-fang]\nsummary: 回访:预警好用\n---\n',
    );
    expect(runDocket(root, ['validate']).status).toBe(0);
  });

  it('creates a change request, a release and a customer that validate', () => {
    const root = fixture();
    runDocket(
      root,
      [
        'new',
        'change',
        '--requirement',
        'REQ-0001',
        // Named twice: one requirement, not a change request that fails validation.
        '--requirement',
        'REQ-0001',
        '--title',
        '预警改为按类别',
        '--requested-by',
        '张华',
        '--reason',
        'r',
        '--before',
        'b',
        '--after',
        'a',
      ],
      TODAY,
    );
    runDocket(
      root,
      [
        'new',
        'release',
        '--title',
        'V3.4',
        '--version',
        'V3.4',
        '--planned-on',
        '2027-01-15',
        '--requirement',
        'REQ-0001',
      ],
      TODAY,
    );
    const customer = runDocket(
      root,
      [
        'new',
        'customer',
        '--name',
        '宁波海鲜',
        '--industry',
        '食品',
        '--region',
        '浙江宁波',
        '--account-manager',
        'wang-fang',
        '--contact-name',
        '张三',
        '--new',
      ],
      TODAY,
    );
    expect(customer.stdout).toContain('CUS-002');
    expect(readRepoFile(root, 'content/customers/CUS-002/customer.md')).toContain(
      'tier: C\ntier_temporary: true\n',
    );
    expect(runDocket(root, ['validate']).stdout).toContain(
      'Checked 5 documents: no problems found',
    );
  });
});

describe('docket renumber', () => {
  const files = {
    'content/requirements/REQ-0002.md': requirement(
      'REQ-0002',
      'parent: REQ-0001\ndepends_on: [REQ-0001]',
      '## 需求背景\n\n拆分自 REQ-0001,另见 REQ-00011。\n',
    ),
    'content/changes/CR-0001.md': outdent`
      ---
      id: CR-0001
      title: 改提醒时间
      status: proposed
      stage_since: 2026-03-05
      requirements: [REQ-0001]
      requested_by: 张华
      reason: 客户要求
      change: { before: 8点, after: 7点 }
      ---
    `,
  };

  it('renames the document and rewrites links in other files and body mentions', () => {
    const root = fixture(files);
    const result = runDocket(root, ['renumber', 'REQ-0001', 'REQ-0100']);
    expect(result.stdout.trim().split('\n')).toEqual([
      'requirement REQ-0001 → REQ-0100',
      '  move     content/requirements/REQ-0001.md → content/requirements/REQ-0100.md (1 mention(s))',
      '  rewrite  content/changes/CR-0001.md (1 mention(s))',
      '  rewrite  content/requirements/REQ-0002.md (3 mention(s))',
      '✔ Moved 1 file(s), rewrote 3 file(s), 5 mention(s) in all. Run `docket validate` to check.',
    ]);
    expect(existsSync(join(root, 'content/requirements/REQ-0001.md'))).toBe(false);
    expect(readRepoFile(root, 'content/requirements/REQ-0002.md')).toContain(
      'parent: REQ-0100\ndepends_on: [REQ-0100]\n',
    );
    expect(readRepoFile(root, 'content/requirements/REQ-0002.md')).toContain(
      '拆分自 REQ-0100,另见 REQ-00011。',
    );
    expect(readRepoFile(root, 'content/changes/CR-0001.md')).toContain('requirements: [REQ-0100]');
    expect(runDocket(root, ['validate']).status).toBe(0);
  });

  it('moves a customer folder and rewrites its links', () => {
    const root = fixture({
      'content/customers/CUS-001/visits/2026-03-01-wang-fang.md':
        '---\ndate: 2026-03-01\ntype: scheduled\nvisited_by: [wang-fang]\nsummary: 拜访\n---\n',
    });
    expect(runDocket(root, ['renumber', 'CUS-001', 'CUS-011']).status).toBe(0);
    expect(existsSync(join(root, 'content/customers/CUS-001'))).toBe(false);
    expect(
      readRepoFile(root, 'content/customers/CUS-011/visits/2026-03-01-wang-fang.md'),
    ).toContain('summary: 拜访');
    expect(readRepoFile(root, 'content/requirements/REQ-0001.md')).toContain('customer: CUS-011');
    expect(readRepoFile(root, 'content/config/people.yaml')).toContain('customer: CUS-011');
  });

  it.each([
    [
      ['REQ-0001', 'REQ-0002'],
      'The ID `REQ-0002` is taken (content/requirements/REQ-0002.md exists); nothing was changed.',
    ],
    [
      ['REQ-0001', 'CR-0009'],
      "`CR-0009` is another kind's ID: REQ-0001 is a requirement, so the new ID must start with `REQ-`.",
    ],
    [
      ['REQ-0001', 'REQ-9'],
      'The new ID `REQ-9` is malformed: a requirement ID looks like `REQ-0042`.',
    ],
    [
      ['REQ-0404', 'REQ-0405'],
      'There is no requirement `REQ-0404` (content/requirements/REQ-0404.md does not exist).',
    ],
  ])('refuses %j in one line, exit 1, changing nothing', (args, message) => {
    const root = fixture(files);
    const before = readRepoFile(root, 'content/changes/CR-0001.md');
    const result = runDocket(root, ['renumber', ...args]);
    expect(result.stderr).toBe(`${message}\n`);
    expect(result.status).toBe(1);
    expect(readRepoFile(root, 'content/changes/CR-0001.md')).toBe(before);
  });

  it('--dry-run prints the plan and changes nothing', () => {
    const root = fixture(files);
    const result = runDocket(root, ['renumber', 'REQ-0001', 'REQ-0100', '--dry-run']);
    expect(result.stdout).toContain(
      'Dry run: would move 1 file(s), rewrite 3 file(s), 5 mention(s) in all. Nothing was changed.',
    );
    expect(existsSync(join(root, 'content/requirements/REQ-0001.md'))).toBe(true);
    expect(existsSync(join(root, 'content/requirements/REQ-0100.md'))).toBe(false);
    expect(readRepoFile(root, 'content/changes/CR-0001.md')).toContain('requirements: [REQ-0001]');
  });
});
