/** The demo-history plan: order, authors, dates, texts and workflow moves, over a small inline content tree. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Person, Workflow } from '../../src/core/config.ts';
import {
  assembleDemoHistory,
  toAuthor,
  type HistoryDocument,
  type HistoryInput,
  type PlannedCommit,
} from '../../src/core/demo-history.ts';
import {
  assignTimes,
  planStatePath,
  replaceStatus,
  spreadDays,
} from '../../src/core/demo-history-timeline.ts';
import { classifyPath, type WorkflowKind } from '../../src/core/layout.ts';
import { parseConfigText, parseDocumentText } from '../../src/core/parse.ts';
import { HISTORY_DOCUMENTS } from '../helpers/history-fixture.ts';
import { FIXTURE_PEOPLE, PROJECT_ROOT } from '../helpers/repo.ts';

function parseConfig(text: string): Record<string, unknown> {
  const parsed = parseConfigText(text);
  if (!parsed.ok) throw new Error('fixture configuration does not parse');
  return parsed.doc.data;
}

function toDocument(path: string, text: string): HistoryDocument {
  const where = classifyPath(path);
  const parsed = parseDocumentText(text);
  if (where.type !== 'document' || !parsed.ok) throw new Error(`not a fixture document: ${path}`);
  return { path, kind: where.kind, data: parsed.doc.data, text };
}

const WORKFLOWS = parseConfig(
  readFileSync(join(PROJECT_ROOT, 'content/config/workflows.yaml'), 'utf8'),
) as Record<WorkflowKind, Workflow>;
const PEOPLE = parseConfig(FIXTURE_PEOPLE)['people'] as Person[];
const DOCUMENTS = Object.entries(HISTORY_DOCUMENTS).map(([path, text]) => toDocument(path, text));
const INPUT: HistoryInput = {
  documents: DOCUMENTS,
  people: PEOPLE,
  workflows: WORKFLOWS,
  stateLabels: { requirement: { submitted: '已提交', evaluating: '评估中', approved: '已批准' } },
  setupPaths: ['schemas/requirement.schema.json', 'content/config/people.yaml'],
};
const PLAN = assembleDemoHistory(INPUT);

const statusOf = (text: string) => /^status: (\S+)/m.exec(text)?.[1];
const writesOf = (path: string, commits: readonly PlannedCommit[] = PLAN.commits) =>
  commits.flatMap((commit) =>
    commit.writes
      .filter((write) => write.path === path)
      .map((write) => ({ ...write, date: commit.date })),
  );

describe('assembleDemoHistory', () => {
  it('plans customers first, then each document on its days, with authors, dates and messages', () => {
    expect(
      [PLAN.setup, ...PLAN.commits].map(
        (commit) => `${commit.author.name}|${commit.date}|${commit.message}`,
      ),
    ).toEqual([
      '赵磊|2024-06-01T08:30:00+08:00|Set up Docket: schemas, configuration and attachments',
      '王芳|2024-06-01T10:15:00+08:00|Add CUS-001 (客户档案: 华东鲜食品有限公司)',
      '王芳|2024-09-20T09:42:00+08:00|CUS-001: prospect → new',
      '王芳|2025-01-10T09:46:00+08:00|CUS-001: new → active',
      '王芳|2026-02-26T10:20:00+08:00|Add CUS-001/visits/2026-02-26-wang-fang (拜访记录)',
      '王芳|2026-03-02T09:48:00+08:00|Add REQ-0001 (需求: 库存预警)',
      '王芳|2026-03-05T10:09:00+08:00|Add REQ-0002 (需求: 盘点差异报表)',
      '赵磊|2026-03-11T09:21:00+08:00|REQ-0001: 已提交 → 评估中',
      '赵磊|2026-03-11T09:58:00+08:00|Add REL-001 (版本: V1.1)',
      '赵磊|2026-03-20T10:24:00+08:00|REQ-0001: 评估中 → 已批准',
      '王芳|2026-03-23T09:15:00+08:00|Add CR-0001 (变更单: 预警阈值按仓库设置)',
      '赵磊|2026-03-24T09:52:00+08:00|CR-0001: proposed → impact-assessed',
      '赵磊|2026-03-26T09:36:00+08:00|CR-0001: impact-assessed → awaiting-approval',
      '赵磊|2026-03-27T10:13:00+08:00|CR-0001: awaiting-approval → approved',
      '赵磊|2026-04-09T09:14:00+08:00|REL-001: planned → frozen',
      '赵磊|2026-05-08T09:07:00+08:00|REL-001: frozen → released',
    ]);
  });

  it('orders commits strictly by date, after the setup commit', () => {
    const dates = [PLAN.setup, ...PLAN.commits].map((commit) => commit.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('ends every document with exactly its source text', () => {
    for (const document of DOCUMENTS)
      expect(writesOf(document.path).at(-1)?.text).toBe(document.text);
  });

  it('moves every document only along transitions its workflow allows, the last one on stage_since', () => {
    for (const document of DOCUMENTS.filter(
      (candidate) => candidate.data['status'] !== undefined,
    )) {
      const workflow = WORKFLOWS[document.kind as WorkflowKind];
      const writes = writesOf(document.path);
      const states = writes.map((write) => statusOf(write.text) ?? '');
      for (const [index, state] of states.slice(1).entries())
        expect(workflow.transitions[states[index] ?? '']).toContain(state);
      expect(writes.at(-1)?.date.slice(0, 10)).toBe(document.data['stage_since']);
    }
  });

  it('writes intermediate versions with only status and stage_since changed', () => {
    const [created, evaluating] = writesOf('content/requirements/REQ-0001.md');
    const source = HISTORY_DOCUMENTS['content/requirements/REQ-0001.md'] ?? '';
    expect(created?.text).toBe(
      source
        .replace('status: approved', 'status: submitted')
        .replace('stage_since: 2026-03-20', 'stage_since: 2026-03-02'),
    );
    expect(evaluating?.text).toBe(
      source
        .replace('status: approved', 'status: evaluating')
        .replace('stage_since: 2026-03-20', 'stage_since: 2026-03-11'),
    );
  });

  it('is deterministic, whatever order the documents come in', () => {
    expect(assembleDemoHistory({ ...INPUT, documents: [...DOCUMENTS].reverse() })).toEqual(PLAN);
  });

  it('puts documents without a usable date into the setup commit, and copies the setup paths sorted', () => {
    const undated = toDocument(
      'content/releases/REL-002.md',
      '---\nid: REL-002\ntitle: V2\nstatus: planned\nversion: V2\n---\n',
    );
    const plan = assembleDemoHistory({ ...INPUT, documents: [...DOCUMENTS, undated] });
    expect(plan.setup.writes).toEqual([{ path: undated.path, text: undated.text }]);
    expect(plan.setup.copies).toEqual([
      'content/config/people.yaml',
      'schemas/requirement.schema.json',
    ]);
    expect(plan.commits).toHaveLength(PLAN.commits.length);
  });
});

describe('planStatePath', () => {
  const requirement = WORKFLOWS.requirement;
  const notOnHold = (state: string) => state !== 'on-hold';
  it('takes the shortest way, through states the document can have been in when there is such a way', () => {
    expect(planStatePath(requirement, 'submitted', 'in-development')).toEqual([
      'on-hold',
      'in-development',
    ]);
    expect(planStatePath(requirement, 'submitted', 'in-development', undefined, notOnHold)).toEqual(
      ['evaluating', 'approved', 'in-development'],
    );
    expect(planStatePath(requirement, 'submitted', 'on-hold', undefined, notOnHold)).toEqual([
      'on-hold',
    ]);
    expect(planStatePath(requirement, 'approved', 'submitted', undefined, notOnHold)).toEqual([
      'on-hold',
      'submitted',
    ]);
  });

  it.each([
    [
      'submitted',
      'closed',
      'evaluating',
      ['evaluating', 'approved', 'in-development', 'in-test', 'released', 'verified', 'closed'],
    ],
    ['submitted', 'rejected', undefined, ['rejected']],
    ['submitted', 'rejected', 'evaluating', ['evaluating', 'rejected']],
    ['submitted', 'on-hold', 'evaluating', ['evaluating', 'on-hold']],
    ['submitted', 'submitted', 'evaluating', ['evaluating', 'submitted']],
    ['submitted', 'submitted', undefined, []],
    ['closed', 'draft', undefined, ['draft']],
  ])('%s → %s via %s', (from, to, via, expected) => {
    expect(planStatePath(requirement, from, to, via)).toEqual(expected);
  });
});

describe('replaceStatus', () => {
  it('rewrites the front-matter lines only, keeping CRLF line ends', () => {
    const text = '---\r\nstatus: closed\r\nstage_since: 2026-01-08\r\n---\r\nstatus: body\r\n';
    expect(replaceStatus(text, 'in-test', '2025-12-01')).toBe(
      '---\r\nstatus: in-test\r\nstage_since: 2025-12-01\r\n---\r\nstatus: body\r\n',
    );
  });
});

describe('spreadDays and assignTimes', () => {
  it('spreads moves evenly, moves weekend days back to Friday, and keeps the last day', () => {
    expect(spreadDays('2026-03-02', '2026-03-09', 2)).toEqual(['2026-03-06', '2026-03-09']);
    expect(spreadDays('2026-03-07', '2026-03-08', 2)).toEqual(['2026-03-08', '2026-03-08']);
  });

  it('gives a busy day times between 09:00 and 18:30, in order', () => {
    const times = assignTimes(Array.from({ length: 40 }, () => '2026-11-24'));
    expect(times).toEqual([...times].sort());
    const clock = (time: string | undefined) => time?.slice(11, 16) ?? '';
    expect(clock(times[0]) >= '09:00' && clock(times.at(-1)) <= '18:30').toBe(true);
  });
});

describe('toAuthor', () => {
  it('derives a stable e-mail from the GitHub login, and a never-delivered one without a login', () => {
    expect(
      toAuthor({ id: 'wang-fang', name: '王芳', github: 'wangfang-yf', roles: ['requester'] }),
    ).toEqual({ name: '王芳', email: 'wangfang-yf@users.noreply.github.com' });
    expect(
      toAuthor({ id: 'yang-guang', name: '杨光', roles: ['customer-representative'] }),
    ).toEqual({ name: '杨光', email: 'yang-guang@users.noreply.invalid' });
  });
});
