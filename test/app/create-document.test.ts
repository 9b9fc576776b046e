import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { outdent } from 'outdent';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_CHOICE, OTHER_CHOICE } from '../../src/app/ask-answers.ts';
import { createDocument, type CreateOutcome } from '../../src/app/create-document.ts';
import type { FlagValues } from '../../src/core/authoring/answers.ts';
import type { NewKind } from '../../src/core/authoring/forms.ts';
import { formatMessage } from '../../src/core/messages.ts';
import { ALL_MESSAGES } from '../../src/core/catalogue.ts';
import { FakePrompter } from '../helpers/fake-prompter.ts';
import { createFixtureRepo, readRepoFile } from '../helpers/repo.ts';

const CUSTOMER = outdent`
  ---
  id: CUS-003
  name: 恒信建材股份有限公司
  short_name: 恒信建材
  status: active
  stage_since: 2020-01-01
  industry: 建材
  region: 浙江湖州
  account_manager: wang-fang
  since: 2020-01-01
  tier: B
  contacts:
    - { name: 冯洁 }
  ---
`;
const VISIT = outdent`
  ---
  date: 2026-10-29
  type: return
  visited_by: [wang-fang]
  summary: 回访
  ---
`;

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function fixture(): string {
  const root = createFixtureRepo({
    'content/customers/CUS-003/customer.md': CUSTOMER,
    'content/customers/CUS-003/visits/2026-10-29-wang-fang.md': VISIT,
  });
  roots.push(root);
  return root;
}

async function create(
  root: string,
  kind: NewKind,
  prompter: FakePrompter,
  flags: FlagValues = {},
  useEditor = false,
): Promise<{ outcome: CreateOutcome; said: string[] }> {
  const said: string[] = [];
  const t = (id: string, params = {}) => formatMessage(ALL_MESSAGES, id, params, 'zh-CN');
  const ask = {
    prompter,
    lang: 'zh-CN' as const,
    t,
    say: (line: string) => said.push(line),
    useEditor,
  };
  return {
    outcome: await createDocument({ root, kind, flags, todayFor: () => '2026-11-26', ask }),
    said,
  };
}

describe('docket new requirement in a terminal (fake prompter)', () => {
  it('walks flow 1: customer from the list, texts, criteria, importance × urgency, source record', async () => {
    const root = fixture();
    const prompter = new FakePrompter([
      'CUS-003',
      '发货单按工程项目汇总',
      '王芳',
      false,
      '财务每月手工汇总两天。',
      '按项目和月份汇总发货单。',
      '',
      '10秒内生成汇总表',
      '金额与财务系统一致',
      '',
      'important',
      'urgent',
      'internal',
      'return-visit',
      'CUS-003/visits/2026-10-29-wang-fang',
    ]);
    const { outcome, said } = await create(root, 'requirement', prompter);
    expect(outcome).toMatchObject({
      type: 'created',
      id: 'REQ-0001',
      path: 'content/requirements/REQ-0001.md',
      priority: { code: 'P2' },
      problems: [],
    });
    expect(said).toEqual(['→ 优先级:P2 高']);
    expect(prompter.refusals).toEqual(['这一项必须填写']);
    expect(prompter.asked).toContain('confirm 较长的文字用编辑器($EDITOR)填写吗?');
    expect(prompter.choicesSeen[1]).toEqual([
      '非常重要 · Very important',
      '重要 · Important',
      '一般 · Normal',
    ]);
    const text = readRepoFile(root, 'content/requirements/REQ-0001.md');
    expect(text).toContain(
      'source:\n  type: return-visit\n  record: CUS-003/visits/2026-10-29-wang-fang\n',
    );
    expect(text).toContain('  - id: AC-2\n    text: 金额与财务系统一致\n');
  });

  it('takes an internal department instead of a customer, and long texts from the editor', async () => {
    const root = fixture();
    const prompter = new FakePrompter([
      OTHER_CHOICE,
      '研发部',
      '库存周报',
      '黄伟',
      '背景\n两行',
      '内容',
      '周一生成',
      '',
      'normal',
      'normal',
      'internal',
      'meeting',
    ]);
    const { outcome } = await create(root, 'requirement', prompter, {}, true);
    expect(outcome).toMatchObject({ type: 'created', problems: [] });
    const text = readRepoFile(root, 'content/requirements/REQ-0001.md');
    expect(text).toContain('department: 研发部\n');
    expect(text).toContain('## 需求背景\n\n背景\n两行\n');
    expect(prompter.asked.filter((question) => question.startsWith('editor'))).toEqual([
      'editor 需求背景',
      'editor 需求内容',
    ]);
  });

  it('asks only for what the flags left open', async () => {
    const root = fixture();
    const flags = {
      customer: 'CUS-003',
      title: 't',
      'requested-by': '王芳',
      background: 'b',
      content: 'c',
      criterion: ['a'],
      importance: '重要',
      urgency: '一般',
      source: 'market',
    };
    const prompter = new FakePrompter(['secret', NO_CHOICE]);
    const { outcome, said } = await create(root, 'requirement', prompter, flags);
    expect(prompter.asked).toEqual(['select 密级', 'select 关联记录']);
    expect(said).toEqual([]);
    expect(outcome).toMatchObject({ type: 'created', priority: { code: 'P3' } });
  });

  it('writes nothing when the person gives up', async () => {
    const root = fixture();
    const prompter = new FakePrompter(['CUS-003']);
    prompter.error = Object.assign(new Error('User force closed the prompt'), {
      name: 'ExitPromptError',
    });
    await expect(create(root, 'requirement', prompter)).rejects.toThrow('force closed');
    expect(existsSync(join(root, 'content/requirements'))).toBe(false);
  });
});

describe('docket new visit in a terminal (fake prompter)', () => {
  it('logs a visit with today as the default date and the person as the file name', async () => {
    const root = fixture();
    const prompter = new FakePrompter([
      '2026-11-26',
      'return',
      'wang-fang',
      '冯洁',
      '',
      false,
      '回访:分页好用',
      '',
      '',
    ]);
    const { outcome } = await create(root, 'visit', prompter, { customer: 'CUS-003' });
    expect(outcome).toMatchObject({
      type: 'created',
      id: 'CUS-003/visits/2026-11-26-wang-fang',
      problems: [],
    });
    expect(prompter.asked.slice(0, 3)).toEqual([
      'input 拜访日期',
      'select 拜访类型',
      'select 拜访人',
    ]);
  });
});
