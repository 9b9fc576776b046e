/**
 * The default policy (content/config/approvals.yaml as committed), rule by rule: the issue's
 * point 4, asserted on the sentences a person reads.
 */
import { describe, expect, it } from 'vitest';
import type { Review } from '../../../src/core/approvals/reviews.ts';
import type { Subject } from '../../../src/core/approvals/subject.ts';
import {
  BEICHEN,
  HUADONG,
  XINGHAI,
  changeSubject,
  evaluate,
  review,
  say,
} from '../../helpers/approvals.ts';

const step = (from: string, to: string) => ({ from, to, steps: [{ from, to }] });
const approvedCr = (
  customers = [XINGHAI],
  impact: Record<string, unknown> = { level: 'low', cost: 1, schedule_days: 2 },
) =>
  changeSubject(
    { id: 'CR-0007', kind: 'change', ...step('awaiting-approval', 'approved'), after: { impact } },
    customers,
  );

interface Row {
  name: string;
  subject: Subject;
  reviews: Review[];
  en: string;
  zh?: string;
}

const ROWS: Row[] = [
  {
    name: 'CR approved: a tier-A customer adds the sales head',
    subject: approvedCr([HUADONG]),
    reviews: [review('zhanghua-hdx', 'APPROVED'), review('zhaolei-yf', 'APPROVED')],
    en: '2 of 3 required approvals: a sales head (or above) has not approved',
    zh: '需要 3 项审批,还差 1 项:销售部长(或以上)尚未批准',
  },
  {
    name: '"or above": the general manager fills the sales head\'s place',
    subject: approvedCr([HUADONG]),
    reviews: [
      review('zhanghua-hdx', 'APPROVED'),
      review('zhaolei-yf', 'APPROVED'),
      review('zhoumin-yf', 'APPROVED'),
    ],
    en: 'All 3 required approvals given',
  },
  {
    name: 'CR approved: every affected customer signs',
    subject: approvedCr([XINGHAI, BEICHEN]),
    reviews: [review('denghui-xh', 'APPROVED'), review('zhaolei-yf', 'APPROVED')],
    en: '2 of 3 required approvals: the representative of 北辰医药 has not approved',
  },
  {
    name: 'CR approved: high impact level adds the development lead',
    subject: approvedCr([XINGHAI], { level: 'high', cost: 1, schedule_days: 2 }),
    reviews: [review('denghui-xh', 'APPROVED'), review('zhaolei-yf', 'APPROVED')],
    en: '2 of 3 required approvals: a development lead has not approved',
    zh: '需要 3 项审批,还差 1 项:需求开发负责人尚未批准',
  },
  {
    name: 'CR approved: cost over the threshold is high impact',
    subject: approvedCr([XINGHAI], { level: 'low', cost: 12, schedule_days: 2 }),
    reviews: [review('denghui-xh', 'APPROVED'), review('zhaolei-yf', 'APPROVED')],
    en: '2 of 3 required approvals: a development lead has not approved',
  },
  {
    name: 'CR approved: schedule over the threshold is high impact',
    subject: approvedCr([XINGHAI], { level: 'low', cost: 1, schedule_days: 30 }),
    reviews: [
      review('denghui-xh', 'APPROVED'),
      review('zhaolei-yf', 'APPROVED'),
      review('huangwei-yf', 'APPROVED'),
    ],
    en: 'All 3 required approvals given',
  },
  {
    name: 'CR approved: lowering the impact in the same pull request does not dodge the rule',
    subject: changeSubject(
      {
        id: 'CR-0007',
        kind: 'change',
        ...step('awaiting-approval', 'approved'),
        before: { impact: { level: 'high' } },
        after: { impact: { level: 'low' } },
      },
      [XINGHAI],
    ),
    reviews: [review('denghui-xh', 'APPROVED'), review('zhaolei-yf', 'APPROVED')],
    en: '2 of 3 required approvals: a development lead has not approved',
  },
  {
    name: 'CR approved in several steps: the rules of every step apply',
    subject: changeSubject(
      {
        id: 'CR-0007',
        kind: 'change',
        from: 'impact-assessed',
        to: 'approved',
        steps: [
          { from: 'impact-assessed', to: 'awaiting-approval' },
          { from: 'awaiting-approval', to: 'approved' },
        ],
      },
      [XINGHAI],
    ),
    reviews: [review('zhaolei-yf', 'APPROVED')],
    en: '1 of 2 required approvals: the representative of 星海物流 has not approved',
  },
  {
    name: 'CR rejected: a project manager',
    subject: changeSubject(
      { id: 'CR-0007', kind: 'change', ...step('awaiting-approval', 'rejected') },
      [XINGHAI],
    ),
    reviews: [],
    en: '0 of 1 required approvals: a project manager has not approved',
  },
  {
    name: 'CR rejected for a tier-A customer: plus the sales head or above (销售部长及以上)',
    subject: changeSubject(
      { id: 'CR-0007', kind: 'change', ...step('awaiting-approval', 'rejected') },
      [HUADONG],
    ),
    reviews: [review('zhaolei-yf', 'APPROVED')],
    en: '1 of 2 required approvals: a sales head (or above) has not approved',
  },
  {
    name: 'requirement rejected for a tier-A customer',
    subject: changeSubject(
      { id: 'REQ-0001', kind: 'requirement', ...step('evaluating', 'rejected') },
      [HUADONG],
    ),
    reviews: [review('liuqiang-yf', 'APPROVED')],
    en: '1 of 2 required approvals: a project manager has not approved',
  },
  {
    name: 'requirement approved after evaluation: PM, development lead and the customer (需求确认书)',
    subject: changeSubject(
      { id: 'REQ-0040', kind: 'requirement', ...step('evaluating', 'approved') },
      [XINGHAI],
    ),
    reviews: [review('zhaolei-yf', 'APPROVED')],
    en: '1 of 3 required approvals: a development lead has not approved; the representative of 星海物流 has not approved',
    zh: '需要 3 项审批,还差 2 项:需求开发负责人尚未批准;星海物流的客户代表尚未批准',
  },
  {
    name: 'tier changed to A: sales head review and general manager approval, as tiers.yaml says',
    subject: {
      key: 'CUS-006',
      paths: ['content/customers/CUS-006/customer.md'],
      document: {
        kind: 'customer',
        id: 'CUS-006',
        path: 'content/customers/CUS-006/customer.md',
        change: 'modified',
        steps: [],
        moves: [],
        before: { tier: 'B' },
        after: { tier: 'A' },
        fieldsChanged: ['tier'],
        confidentialChanged: false,
      },
      customers: [{ ...XINGHAI, tiers: ['B', 'A'] }],
    },
    reviews: [review('liuqiang-yf', 'APPROVED')],
    en: '1 of 2 required approvals: a general manager has not approved',
    zh: '需要 2 项审批,还差 1 项:总经理尚未批准',
  },
  {
    name: 'a new customer file: the general manager',
    subject: {
      key: 'CUS-010',
      paths: ['content/customers/CUS-010/customer.md'],
      document: {
        kind: 'customer',
        id: 'CUS-010',
        path: 'content/customers/CUS-010/customer.md',
        change: 'added',
        steps: [],
        moves: [],
        after: { tier: 'C' },
        fieldsChanged: [],
        confidentialChanged: true,
      },
      customers: [{ id: 'CUS-010', name: '新客户', tiers: ['C'] }],
    },
    reviews: [review('liuqiang-yf', 'APPROVED')],
    en: '0 of 1 required approvals: a general manager has not approved',
  },
  {
    name: "a change to a customer's confidential fields: the general manager",
    subject: {
      key: 'CUS-006',
      paths: ['content/customers/CUS-006/customer.md'],
      document: {
        kind: 'customer',
        id: 'CUS-006',
        path: 'content/customers/CUS-006/customer.md',
        change: 'modified',
        steps: [],
        moves: [],
        after: {},
        fieldsChanged: ['contacts'],
        confidentialChanged: true,
      },
      customers: [XINGHAI],
    },
    reviews: [review('zhoumin-yf', 'APPROVED')],
    en: 'All 1 required approvals given',
  },
  {
    name: 'configuration, schemas and .github need the general manager',
    subject: {
      key: '.github/workflows/check.yml',
      paths: ['.github/workflows/check.yml'],
      fileChange: 'modified',
      customers: [],
    },
    reviews: [review('zhaolei-yf', 'APPROVED')],
    en: '0 of 1 required approvals: a general manager has not approved',
  },
  {
    name: 'a path that is configuration but for its case (a Mac or Windows checkout) is configuration',
    subject: {
      key: 'Content/Config/people.yaml',
      paths: ['Content/Config/people.yaml'],
      fileChange: 'added',
      customers: [],
    },
    reviews: [review('zhaolei-yf', 'APPROVED')],
    en: '0 of 1 required approvals: a general manager has not approved',
  },
  {
    name: 'people.yaml is configuration',
    subject: {
      key: 'content/config/people.yaml',
      paths: ['content/config/people.yaml'],
      fileChange: 'modified',
      customers: [],
    },
    reviews: [review('zhoumin-yf', 'APPROVED')],
    en: 'All 1 required approvals given',
  },
  ...tierRows(),
  {
    name: "anything else: another customer's representative does not count as someone",
    subject: changeSubject({ id: 'REQ-0040', kind: 'requirement' }, [XINGHAI]),
    reviews: [review('zhanghua-hdx', 'APPROVED')],
    en: '0 of 1 required approvals: someone in people.yaml other than the author has not approved',
  },
  {
    name: "anything else: the document's own customer's representative does",
    subject: changeSubject({ id: 'REQ-0040', kind: 'requirement' }, [XINGHAI]),
    reviews: [review('denghui-xh', 'APPROVED')],
    en: 'All 1 required approvals given',
  },
  {
    name: 'anything else: one approval by someone in people.yaml other than the author',
    subject: changeSubject({ id: 'REQ-0040', kind: 'requirement' }, [XINGHAI]),
    reviews: [review('wangfang-yf', 'APPROVED')],
    en: '0 of 1 required approvals: someone in people.yaml other than the author has not approved',
    zh: '需要 1 项审批,还差 1 项:还需一位 people.yaml 中的人员(作者以外)批准',
  },
];

