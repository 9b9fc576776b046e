import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { createWorkingTreeSource } from '../../src/adapters/fs.ts';
import { loadRepository } from '../../src/app/load-repository.ts';
import {
  applyDefaults,
  checkValue,
  findMissing,
  readFlagAnswers,
  type AuthoringFacts,
} from '../../src/core/authoring/answers.ts';
import {
  assembleDocument,
  describePriority,
  evaluateRecordPath,
} from '../../src/core/authoring/assemble.ts';
import { FORMS, evaluateStartStatus, type FieldSpec } from '../../src/core/authoring/forms.ts';
import { renderDocumentText } from '../../src/core/document-text.ts';
import { SCHEMA_OF } from '../../src/core/layout.ts';
import { parseDocumentText } from '../../src/core/parse.ts';
import { validateAgainstSchema } from '../../src/core/validate-schema.ts';
import { createFixtureRepo } from '../helpers/repo.ts';

const root = createFixtureRepo();
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});
const load = await loadRepository(createWorkingTreeSource(root));
const config = load.repository?.config ?? failToLoad();

function failToLoad(): never {
  throw new Error(`fixture configuration does not load: ${JSON.stringify(load.problems)}`);
}

function factsFor(kind: AuthoringFacts['kind'], status: string): AuthoringFacts {
  return {
    kind,
    status,
    config,
    today: '2026-11-26',
    schema: load.schemas.schemaFor(SCHEMA_OF[kind]),
    customers: [{ id: 'CUS-003', name: '恒信建材', tier: 'B' }],
    requirementIds: new Set(['REQ-0001']),
    records: [
      {
        id: 'CUS-003/visits/2026-10-29-wang-fang',
        customer: 'CUS-003',
        kind: 'visit',
        date: '2026-10-29',
      },
    ],
  };
}
const requirement = factsFor('requirement', 'submitted');
const field = (flag: string): FieldSpec =>
  FORMS.requirement.find((candidate) => candidate.flag === flag) ?? { flag, type: 'text' };

