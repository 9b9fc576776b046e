/** The renderers over one result: CLI text, annotations, job summary and the sticky comment. */
import { describe, expect, it } from 'vitest';
import {
  assembleHeadline,
  evaluateStatus,
  type PullRequestCheck,
} from '../../../src/core/approvals/check-result.ts';
import { assembleImpact } from '../../../src/core/approvals/impact.ts';
import { renderCheckAnnotations } from '../../../src/core/approvals/report-github.ts';
import {
  COMMENT_MARKER,
  renderCheckComment,
  renderCheckSummary,
} from '../../../src/core/approvals/report-markdown.ts';
import { describeChange } from '../../../src/core/approvals/report-lines.ts';
import { renderCheckText } from '../../../src/core/approvals/report-text.ts';
import { indexSnapshot } from '../../../src/core/approvals/snapshot.ts';
import type { Problem } from '../../../src/core/problem.ts';
import { POLICY, XINGHAI, changeSubject, evaluate, review } from '../../helpers/approvals.ts';

const CR = changeSubject(
  {
    id: 'CR-0007',
    kind: 'change',
    from: 'awaiting-approval',
    to: 'approved',
    steps: [{ from: 'awaiting-approval', to: 'approved' }],
    after: { requirements: ['REQ-0040'] },
  },
  [XINGHAI],
);
const REQ = changeSubject(
  {
    id: 'REQ-0040',
    kind: 'requirement',
    before: { status: 'approved' },
    after: { status: 'approved' },
  },
  [XINGHAI],
);

function makeCheck(problems: Problem[] = [], extra: { name?: string } = {}): PullRequestCheck {
  const subjects = [CR, REQ];
  const { evaluation } = evaluate(subjects, [
    review('zhaolei-yf', 'APPROVED'),
    review('lintao-yf', 'CHANGES_REQUESTED'),
  ]);
  const head = indexSnapshot({
    files: new Map(),
    documents: [
      {
        kind: 'requirement',
        id: 'REQ-0040',
        path: 'content/requirements/REQ-0040.md',
        data: { status: 'approved' },
        canonical: '',
      },
      {
        kind: 'requirement',
        id: 'REQ-0041',
        path: 'content/requirements/REQ-0041.md',
        data: { parent: 'REQ-0040' },
        canonical: '',
      },
      {
        kind: 'release',
        id: 'REL-003',
        path: 'content/releases/REL-003.md',
        data: { requirements: ['REQ-0040'] },
        canonical: '',
      },
      {
        kind: 'change',
        id: 'CR-0007',
        path: 'content/changes/CR-0007.md',
        data: { requirements: ['REQ-0040'] },
        canonical: '',
      },
    ],
  });
  const impact = assembleImpact({ head, subjects, results: evaluation.subjects, policy: POLICY });
  const status = evaluateStatus(problems, evaluation);
  const headline = assembleHeadline(problems, evaluation);
  return {
    status,
    headline: extra.name ? { id: 'check/fail', params: { reasons: extra.name } } : headline,
    base: 'b'.repeat(40),
    head: 'f'.repeat(40),
    mergeBase: 'c'.repeat(40),
    author: 'wangfang-yf',
    problems,
    evaluation,
    impact,
  };
}