/** A customer's tier moving between `from` and `to`, approved by `approvers`. */
function tierRows() {
  const tierMove = (from: string, to: string) => ({
    key: 'CUS-006',
    paths: ['content/customers/CUS-006/customer.md'],
    document: {
      kind: 'customer' as const,
      id: 'CUS-006',
      path: 'content/customers/CUS-006/customer.md',
      change: 'modified' as const,
      steps: [],
      moves: [],
      before: { tier: from },
      after: { tier: to },
      fieldsChanged: ['tier'],
      confidentialChanged: false,
    },
    customers: [{ ...XINGHAI, tiers: [from, to] as ('A' | 'B' | 'C')[] }],
  });
  return [
    {
      name: 'tier out of A: who confirms A (the general manager) as well as the sales head',
      subject: tierMove('A', 'C'),
      reviews: [review('liuqiang-yf', 'APPROVED')],
      en: '1 of 2 required approvals: a general manager has not approved',
    },
    {
      name: 'tier B to C: the general manager may do the sales head’s part (销售部长及以上)',
      subject: tierMove('B', 'C'),
      reviews: [review('zhoumin-yf', 'APPROVED')],
      en: 'All 1 required approvals given',
    },
  ];
}

describe('the default approval policy', () => {
  it.each(ROWS)('$name', ({ subject, reviews, en, zh }) => {
    const { evaluation } = evaluate([subject], reviews);
    const sentences = evaluation.subjects[0]?.sentences ?? [];
    expect(say(sentences[0], 'en')).toBe(en);
    if (zh) expect(say(sentences[0], 'zh-CN')).toBe(zh);
    expect(evaluation.satisfied).toBe(en.endsWith('given'));
  });

  it('names the rules that applied and who filled each place', () => {
    const { evaluation } = evaluate(
      [approvedCr([HUADONG])],
      [
        review('zhanghua-hdx', 'APPROVED'),
        review('zhaolei-yf', 'APPROVED'),
        review('zhoumin-yf', 'APPROVED'),
      ],
    );
    const sentences = evaluation.subjects[0]?.sentences.map((s) => say(s, 'zh-CN'));
    expect(sentences).toEqual([
      '需要 3 项审批,已全部批准',
      '已批准:张华(华东鲜的客户代表)、赵磊(项目管理人员)、周敏(销售部长)',
      '适用规则:变更单批准(变更确认单)、A类客户的变更',
    ]);
  });

  it('says when no specific rule applied', () => {
    const { evaluation } = evaluate(
      [changeSubject({ id: 'REQ-0040', kind: 'requirement' })],
      [review('lintao-yf', 'APPROVED')],
    );
    expect(evaluation.subjects[0]?.sentences.map((s) => say(s, 'en'))).toEqual([
      'All 1 required approvals given',
      'Approved by 林涛 (Evaluator)',
      'No specific rule: the default applies',
    ]);
  });
});