describe('checkValue', () => {
  it.each<[string, string, unknown]>([
    ['importance', 'important', 'important'],
    ['importance', '重要', 'important'],
    ['importance', 'Very important', 'very-important'],
    ['urgency', '紧急', 'urgent'],
    ['confidentiality', '机密', 'secret'],
    ['customer', 'CUS-003', 'CUS-003'],
    ['wanted-by', '2027-02-28', '2027-02-28'],
    ['parent', 'REQ-0001', 'REQ-0001'],
    ['source-record', 'CUS-003/visits/2026-10-29-wang-fang', 'CUS-003/visits/2026-10-29-wang-fang'],
  ])('--%s %s → %s', (flag, raw, expected) => {
    expect(checkValue(field(flag), raw, requirement)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string, string]>([
    ['importance', '很重要', '`important`(重要)'],
    ['customer', 'CUS-030', '是不是 `CUS-003`'],
    ['wanted-by', '2027-02-30', 'YYYY-MM-DD'],
    ['parent', 'REQ-0404', '已有的需求编号'],
    ['title', '   ', '不能为空'],
  ])('--%s %s is refused, expecting %s', (flag, raw, expected) => {
    const checked = checkValue(field(flag), raw, requirement);
    expect(checked.ok ? 'accepted' : checked.expected['zh-CN']).toContain(expected);
  });
});

describe('readFlagAnswers and findMissing', () => {
  it('lists every required flag at once, with the requester as one choice of two', () => {
    expect(
      findMissing(
        FORMS.requirement,
        applyDefaults(FORMS.requirement, {}, requirement),
        requirement,
      ),
    ).toEqual([
      '--customer/--department',
      '--title',
      '--requested-by',
      '--background',
      '--content',
      '--criterion',
      '--importance',
      '--urgency',
      '--source',
    ]);
  });

  it('asks less of a draft: no body, no acceptance criteria yet', () => {
    const draft = factsFor('requirement', 'draft');
    const { answers } = readFlagAnswers(
      FORMS.requirement,
      {
        department: '销售部',
        title: 't',
        'requested-by': '陈静',
        importance: '一般',
        urgency: '一般',
        source: 'meeting',
      },
      draft,
    );
    expect(
      findMissing(FORMS.requirement, applyDefaults(FORMS.requirement, answers, draft), draft),
    ).toEqual([]);
  });

  it('stops at the first bad value', () => {
    expect(
      readFlagAnswers(FORMS.requirement, { title: 'ok', criterion: ['a', ''] }, requirement).invalid
        ?.flag,
    ).toBe('criterion');
  });
});

describe('assembleDocument', () => {
  it('makes a submitted requirement that passes its schema, with the derived priority', () => {
    const flags = {
      customer: 'CUS-003',
      title: '发货单汇总',
      'requested-by': '王芳',
      background: '背景',
      content: '内容',
      criterion: ['一', '二'],
      importance: '重要',
      urgency: '紧急',
      source: 'return-visit',
    };
    const answers = applyDefaults(
      FORMS.requirement,
      readFlagAnswers(FORMS.requirement, flags, requirement).answers,
      requirement,
    );
    const draft = assembleDocument(answers, requirement, 'REQ-0002', 'zh-CN');
    expect(draft.data).toMatchObject({
      status: 'submitted',
      submitted_on: '2026-11-26',
      stage_since: '2026-11-26',
      confidentiality: 'internal',
      acceptance_criteria: [
        { id: 'AC-1', text: '一' },
        { id: 'AC-2', text: '二' },
      ],
    });
    expect(draft.body).toBe('## 需求背景\n\n背景\n\n## 需求内容\n\n内容\n');
    expect(describePriority(config, answers)).toEqual({
      code: 'P2',
      labels: { 'zh-CN': '高', en: 'High' },
    });
    const parsed = parseDocumentText(
      renderDocumentText(requirement.schema, draft.data, draft.body),
    );
    if (!parsed.ok) throw new Error('unparseable');
    expect(
      validateAgainstSchema(
        parsed.doc.data,
        load.schemas.validatorFor(SCHEMA_OF.requirement),
        requirement.schema,
      ),
    ).toEqual([]);
  });

  it('writes English section headings for an English repository', () => {
    expect(assembleDocument({}, factsFor('requirement', 'draft'), 'REQ-0002', 'en').body).toBe(
      '## Background\n\n<!-- to be written -->\n\n## Content\n\n<!-- to be written -->\n',
    );
  });
});

describe('evaluateStartStatus', () => {
  it.each<[AuthoringFacts['kind'], boolean, string]>([
    ['requirement', false, 'submitted'],
    ['requirement', true, 'draft'],
    ['customer', false, 'prospect'],
    ['customer', true, 'new'],
    ['change', false, 'proposed'],
    ['release', false, 'planned'],
    ['complaint', false, 'received'],
    ['service-request', false, 'created'],
  ])('%s (start flag %s) starts %s', (kind, flag, status) => {
    const workflow = kind === 'visit' || kind === 'survey' ? undefined : config.workflows[kind];
    expect(evaluateStartStatus(kind, flag, workflow)).toBe(status);
  });
});

describe('evaluateRecordPath', () => {
  it('adds -2, -3 … while the name is taken', () => {
    const taken = new Set([
      'content/customers/CUS-003/visits/2026-11-26-wang-fang.md',
      'content/customers/CUS-003/visits/2026-11-26-wang-fang-2.md',
    ]);
    expect(
      evaluateRecordPath('visit', 'CUS-003', '2026-11-26', 'wang-fang', (path) => taken.has(path)),
    ).toBe('content/customers/CUS-003/visits/2026-11-26-wang-fang-3.md');
    expect(
      evaluateRecordPath('survey', 'CUS-003', '2026-11-26', 'li-na', (path) => taken.has(path)),
    ).toBe('content/customers/CUS-003/surveys/2026-11-26-li-na.md');
  });
});
