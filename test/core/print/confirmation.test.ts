import { describe, expect, it } from 'vitest';
import { assembleChangeForms } from '../../../src/core/print/change-form.ts';
import { assembleConfirmationSheets, mayPrintFor } from '../../../src/core/print/confirmation.ts';
import type { PrintDocument, PrintLabeller, PrintSignoff } from '../../../src/core/print/types.ts';

/** Labels that show where they came from, so a test sees the schema path was asked for. */
const labeller: PrintLabeller = {
  field: (kind, path) => ({
    'zh-CN': `字段:${kind}.${path.join('.')}`,
    en: `${kind}.${path.join('.')}`,
  }),
  choice: (kind, path, code) => ({
    'zh-CN': `选项:${code}`,
    en: `${kind}.${path.join('.')}=${code}`,
  }),
};

function doc(
  id: string,
  kind: string,
  data: Record<string, unknown>,
  extra: Partial<PrintDocument> = {},
): PrintDocument {
  return { id, kind, title: `${id} title`, data, path: `content/${kind}/${id}.md`, ...extra };
}

const signoff = (who: string, roles: string[], date: string, holds = true): PrintSignoff => ({
  who,
  roles,
  date,
  holds,
});

const documents: PrintDocument[] = [
  doc('CUS-001', 'customer', { name: '华东鲜' }),
  doc('CUS-002', 'customer', { name: '金桥' }),
  doc(
    'REQ-0001',
    'requirement',
    {
      customer: 'CUS-001',
      importance: 'very-important',
      urgency: 'urgent',
      status: 'approved',
      acceptance_criteria: [
        { id: 'AC-1', text: '次日8:00前推送', method: 'test' },
        { text: '无编号' },
      ],
    },
    {
      revisions: [{ date: '2026-02-01', author: '赵磊', summary: 'approve' }],
      signoffs: [signoff('张华', ['customer-representative'], '2026-02-02')],
    },
  ),
  doc('REQ-0002', 'requirement', { customer: 'CUS-002' }),
  doc(
    'REQ-0003',
    'requirement',
    { customer: 'CUS-001' },
    {
      revisions: [{ date: '2026-01-05', author: '王芳', summary: 'create' }],
      signoffs: [signoff('孙丽', ['project-manager'], '2026-01-06', false)],
    },
  ),
  doc('CR-0001', 'change', { requirements: ['REQ-0001'] }),
  doc(
    'REL-001',
    'release',
    { version: 'V3.2', requirements: ['REQ-0003', 'REQ-0002', 'REQ-0001', 'REQ-9999', 'CR-0001'] },
    {
      revisions: [{ date: '2026-01-10', author: '孙丽', summary: 'plan' }],
    },
  ),
];

