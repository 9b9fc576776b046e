/** Review counting, trap by trap (table-driven): each row's sentences are what a person reads. */
import { describe, expect, it } from 'vitest';
import { parseReviewList } from '../../../src/core/approvals/review-list.ts';
import type { Review } from '../../../src/core/approvals/reviews.ts';
import {
  OLD,
  XINGHAI,
  changeSubject,
  evaluate,
  fingerprints,
  review,
  say,
} from '../../helpers/approvals.ts';

/** A change request moving to approved for 星海物流 (tier B): its representative and a PM. */
const CR = changeSubject(
  {
    id: 'CR-0007',
    kind: 'change',
    from: 'awaiting-approval',
    to: 'approved',
    steps: [{ from: 'awaiting-approval', to: 'approved' }],
  },
  [XINGHAI],
);

interface Row {
  name: string;
  reviews: Review[];
  en: string;
  zh: string;
  satisfied: boolean;
}

const ROWS: Row[] = [
  {
    name: 'the representative and a project manager approve',
    reviews: [review('denghui-xh', 'APPROVED'), review('zhaolei-yf', 'APPROVED')],
    en: 'All 2 required approvals given',
    zh: '需要 2 项审批,已全部批准',
    satisfied: true,
  },
  {
    name: 'the representative has not approved',
    reviews: [review('zhaolei-yf', 'APPROVED')],
    en: '1 of 2 required approvals: the representative of 星海物流 has not approved',
    zh: '需要 2 项审批,还差 1 项:星海物流的客户代表尚未批准',
    satisfied: false,
  },
  {
    name: 'a later COMMENTED does not cancel an approval',
    reviews: [
      review('denghui-xh', 'APPROVED'),
      review('zhaolei-yf', 'APPROVED'),
      review('denghui-xh', 'COMMENTED'),
    ],
    en: 'All 2 required approvals given',
    zh: '需要 2 项审批,已全部批准',
    satisfied: true,
  },
  {
    name: 'a later DISMISSED withdraws the approval',
    reviews: [
      review('denghui-xh', 'APPROVED'),
      review('zhaolei-yf', 'APPROVED'),
      review('denghui-xh', 'DISMISSED'),
    ],
    en: '1 of 2 required approvals: the representative of 星海物流 has not approved',
    zh: '需要 2 项审批,还差 1 项:星海物流的客户代表尚未批准',
    satisfied: false,
  },
  {
    name: 'PENDING never counts',
    reviews: [review('denghui-xh', 'PENDING'), review('zhaolei-yf', 'APPROVED')],
    en: '1 of 2 required approvals: the representative of 星海物流 has not approved',
    zh: '需要 2 项审批,还差 1 项:星海物流的客户代表尚未批准',
    satisfied: false,
  },
  {
    name: 'logins are compared ignoring case',
    reviews: [review('DengHui-XH', 'APPROVED'), review('ZHAOLEI-YF', 'APPROVED')],
    en: 'All 2 required approvals given',
    zh: '需要 2 项审批,已全部批准',
    satisfied: true,
  },
  {
    name: 'an unknown login counts for nothing',
    reviews: [review('denghui-xh-fake', 'APPROVED'), review('zhaolei-yf', 'APPROVED')],
    en: '1 of 2 required approvals: the representative of 星海物流 has not approved',
    zh: '需要 2 项审批,还差 1 项:星海物流的客户代表尚未批准',
    satisfied: false,
  },
  {
    name: 'a deleted account (user: null) is skipped',
    reviews: [review(null, 'APPROVED'), review('zhaolei-yf', 'APPROVED')],
    en: '1 of 2 required approvals: the representative of 星海物流 has not approved',
    zh: '需要 2 项审批,还差 1 项:星海物流的客户代表尚未批准',
    satisfied: false,
  },
  {
    name: 'the author never approves their own change, whatever their roles',
    reviews: [review('denghui-xh', 'APPROVED'), review('SunLi-YF', 'APPROVED')],
    en: '1 of 2 required approvals: a project manager has not approved',
    zh: '需要 2 项审批,还差 1 项:项目管理人员尚未批准',
    satisfied: false,
  },
  {
    name: 'one person fills one place only (a PM is not also "anyone")',
    reviews: [review('zhaolei-yf', 'APPROVED')],
    en: '1 of 2 required approvals: the representative of 星海物流 has not approved',
    zh: '需要 2 项审批,还差 1 项:星海物流的客户代表尚未批准',
    satisfied: false,
  },
  {
    name: 'an approval of an older commit whose CR differs is stale',
    reviews: [review('denghui-xh', 'APPROVED', OLD), review('zhaolei-yf', 'APPROVED')],
    en: '1 of 2 required approvals: the representative of 星海物流 has not approved',
    zh: '需要 2 项审批,还差 1 项:星海物流的客户代表尚未批准',
    satisfied: false,
  },
  {
    name: 'an approval whose commit is gone (commit_id null) is stale',
    reviews: [review('denghui-xh', 'APPROVED', null), review('zhaolei-yf', 'APPROVED')],
    en: '1 of 2 required approvals: the representative of 星海物流 has not approved',
    zh: '需要 2 项审批,还差 1 项:星海物流的客户代表尚未批准',
    satisfied: false,
  },
  {
    name: 'an approval of an unknown commit (not readable) is stale',
    reviews: [review('denghui-xh', 'APPROVED', 'b'.repeat(40)), review('zhaolei-yf', 'APPROVED')],
    en: '1 of 2 required approvals: the representative of 星海物流 has not approved',
    zh: '需要 2 项审批,还差 1 项:星海物流的客户代表尚未批准',
    satisfied: false,
  },
];

