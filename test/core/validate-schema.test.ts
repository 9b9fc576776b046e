/** Schema problems become actionable messages in both languages; raw ajv wording never shows. */
import { describe, expect, it } from 'vitest';
import { readSchemaSources } from '../../src/app/load-repository.ts';
import { ALL_MESSAGES } from '../../src/core/catalogue.ts';
import { formatMessage } from '../../src/core/messages.ts';
import { compileSchemaSet } from '../../src/core/schema-set.ts';
import { validateAgainstSchema } from '../../src/core/validate-schema.ts';
import { PROJECT_ROOT } from '../helpers/repo.ts';

const schemas = compileSchemaSet(readSchemaSources(PROJECT_ROOT));
const VALID = {
  id: 'REQ-0001',
  title: '库存预警',
  status: 'submitted',
  stage_since: '2026-03-02',
  submitted_on: '2026-03-01',
  customer: 'CUS-001',
  requested_by: '张华',
  source: { type: 'visit' },
  importance: 'important',
  urgency: 'urgent',
  confidentiality: 'internal',
  acceptance_criteria: [{ id: 'AC-1', text: '提醒' }],
};

function check(
  change: Record<string, unknown>,
  file = 'requirement.schema.json',
  base: Record<string, unknown> = VALID,
) {
  const data = Object.fromEntries(
    Object.entries({ ...base, ...change }).filter(([, value]) => value !== undefined),
  );
  return validateAgainstSchema(data, schemas.validatorFor(file), schemas.schemaFor(file)).map(
    (issue) => ({
      rule: issue.rule,
      pointer: issue.pointer,
      target: issue.target,
      zh: formatMessage(ALL_MESSAGES, issue.message, issue.params, 'zh-CN'),
      en: formatMessage(ALL_MESSAGES, issue.message, issue.params, 'en'),
    }),
  );
}

describe('schema messages', () => {
  it('accepts a valid requirement', () => {
    expect(check({})).toEqual([]);
  });

  it.each([
    [
      'a missing top-level field says where to add it',
      { title: undefined },
      'schema/required-root',
      ['title'],
      'value',
      '缺少必填字段 `title`(标题)。请在前置信息',
      'Missing required field `title` (Title). Add it to the front-matter',
    ],
    [
      'a missing nested field names its parent',
      { source: {} },
      'schema/required',
      ['source', 'type'],
      'value',
      '请在 `source` 下补上',
      'Add it under `source`',
    ],
    [
      'a mapping where a code belongs is one type problem',
      { status: { a: 1 } },
      'schema/type',
      ['status'],
      'value',
      '应为文本,实际是字段组',
      'should be text, but it is a mapping',
    ],
    [
      'a number that is no valid code is not told to be quoted',
      { status: 7 },
      'schema/enum',
      ['status'],
      'value',
      '的值 `7` 不在可选范围内',
      'has `7`, which is not one of the allowed values',
    ],
    [
      'a number that is no valid ID explains the ID format',
      { id: 103 },
      'schema/pattern-hint',
      ['id'],
      'value',
      '需求编号写作 `REQ-`',
      'a requirement ID is `REQ-`',
    ],
    [
      "a list item takes the list's label",
      { tags: ['a', 'b', ''] },
      'schema/empty',
      ['tags', 2],
      'value',
      '(标签)',
      '(Tags)',
    ],
    [
      'a key nobody would mistype gets no suggestion',
      { '<<': 1 },
      'schema/unknown-key',
      ['<<'],
      'key',
      '未知字段 `<<`',
      'Unknown field `<<`',
    ],
    [
      'an unknown key suggests the near one',
      { acceptence_criteria: [] },
      'schema/unknown-key-suggest',
      ['acceptence_criteria'],
      'key',
      '是不是 `acceptance_criteria`',
      'Did you mean `acceptance_criteria`?',
    ],
    [
      'a zh label maps to its code',
      { importance: '重要' },
      'schema/enum-suggest',
      ['importance'],
      'value',
      '是不是 `important`',
      'Did you mean `important`?',
    ],
    [
      'an enum lists the labelled choices',
      { confidentiality: 'top' },
      'schema/enum',
      ['confidentiality'],
      'value',
      '`public`(公开)、`internal`(内部)',
      '`public`(Public), `internal`(Internal)',
    ],
    [
      'a number where text belongs says quote it',
      { requested_by: 13812345678 },
      'schema/type-quote',
      ['requested_by'],
      'value',
      '请加引号:`"13812345678"`',
      'Put it in quotes: `"13812345678"`',
    ],
    [
      'an ID in the wrong format explains the format',
      { customer: 'C-1' },
      'schema/pattern-hint',
      ['customer'],
      'value',
      '客户编号写作 `CUS-`',
      'a customer ID is `CUS-`',
    ],
    [
      'an impossible date is refused',
      { wanted_by: '2026-02-30' },
      'schema/format-hint',
      ['wanted_by'],
      'value',
      '日期写作 `YYYY-MM-DD`',
      'write dates as `YYYY-MM-DD`',
    ],
    [
      'an empty list is refused',
      { acceptance_criteria: [] },
      'schema/min-items',
      ['acceptance_criteria'],
      'value',
      '至少需要 1 项',
      'needs at least 1 item(s)',
    ],
    [
      'an empty string is refused',
      { title: '' },
      'schema/empty',
      ['title'],
      'value',
      '不能为空',
      'must not be empty',
    ],
    [
      'duplicates in a unique list',
      { depends_on: ['REQ-0002', 'REQ-0002'] },
      'schema/unique-items',
      ['depends_on'],
      'value',
      '第 1 项和第 2 项重复',
      'items 1 and 2 are the same',
    ],
    [
      'a list where a mapping belongs',
      { source: ['visit'] },
      'schema/type',
      ['source'],
      'value',
      '应为字段组(键: 值),实际是列表',
      'should be a mapping (key: value), but it is a list',
    ],
  ])('%s', (_name, change, rule, pointer, target, zh, en) => {
    const [issue, ...rest] = check(change);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ rule, pointer, target });
    expect(issue?.zh).toContain(zh);
    expect(issue?.en).toContain(en);
  });

  it('range checks on numbers name the limit', () => {
    const [issue] = check({ score: 7 }, 'records/survey.schema.json', {
      date: '2026-03-01',
      surveyed_by: 'wang-fang',
      score: 4,
    });
    expect(issue).toMatchObject({ rule: 'schema/maximum', pointer: ['score'] });
    expect(issue?.en).toContain('above the maximum 5');
  });

  it('leaves no placeholder unfilled in any language', () => {
    const issues = check({
      title: '',
      importance: '重要',
      customer: 'C-1',
      extra: 1,
      requested_by: 1,
      wanted_by: 'soon',
      acceptance_criteria: [],
    });
    expect(issues.length).toBeGreaterThan(5);
    for (const issue of issues)
      for (const text of [issue.zh, issue.en])
        expect(text).not.toMatch(/\{[\w@-]+\}|must NOT|should match/);
  });
});