describe('reports of a pull-request check', () => {
  it('prints the CLI text: verdict, items needing approval first, blocks, impact', () => {
    expect(renderCheckText(makeCheck(), 'en')).toEqual([
      '✖ May not merge: 1 changed item(s) still need approvals; 1 reviewer(s) requested changes',
      '',
      '✖ CR-0007  awaiting-approval → approved',
      '    1 of 2 required approvals: the representative of 星海物流 has not approved',
      '    Approved by 赵磊 (Project manager)',
      '    Rules: Change request approved (change confirmation form)',
      '',
      '✔ REQ-0040  modified',
      '    All 1 required approvals given',
      '    Approved by 赵磊 (Project manager)',
      '    No specific rule: the default applies',
      '',
      'Blocking',
      '  林涛 (Evaluator, Developer) requested changes: blocked until they approve or the review is dismissed',
      '',
      'Impact',
      '  ⚠ REQ-0040 is signed (state `approved`, confirmed by 星海物流): merging makes that sign-off lapse until it is confirmed again',
      '  Suspect link: REQ-0041 (child) needs a second look now that REQ-0040 changed',
      '  Change requests touched: CR-0007',
      '  Releases touched: REL-003',
      '  Customer affected: 星海物流 (signed documents that change: REQ-0040)',
    ]);
  });

  it('puts blocks and missing approvals first in the annotations', () => {
    const problems: Problem[] = [
      {
        path: 'content/customers/CUS-001/customer.md',
        line: 3,
        col: 1,
        severity: 'error',
        rule: 'schema/type',
        message: 'schema/type',
        params: {},
      },
      {
        path: 'content/changes/CR-0007.md',
        line: 5,
        col: 3,
        severity: 'error',
        rule: 'offline/forgery',
        message: 'offline/forgery',
        params: { id: 'CR-0007', person: '孙丽' },
      },
    ];
    const lines = renderCheckAnnotations(makeCheck(problems), 'en');
    expect(lines.map((line) => line.split('::')[1])).toEqual([
      'error title=docket/approvals',
      'error file=content/changes/CR-0007.md,line=1,col=1,title=docket/approvals',
      'error file=content/changes/CR-0007.md,line=5,col=3,title=offline/forgery',
      'error file=content/customers/CUS-001/customer.md,line=3,col=1,title=schema/type',
    ]);
    expect(lines[1]).toBe(
      '::error file=content/changes/CR-0007.md,line=1,col=1,title=docket/approvals::CR-0007: 1 of 2 required approvals: the representative of 星海物流 has not approved',
    );
  });

  it('writes the sticky comment with its marker, a table and the impact', () => {
    const comment = renderCheckComment(makeCheck(), 'zh-CN');
    expect(comment.startsWith(`${COMMENT_MARKER}\n## ❌ Docket 审批检查`)).toBe(true);
    expect(comment).toContain(
      '| ❌ | `CR-0007` | awaiting-approval → approved | 需要 2 项审批,还差 1 项:星海物流的客户代表尚未批准<br>已批准:赵磊(项目管理人员)<br>适用规则:变更单批准(变更确认单) |',
    );
    expect(comment).toContain(
      '- ⚠ REQ-0040 处于已签字状态 `approved`(星海物流已确认):合并后该签字失效,需要重新确认',
    );
    expect(renderCheckSummary(makeCheck(), 'en')).not.toContain(COMMENT_MARKER);
  });

  it('neutralises HTML and mentions from documents', () => {
    const comment = renderCheckComment(
      makeCheck([], { name: '<!-- docket:approvals --> @everyone' }),
      'en',
    );
    expect(comment.split(COMMENT_MARKER)).toHaveLength(2);
    expect(comment).toContain('&lt;!-- docket:approvals --&gt; @\u200beveryone');
  });

  it('stays under the limit and says what it left out', () => {
    const many: Problem[] = Array.from({ length: 3000 }, (_, index) => ({
      path: `content/requirements/REQ-${String(index).padStart(4, '0')}.md`,
      line: 1,
      col: 1,
      severity: 'error',
      rule: 'schema/type',
      message: 'schema/type',
      params: {},
    }));
    const comment = renderCheckComment(makeCheck(many), 'en');
    expect(comment.length).toBeLessThanOrEqual(60_000);
    expect(comment).toMatch(
      /> … too long: \d+ lines left out\. The full report is in the check’s job summary\.\n$/,
    );
    expect(renderCheckSummary(makeCheck(many), 'en').length).toBeGreaterThan(60_000);
  });
});

describe('the heading of a changed document', () => {
  it('names a move the workflow refuses, from and to, though it has no steps', () => {
    const refused = changeSubject({
      id: 'REQ-0004',
      kind: 'requirement',
      from: 'rejected',
      to: 'submitted',
      steps: [],
    });
    const result = evaluate([refused], []).evaluation.subjects[0];
    expect(result && describeChange(result, 'en')).toBe('rejected → submitted');
  });
});