describe('counting reviews on a change request', () => {
  it.each(ROWS)('$name', ({ reviews, en, zh, satisfied }) => {
    const author = 'sunli-yf';
    const { evaluation } = evaluate([CR], reviews, {
      author,
      fingerprints: fingerprints([CR], { [OLD]: ['content/changes/CR-0007.md'] }),
    });
    const [subject] = evaluation.subjects;
    expect(say(subject?.sentences[0], 'en')).toBe(en);
    expect(say(subject?.sentences[0], 'zh-CN')).toBe(zh);
    expect(subject?.satisfied).toBe(satisfied);
    expect(evaluation.satisfied).toBe(satisfied);
  });

  it('says why a review counted for nothing', () => {
    const { evaluation } = evaluate(
      [CR],
      [review('sunli-yf', 'APPROVED'), review('stranger', 'APPROVED'), review(null, 'APPROVED')],
      { author: 'SUNLI-YF' },
    );
    expect(evaluation.notes.map((note) => say(note, 'en'))).toEqual([
      'A review by a deleted account was skipped',
      "The author sunli-yf's own review does not count (an author never approves their own change)",
      'stranger is not in content/config/people.yaml: their review counts for nothing',
    ]);
  });

  it('names the stale approval and why', () => {
    const { evaluation } = evaluate([CR], [review('denghui-xh', 'APPROVED', OLD)], {
      fingerprints: fingerprints([CR], { [OLD]: ['content/changes/CR-0007.md'] }),
    });
    const sentences = evaluation.subjects[0]?.sentences.map((sentence) => say(sentence, 'en'));
    expect(sentences).toContain(
      `邓辉's approval on commit aaaaaaa no longer counts: CR-0007 changed after it, so it must be approved again`,
    );
  });

  it('says the reviewed commit is gone when it cannot be read, not that the document changed', () => {
    const { evaluation } = evaluate([CR], [review('denghui-xh', 'APPROVED', 'b'.repeat(40))]);
    const sentences = evaluation.subjects[0]?.sentences.map((sentence) => say(sentence, 'en'));
    expect(sentences).toContain(
      "邓辉's approval no longer counts: the reviewed commit is gone (force-pushed?), so it must be approved again",
    );
  });

  it('keeps an approval fresh when only other files changed since', () => {
    const other = changeSubject({ id: 'REQ-0001', kind: 'requirement' });
    const { evaluation } = evaluate(
      [CR, other],
      [review('denghui-xh', 'APPROVED', OLD), review('zhaolei-yf', 'APPROVED')],
      {
        fingerprints: fingerprints([CR, other], { [OLD]: ['content/requirements/REQ-0001.md'] }),
      },
    );
    expect(evaluation.subjects[0]?.satisfied).toBe(true);
    expect(say(evaluation.subjects[1]?.sentences[0], 'en')).toBe('All 1 required approvals given');
  });
});