describe('需求确认书 sheets', () => {
  it('makes one sheet per customer of a release, requirements in the release order', () => {
    const sheets = assembleConfirmationSheets(documents, labeller, 'internal');
    expect(
      sheets.map((sheet) => [sheet.customer, sheet.requirements.map((req) => req.id)]),
    ).toEqual([
      [{ id: 'CUS-001', name: '华东鲜' }, ['REQ-0003', 'REQ-0001']],
      [{ id: 'CUS-002', name: '金桥' }, ['REQ-0002']],
    ]);
    expect(sheets[0]?.release).toMatchObject({ id: 'REL-001', version: 'V3.2' });
    expect(sheets[0]?.path).toBe('content/release/REL-001.md');
  });

  it('labels priorities and acceptance methods from the schema, numbering unnamed criteria', () => {
    const requirement = assembleConfirmationSheets(documents, labeller, 'internal')[0]
      ?.requirements[1];
    expect(requirement?.importance).toEqual({
      code: 'very-important',
      labels: { 'zh-CN': '选项:very-important', en: 'requirement.importance=very-important' },
    });
    expect(requirement?.acceptance).toEqual([
      {
        id: 'AC-1',
        text: '次日8:00前推送',
        method: {
          code: 'test',
          labels: { 'zh-CN': '选项:test', en: 'requirement.acceptance_criteria.0.method=test' },
        },
      },
      { id: 'AC-2', text: '无编号', method: undefined },
    ]);
  });

  it('merges the revision records of the release and its requirements, oldest first', () => {
    const sheet = assembleConfirmationSheets(documents, labeller, 'internal')[0];
    expect(sheet?.revisions.map((revision) => [revision.date, revision.document])).toEqual([
      ['2026-01-05', 'REQ-0003'],
      ['2026-01-10', 'REL-001'],
      ['2026-02-01', 'REQ-0001'],
    ]);
  });

  it('fills a signature line only from a sign-off in that role that still holds', () => {
    const [first, second] = assembleConfirmationSheets(documents, labeller, 'internal');
    expect(first?.signoffs.map((entry) => [entry.who, entry.documents, entry.holds])).toEqual([
      ['孙丽', ['REQ-0003'], false],
      ['张华', ['REQ-0001'], true],
    ]);
    expect(first?.signatures.map((line) => [line.role.code, line.signoff?.who])).toEqual([
      ['customer-representative', '张华'],
      ['project-manager', undefined],
    ]);
    expect(second?.signatures.every((line) => line.signoff === undefined)).toBe(true);
  });

  it('prints nothing for the public site and only its own sheets for a customer portal', () => {
    expect(assembleConfirmationSheets(documents, labeller, 'public')).toEqual([]);
    const portal = assembleConfirmationSheets(documents, labeller, 'customer:CUS-002');
    expect(portal.map((sheet) => sheet.customer.id)).toEqual(['CUS-002']);
    expect(mayPrintFor('customer:CUS-002', undefined)).toBe(false);
    expect(mayPrintFor('customer:CUS-0021', 'CUS-002')).toBe(false);
  });
});

describe('需求变更确认单 forms', () => {
  const change = doc(
    'CR-0002',
    'change',
    {
      status: 'approved',
      requirements: ['REQ-0002'],
      requested_by: '钱明',
      reason: '门店反馈',
      change: { before: '人工对账', after: '自动对账' },
      impact: {
        level: 'medium',
        scope: '对账模块',
        schedule_days: 6,
        affected_documents: ['设计说明', '测试计划'],
      },
      offline_signature: { signed_by: '钱明', signed_on: '2026-11-24' },
    },
    {
      revisions: [
        { date: '2026-11-17', author: '陈静', summary: 'create' },
        { date: '2026-11-20', author: '孙丽', summary: 'assess' },
      ],
      signoffs: [
        signoff('钱明', ['customer-representative'], '2026-11-24'),
        signoff('孙丽', ['project-manager'], '2026-11-25'),
      ],
    },
  );

  it('holds before and after, the reason, the labelled impact, the recorder and both signatures', () => {
    const [form] = assembleChangeForms([...documents, change], labeller, 'internal').filter(
      (entry) => entry.id === 'CR-0002',
    );
    expect(form).toMatchObject({
      customer: { id: 'CUS-002', name: '金桥' },
      requirements: [{ id: 'REQ-0002', title: 'REQ-0002 title' }],
      reason: '门店反馈',
      before: '人工对账',
      after: '自动对账',
      recorder: '陈静',
      offlineSignature: { signedBy: '钱明', signedOn: '2026-11-24', attestedBy: undefined },
    });
    expect(form?.impact.map((entry) => [entry.key, entry.value])).toEqual([
      [
        'level',
        { code: 'medium', labels: { 'zh-CN': '选项:medium', en: 'change.impact.level=medium' } },
      ],
      ['scope', '对账模块'],
      ['schedule_days', '6'],
      ['affected_documents', '设计说明; 测试计划'],
    ]);
    expect(form?.impact[1]?.label.en).toBe('change.impact.scope');
    expect(form?.signatures.map((line) => line.signoff?.who)).toEqual(['钱明', '孙丽']);
  });

  it('follows the audience: none in public, a portal sees only changes to its own requirements', () => {
    const all = [...documents, change];
    expect(assembleChangeForms(all, labeller, 'public')).toEqual([]);
    expect(assembleChangeForms(all, labeller, 'customer:CUS-001').map((form) => form.id)).toEqual([
      'CR-0001',
    ]);
    expect(assembleChangeForms(all, labeller, 'internal').map((form) => form.id)).toEqual([
      'CR-0001',
      'CR-0002',
    ]);
  });
});
