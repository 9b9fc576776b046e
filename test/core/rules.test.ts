/** Cross-document rules, table-driven over small in-memory repositories. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/core/config.ts';
import { classifyPath } from '../../src/core/layout.ts';
import {
  entriesAt,
  firstValueAt,
  indexRepository,
  type LoadedDocument,
} from '../../src/core/repository.ts';
import { checkBodyForConfidentialValues } from '../../src/core/rules/body.ts';
import { checkRepositoryRules } from '../../src/core/rules/index.ts';
import { FIXTURE_PEOPLE, PROJECT_ROOT } from '../helpers/repo.ts';

const readConfig = (name: string) =>
  load(readFileSync(join(PROJECT_ROOT, 'content/config', name), 'utf8'));
const CONFIG = {
  settings: readConfig('docket.yaml'),
  people: (load(FIXTURE_PEOPLE) as { people: Config['people'] }).people,
  workflows: readConfig('workflows.yaml'),
  priority: readConfig('priority.yaml'),
  tiers: readConfig('tiers.yaml'),
  audiences: readConfig('audiences.yaml'),
} as Config;

function loaded(path: string, data: Record<string, unknown>, body = ''): LoadedDocument {
  const where = classifyPath(path);
  if (where.type !== 'document') throw new Error(`not a document path: ${path}`);
  return {
    kind: where.kind,
    id: typeof data['id'] === 'string' ? data['id'] : where.expectedId,
    expectedId: where.expectedId,
    path,
    data,
    parsed: { data, body, frontMatter: '', frontMatterLine: 2, bodyLine: 5 },
    ...(where.customer === undefined ? {} : { customer: where.customer }),
  };
}

const customer = loaded('content/customers/CUS-001/customer.md', {
  id: 'CUS-001',
  status: 'active',
  account_manager: 'wang-fang',
});
const req = (id: string, extra: Record<string, unknown> = {}) =>
  loaded(`content/requirements/${id}.md`, {
    id,
    status: 'submitted',
    customer: 'CUS-001',
    submitted_on: '2026-03-01',
    stage_since: '2026-03-02',
    acceptance_criteria: [{ id: 'AC-1', text: 'x' }],
    ...extra,
  });

function rulesFor(documents: LoadedDocument[], files: string[] = []) {
  const repo = indexRepository({
    documents: [customer, ...documents],
    config: CONFIG,
    files: new Set([...documents.map((d) => d.path), ...files]),
  });
  return checkRepositoryRules(repo).map(({ rule, path, pointer, params }) => ({
    rule,
    path,
    pointer,
    params,
  }));
}

describe('cross-document rules', () => {
  it.each([
    [
      'the ID must match the file name',
      [req('REQ-0001', { id: 'REQ-0002' })],
      'id/filename',
      ['id'],
    ],
    ['an unknown parent', [req('REQ-0001', { parent: 'REQ-0009' })], 'link/unresolved', ['parent']],
    [
      'a depends_on entry of the wrong kind',
      [req('REQ-0001', { depends_on: ['CUS-001'] })],
      'link/unresolved',
      ['depends_on', 0],
    ],
    [
      'an owner not in people.yaml',
      [req('REQ-0001', { owner: 'nobody' })],
      'link/unknown-person',
      ['owner'],
    ],
    [
      'a change request naming a missing requirement',
      [
        loaded('content/changes/CR-0001.md', {
          id: 'CR-0001',
          status: 'proposed',
          requirements: ['REQ-0404'],
        }),
      ],
      'link/unresolved',
      ['requirements', 0],
    ],
    [
      'a missing attachment',
      [req('REQ-0001', { attachments: [{ path: 'scan.pdf', title: 'x' }] })],
      'link/attachment-missing',
      ['attachments', 0, 'path'],
    ],
    [
      'a dependency cycle',
      [
        req('REQ-0001', { depends_on: ['REQ-0002'] }),
        req('REQ-0002', { depends_on: ['REQ-0001'] }),
      ],
      'depends/cycle',
      ['depends_on'],
    ],
    [
      'an open child under a closed parent',
      [
        req('REQ-0001', { status: 'cancelled', cancel_reason: 'x' }),
        req('REQ-0002', { parent: 'REQ-0001' }),
      ],
      'parent/closed-with-open-child',
      ['parent'],
    ],
    [
      'a field the state requires',
      [req('REQ-0001', { status: 'rejected' })],
      'workflow/state-requires',
      ['status'],
    ],
    [
      'a nested required field points at its parent',
      [
        loaded('content/releases/REL-001.md', {
          id: 'REL-001',
          status: 'frozen',
          requirements: [],
        }),
      ],
      'workflow/state-requires',
      ['status'],
    ],
    [
      'dates out of order',
      [req('REQ-0001', { stage_since: '2026-02-01' })],
      'dates/order',
      ['stage_since'],
    ],
    [
      'a frozen release with an untested member',
      [
        req('REQ-0001'),
        loaded('content/releases/REL-001.md', {
          id: 'REL-001',
          status: 'frozen',
          baseline: 'v1',
          requirements: ['REQ-0001'],
        }),
      ],
      'release/member-state',
      ['requirements', 0],
    ],
    [
      'a requirement without customer or department',
      [req('REQ-0001', { customer: undefined })],
      'requirement/requester',
      ['requested_by'],
    ],
    [
      'duplicate acceptance criteria IDs',
      [
        req('REQ-0001', {
          acceptance_criteria: [
            { id: 'AC-1', text: 'a' },
            { id: 'AC-1', text: 'b' },
          ],
        }),
      ],
      'requirement/criterion-duplicate',
      ['acceptance_criteria', 1, 'id'],
    ],
    [
      'a record whose date disagrees with its file name',
      [
        loaded('content/customers/CUS-001/visits/2026-03-01-wang-fang.md', {
          date: '2026-03-02',
          type: 'scheduled',
          visited_by: ['wang-fang'],
          summary: 'x',
        }),
      ],
      'record/date-filename',
      ['date'],
    ],
    [
      'a source record that does not exist',
      [req('REQ-0001', { source: { type: 'visit', record: 'CUS-001/visits/2026-01-01-x' } })],
      'link/unresolved',
      ['source', 'record'],
    ],
    [
      'a source record of another customer',
      [
        loaded('content/customers/CUS-002/customer.md', {
          id: 'CUS-002',
          status: 'active',
          account_manager: 'wang-fang',
        }),
        loaded('content/customers/CUS-002/visits/2026-01-01-x.md', { date: '2026-01-01' }),
        req('REQ-0001', { source: { type: 'visit', record: 'CUS-002/visits/2026-01-01-x' } }),
      ],
      'requirement/source-other-customer',
      ['source', 'record'],
    ],
  ] as const)('%s', (_name, documents, rule, pointer) => {
    expect(rulesFor([...documents])).toEqual([expect.objectContaining({ rule, pointer })]);
  });

  it('reports a parent cycle on every file in it', () => {
    const issues = rulesFor([
      req('REQ-0001', { parent: 'REQ-0002' }),
      req('REQ-0002', { parent: 'REQ-0001' }),
    ]);
    expect(issues.map((issue) => [issue.rule, issue.path, issue.params['cycle']])).toEqual([
      ['parent/cycle', 'content/requirements/REQ-0001.md', 'REQ-0001 → REQ-0002 → REQ-0001'],
      ['parent/cycle', 'content/requirements/REQ-0002.md', 'REQ-0002 → REQ-0001 → REQ-0002'],
    ]);
  });

  it('accepts links that resolve, including records and attachments', () => {
    const visit = loaded('content/customers/CUS-001/visits/2026-03-01-wang-fang.md', {
      date: '2026-03-01',
      type: 'return',
      visited_by: ['wang-fang'],
      summary: 'x',
    });
    const documents = [
      visit,
      req('REQ-0001', {
        source: { type: 'visit', record: visit.id },
        attachments: [{ path: 'files/a.pdf', title: 'a' }],
      }),
      req('REQ-0002', { parent: 'REQ-0001', depends_on: ['REQ-0001'] }),
    ];
    expect(rulesFor(documents, ['content/requirements/files/a.pdf'])).toEqual([]);
  });

  it('reports each duplicate ID on the later file', () => {
    const copy = {
      ...req('REQ-0001'),
      path: 'content/requirements/REQ-0001-copy.md',
      expectedId: 'REQ-0001-copy',
    };
    expect(rulesFor([req('REQ-0001'), copy]).map((issue) => [issue.rule, issue.path])).toEqual([
      ['id/filename', 'content/requirements/REQ-0001-copy.md'],
      ['id/duplicate', 'content/requirements/REQ-0001-copy.md'],
    ]);
  });
});

describe('confidential values in bodies', () => {
  it.each([
    ['请致电 13812345678 联系', 1, 5, '138…78'],
    ['第一行\n座机 0571-87654321', 2, 4, '057…21'],
    ['代码 91330106MA2H3K4L5X 已核验', 1, 4, '913…5X'],
    ['手机 138-1234-5678', 1, 4, '138…78'],
    ['手机 138 1234 5678', 1, 4, '138…78'],
    ['致电 +8613812345678', 1, 4, '+86…78'],
    ['热线 400-123-4567', 1, 4, '400…67'],
  ])('warns about %j', (body, line, col, value) => {
    const [problem] = checkBodyForConfidentialValues({ body, bodyLine: 10 });
    expect(problem).toMatchObject({
      rule: 'body/confidential-value',
      severity: 'warning',
      line: 9 + line,
      col,
      params: { value },
    });
  });

  it('leaves order numbers and longer digit runs alone', () => {
    const body = '订单号 2026031512345678901 与 REQ-0012 相关,共 138 件。';
    expect(checkBodyForConfidentialValues({ body, bodyLine: 5 })).toEqual([]);
  });
});

describe('entriesAt and firstValueAt', () => {
  const data = {
    a: { b: 1 },
    list: [{ id: 'x' }, { id: 'y' }, { other: 1 }],
    empty: [],
    nil: null,
  };
  it.each([
    [['a', 'b'], [[['a', 'b'], 1]]],
    [['a', 'missing'], []],
    [
      ['list', '*', 'id'],
      [
        [['list', 0, 'id'], 'x'],
        [['list', 1, 'id'], 'y'],
      ],
    ],
    [['empty', '*'], []],
    [['nil', 'x'], []],
    [['a', '*'], []],
    [[], [[[], data]]],
  ] as const)('%j', (pattern, expected) => {
    expect(entriesAt(data, pattern)).toEqual(expected);
    expect(firstValueAt(data, pattern)).toEqual(expected[0]);
  });
});