describe('change requests block', () => {
  const ROWS_BLOCK: { name: string; reviews: Review[]; blocks: string[] }[] = [
    {
      name: 'an evaluator requesting changes blocks even when every place is filled',
      reviews: [
        review('denghui-xh', 'APPROVED'),
        review('zhaolei-yf', 'APPROVED'),
        review('lintao-yf', 'CHANGES_REQUESTED'),
      ],
      blocks: [
        '林涛 (Evaluator, Developer) requested changes: blocked until they approve or the review is dismissed',
      ],
    },
    {
      name: 'until the same person approves',
      reviews: [
        review('lintao-yf', 'CHANGES_REQUESTED'),
        review('denghui-xh', 'APPROVED'),
        review('zhaolei-yf', 'APPROVED'),
        review('lintao-yf', 'APPROVED'),
      ],
      blocks: [],
    },
    {
      name: 'or the review is dismissed',
      reviews: [
        review('lintao-yf', 'DISMISSED'),
        review('denghui-xh', 'APPROVED'),
        review('zhaolei-yf', 'APPROVED'),
      ],
      blocks: [],
    },
    {
      name: 'a comment after requesting changes does not lift the block',
      reviews: [
        review('lintao-yf', 'CHANGES_REQUESTED'),
        review('lintao-yf', 'COMMENTED'),
        review('denghui-xh', 'APPROVED'),
        review('zhaolei-yf', 'APPROVED'),
      ],
      blocks: [
        '林涛 (Evaluator, Developer) requested changes: blocked until they approve or the review is dismissed',
      ],
    },
    {
      name: 'someone not in people.yaml cannot block',
      reviews: [
        review('drive-by', 'CHANGES_REQUESTED'),
        review('denghui-xh', 'APPROVED'),
        review('zhaolei-yf', 'APPROVED'),
      ],
      blocks: [],
    },
  ];
  it.each(ROWS_BLOCK)('$name', ({ reviews, blocks }) => {
    const { evaluation } = evaluate([CR], reviews);
    expect(evaluation.blocks.map((block) => say(block, 'en'))).toEqual(blocks);
    expect(evaluation.satisfied).toBe(blocks.length === 0);
  });

  it('says the block in Chinese', () => {
    const { evaluation } = evaluate([CR], [review('huangwei-yf', 'CHANGES_REQUESTED')]);
    expect(say(evaluation.blocks[0], 'zh-CN')).toBe(
      '黄伟(需求开发负责人、需求评估人员)要求修改:在其批准或该评审被撤销之前不能合并',
    );
  });
});

describe('the reviews file', () => {
  it('accepts what GitHub returns', () => {
    const parsed = parseReviewList([review('zhaolei-yf', 'APPROVED'), review(null, 'COMMENTED')]);
    expect(parsed.ok && parsed.reviews.map((r) => r.state)).toEqual(['APPROVED', 'COMMENTED']);
  });
  it.each([
    ['not an array', { reviews: [] }, '$'],
    ['a review without a state', [{ ...review('x', 'APPROVED'), state: undefined }], '$[0].state'],
    ['an unknown state', [review('x', 'approve')], '$[0].state'],
    [
      'a user without a login',
      [{ ...review('x', 'APPROVED'), user: { id: 3 } }],
      '$[0].user.login',
    ],
    [
      'a missing node_id (not the list-reviews shape)',
      [{ ...review('x', 'APPROVED'), node_id: undefined }],
      '$[0].node_id',
    ],
    ['a commit that is not a SHA', [review('x', 'APPROVED', 'HEAD')], '$[0].commit_id'],
    ['a string id', [{ ...review('x', 'APPROVED'), id: '5' }], '$[0].id'],
    [
      'the same review twice (pages joined wrongly, or edited by hand)',
      [review('x', 'APPROVED'), review('y', 'APPROVED')].map((item) => ({ ...item, id: 7 })),
      '$[1].id',
    ],
    [
      'a submitted_at that is no date-time',
      [{ ...review('x', 'APPROVED'), submitted_at: 'not a date' }],
      '$[0].submitted_at',
    ],
    [
      'a submitted_at on a day that does not exist',
      [{ ...review('x', 'APPROVED'), submitted_at: '2026-02-30T25:00:00Z' }],
      '$[0].submitted_at',
    ],
  ])('refuses %s', (_name, value, at) => {
    const parsed = parseReviewList(value);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.at).toBe(at);
  });

  it('says what it expected in both languages', () => {
    const parsed = parseReviewList([{ ...review('x', 'APPROVED'), id: '5' }]);
    expect(!parsed.ok && parsed.expected).toEqual({ 'zh-CN': '整数', en: 'an integer' });
  });
});
