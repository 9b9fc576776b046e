import { describe, expect, it } from 'vitest';
import { evaluateNextStates, evaluateProgress, type Progress } from '../../src/core/progress.ts';
import {
  compareProgress,
  evaluateCustomerOverview,
  filterProgress,
} from '../../src/core/progress-query.ts';
import { CONFIG, doc, modelOf } from '../helpers/progress-model.ts';

/** The actual value's keys that the expectation names (an expected `undefined` means absent). */
const pick = (actual: object, expected: object) =>
  Object.fromEntries(
    Object.keys(expected).map((key) => [key, (actual as Record<string, unknown>)[key]]),
  );
const requirement = (id: string, data: Record<string, unknown>) =>
  doc('requirement', id, {
    title: `title of ${id}`,
    importance: 'important',
    urgency: 'urgent',
    ...data,
  });

describe('evaluateProgress', () => {
  const cases: {
    name: string;
    data: Record<string, unknown>;
    today: string;
    expected: Partial<Progress>;
  }[] = [
    {
      name: 'on the last allowed day',
      data: { status: 'submitted', stage_since: '2026-03-01' },
      today: '2026-03-04',
      expected: { ageDays: 3, limitDays: 3, overdue: false, closed: false, startsLater: undefined },
    },
    {
      name: 'one day past the limit',
      data: { status: 'submitted', stage_since: '2026-03-01' },
      today: '2026-03-05',
      expected: { ageDays: 4, limitDays: 3, overdue: true },
    },
    {
      name: 'across a month end in a leap year',
      data: { status: 'evaluating', stage_since: '2028-02-20' },
      today: '2028-03-02',
      expected: { ageDays: 11, limitDays: 10, overdue: true },
    },
    {
      name: 'a terminal state is never overdue',
      data: { status: 'closed', stage_since: '2020-01-01' },
      today: '2026-03-05',
      expected: { ageDays: 2255, overdue: false, closed: true },
    },
    {
      name: 'a state without a limit',
      data: { status: 'draft', stage_since: '2020-01-01' },
      today: '2026-03-05',
      expected: { limitDays: undefined, overdue: false, closed: false },
    },
    {
      name: 'a stage that starts after today counts no days and is not overdue',
      data: { status: 'submitted', stage_since: '2026-03-10' },
      today: '2026-03-01',
      expected: { ageDays: 0, startsLater: true, overdue: false },
    },
    {
      name: 'a stage that starts today',
      data: { status: 'submitted', stage_since: '2026-03-01' },
      today: '2026-03-01',
      expected: { ageDays: 0, startsLater: undefined, overdue: false },
    },
    {
      name: 'an unreadable stage_since',
      data: { status: 'submitted', stage_since: '2026-02-30' },
      today: '2026-03-05',
      expected: { ageDays: undefined, overdue: false },
    },
  ];
  it.each(cases)('$name', ({ data, today, expected }) => {
    const document = requirement('REQ-0001', data);
    expect(pick(evaluateProgress(document, modelOf([document]), today), expected)).toEqual(
      expected,
    );
  });

  it('computes the priority from importance × urgency, never reads a stored one', () => {
    const model = modelOf([]);
    const priorityOf = (data: Record<string, unknown>) =>
      evaluateProgress(requirement('REQ-0001', data), model, '2026-03-05').priority;
    expect(priorityOf({ importance: 'very-important', urgency: 'urgent' })).toBe('P1');
    expect(priorityOf({ importance: 'important', urgency: 'normal', priority: 'P1' })).toBe('P3');
    expect(priorityOf({ urgency: undefined })).toBeUndefined();
  });

  it('labels the status, names owner and customer, and leaves priority to requirements', () => {
    const req = requirement('REQ-0001', {
      status: 'evaluating',
      owner: 'zhao-lei',
      customer: 'CUS-001',
    });
    const change = doc('change', 'CR-0001', {
      title: 'c',
      status: 'proposed',
      requirements: ['REQ-0001'],
    });
    const model = modelOf([req, change]);
    expect(evaluateProgress(req, model, '2026-03-05')).toMatchObject({
      statusLabel: { en: 'Evaluating' },
      owner: 'zhao-lei',
      customers: ['CUS-001'],
    });
    const changeProgress = evaluateProgress(change, model, '2026-03-05');
    expect(changeProgress.customers).toEqual(['CUS-001']);
    expect(changeProgress).not.toHaveProperty('priority');
  });

  it('treats records without states as closed and takes the first visitor as owner', () => {
    const visit = doc(
      'visit',
      'CUS-001/visits/2026-03-01-x',
      { date: '2026-03-01', visited_by: ['wang-fang', 'zhao-lei'], summary: '  回访\n  记录 ' },
      'CUS-001',
    );
    expect(evaluateProgress(visit, modelOf([visit]), '2026-03-05')).toMatchObject({
      closed: true,
      overdue: false,
      owner: 'wang-fang',
      customers: ['CUS-001'],
      // Chinese wrapped over two lines is one run: no space at the break.
      title: '回访记录',
    });
  });
});

describe('reverse links', () => {
  const parent = requirement('REQ-0001', { status: 'submitted', customer: 'CUS-001' });
  const child = requirement('REQ-0002', {
    status: 'closed',
    parent: 'REQ-0001',
    depends_on: ['REQ-0001'],
    customer: 'CUS-001',
  });
  const other = requirement('REQ-0003', {
    status: 'submitted',
    depends_on: ['REQ-0002'],
    customer: 'CUS-002',
  });
  const change = doc('change', 'CR-0001', { requirements: ['REQ-0001', 'REQ-0003'] });
  const release = doc('release', 'REL-001', { requirements: ['REQ-0001'] });
  const complaint = doc(
    'complaint',
    'CUS-001/complaints/2026-03-02-a',
    { date: '2026-03-02', status: 'received' },
    'CUS-001',
  );
  const survey = doc(
    'survey',
    'CUS-001/surveys/2026-03-04-b',
    { date: '2026-03-04', score: 4 },
    'CUS-001',
  );
  const model = modelOf([parent, child, other, change, release, complaint, survey]);

  it('finds children, dependants, change requests and releases of a requirement', () => {
    expect(model.links.ofRequirement('REQ-0001')).toEqual({
      children: ['REQ-0002'],
      dependants: ['REQ-0002'],
      changes: ['CR-0001'],
      releases: ['REL-001'],
    });
    expect(model.links.ofRequirement('REQ-0002')).toEqual({
      children: [],
      dependants: ['REQ-0003'],
      changes: [],
      releases: [],
    });
  });

  it('gives a change the customers of its requirements', () => {
    expect(evaluateProgress(change, model, '2026-03-05').customers).toEqual(['CUS-001', 'CUS-002']);
  });

  it("counts a customer's open requirements and lists its records newest first", () => {
    const overview = evaluateCustomerOverview('CUS-001', model, '2026-03-05');
    expect(overview.requirements.map((item) => item.id)).toEqual(['REQ-0001', 'REQ-0002']);
    expect(overview.openRequirements).toBe(1);
    expect(overview.records.map((record) => record.kind)).toEqual(['survey', 'complaint']);
  });

  it('lists the states the workflow allows next', () => {
    expect(evaluateNextStates(parent, model.repository)).toEqual(['evaluating', 'on-hold']);
    expect(evaluateNextStates(child, model.repository)).toEqual([]);
  });
});

describe('compareProgress and filterProgress', () => {
  const item = (id: string, extra: Partial<Progress>): Progress => ({
    id,
    kind: 'requirement',
    path: '',
    title: id,
    customers: [],
    overdue: false,
    closed: false,
    ...extra,
  });
  const items = [
    item('REQ-0006', { priority: 'P2', ageDays: 50, closed: true, status: 'closed' }),
    item('REQ-0005', { ageDays: 90, status: 'draft' }),
    item('REQ-0004', { priority: 'P2', ageDays: 2, status: 'submitted', owner: 'zhao-lei' }),
    item('REQ-0003', { priority: 'P2', ageDays: 2, status: 'submitted', customers: ['CUS-002'] }),
    item('REQ-0002', {
      priority: 'P2',
      ageDays: 5,
      overdue: true,
      status: 'evaluating',
      customers: ['CUS-001'],
    }),
    item('REQ-0001', { priority: 'P1', ageDays: 1, status: 'submitted', customers: ['CUS-001'] }),
  ];

  it('sorts by priority, then overdue, then open before closed, then age, then ID', () => {
    expect([...items].sort(compareProgress(CONFIG.priority)).map((each) => each.id)).toEqual([
      'REQ-0001',
      'REQ-0002',
      'REQ-0003',
      'REQ-0004',
      'REQ-0006',
      'REQ-0005',
    ]);
  });

  it.each([
    [{ customer: 'CUS-001' }, ['REQ-0002', 'REQ-0001']],
    [{ state: 'submitted' }, ['REQ-0004', 'REQ-0003', 'REQ-0001']],
    [{ priority: 'P1' }, ['REQ-0001']],
    [{ owner: 'zhao-lei' }, ['REQ-0004']],
    [{ overdue: true }, ['REQ-0002']],
    [{ overdue: false, kinds: new Set(['change'] as const) }, []],
  ])('filters by %o', (filter, expected) => {
    expect(filterProgress(items, filter).map((each) => each.id)).toEqual(expected);
  });
});
