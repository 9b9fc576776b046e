/**
 * Workflow checks between base and head (the issue's point 2), pure: two snapshots in, subjects
 * and problems out, with the project's real workflows.yaml.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { assembleChanges, type ChangeInput } from '../../../src/core/approvals/changes.ts';
import { stringifyCanonical } from '../../../src/core/approvals/fingerprint.ts';
import { APPROVAL_MESSAGES } from '../../../src/core/approvals/messages.ts';
import type { Snapshot, SnapshotDocument } from '../../../src/core/approvals/snapshot.ts';
import type { Config } from '../../../src/core/config.ts';
import type { DocumentKind } from '../../../src/core/layout.ts';
import { formatMessage } from '../../../src/core/messages.ts';
import { PROJECT_ROOT } from '../../helpers/repo.ts';

const WORKFLOWS = load(
  readFileSync(join(PROJECT_ROOT, 'content/config/workflows.yaml'), 'utf8'),
) as Config['workflows'];

function doc(
  kind: DocumentKind,
  id: string,
  data: Record<string, unknown>,
  path?: string,
): SnapshotDocument {
  const dirs: Partial<Record<DocumentKind, string>> = {
    requirement: 'requirements',
    change: 'changes',
    release: 'releases',
  };
  const dir = dirs[kind] ?? 'customers';
  const where =
    path ??
    (kind === 'customer' ? `content/customers/${id}/customer.md` : `content/${dir}/${id}.md`);
  const full = { id, ...data };
  return {
    kind,
    id,
    path: where,
    data: full,
    canonical: stringifyCanonical({ data: full, body: '' }),
    ...(kind === 'customer' ? { customer: id } : {}),
  };
}

function snapshot(documents: SnapshotDocument[], files: Record<string, string> = {}): Snapshot {
  const map = new Map<string, string>(Object.entries(files));
  for (const document of documents) map.set(document.path, `fp:${document.canonical}`);
  return { files: map, documents };
}

const CUSTOMER = doc('customer', 'CUS-006', {
  name: '星海物流有限公司',
  short_name: '星海物流',
  tier: 'B',
  status: 'active',
});
const REQ = doc('requirement', 'REQ-0040', {
  status: 'evaluating',
  customer: 'CUS-006',
  title: '在途温度',
});

function changes(
  before: SnapshotDocument[],
  after: SnapshotDocument[],
  extra: Partial<ChangeInput> = {},
) {
  return assembleChanges({
    before: snapshot([CUSTOMER, ...before]),
    after: snapshot([CUSTOMER, ...after]),
    baseTipIds: new Set(),
    workflows: WORKFLOWS,
    confidentialView: () => '',
    ...extra,
  });
}

const messages = (set: ReturnType<typeof changes>) => [
  ...set.issues.map(
    (issue) =>
      `${issue.path} ${issue.pointer.join('.')}: ${formatMessage(APPROVAL_MESSAGES, issue.message, issue.params, 'en')}`,
  ),
  ...set.problems.map(
    (problem) =>
      `${problem.path}: ${formatMessage(APPROVAL_MESSAGES, problem.message, problem.params, 'en')}`,
  ),
];

describe('changes between base and head', () => {
  it('finds one allowed transition and its step', () => {
    const set = changes(
      [REQ],
      [doc('requirement', 'REQ-0040', { ...REQ.data, status: 'approved' })],
    );
    expect(messages(set)).toEqual([]);
    expect(set.subjects.map((s) => [s.key, s.document?.steps, s.customers])).toEqual([
      [
        'REQ-0040',
        [{ from: 'evaluating', to: 'approved' }],
        [{ id: 'CUS-006', name: '星海物流', tiers: ['B'] }],
      ],
    ]);
  });

  it('accepts a path of allowed transitions and lists every step', () => {
    const cr = (status: string) => doc('change', 'CR-0007', { status, requirements: ['REQ-0040'] });
    const set = changes([REQ, cr('impact-assessed')], [REQ, cr('approved')]);
    expect(messages(set)).toEqual([]);
    expect(set.subjects[0]?.document?.steps).toEqual([
      { from: 'impact-assessed', to: 'awaiting-approval' },
      { from: 'awaiting-approval', to: 'approved' },
    ]);
    expect(set.subjects[0]?.customers.map((c) => c.id)).toEqual(['CUS-006']);
  });

  it('refuses a move no path allows', () => {
    const set = changes(
      [doc('requirement', 'REQ-0041', { status: 'rejected' })],
      [doc('requirement', 'REQ-0041', { status: 'approved' })],
    );
    expect(messages(set)).toEqual([
      'content/requirements/REQ-0041.md status: REQ-0041 moves from `rejected` to `approved`, which no path of transitions in content/config/workflows.yaml allows. Move it along the workflow.',
    ]);
  });

  it.each([
    ['draft', []],
    ['submitted', []],
    [
      'approved',
      [
        'content/requirements/REQ-0050.md status: The new document REQ-0050 starts in `approved`; a new document starts in `draft`, `submitted`.',
      ],
    ],
  ])('a new requirement may start in %s or not', (status, expected) => {
    const set = changes([], [doc('requirement', 'REQ-0050', { status })]);
    expect(messages(set)).toEqual(expected);
    expect(set.subjects[0]?.document?.change).toBe('added');
  });

  it.each([
    ['change', 'CR-0016', 'impact-assessed', '`proposed`'],
    ['release', 'REL-004', 'frozen', '`planned`'],
    ['customer', 'CUS-010', 'lost', '`prospect`, `new`'],
  ] as const)(
    'a new %s starts only in an entry state workflows.yaml lists',
    (kind, id, status, allowed) => {
      const set = changes([], [doc(kind, id, { status })]);
      expect(messages(set)).toEqual([
        expect.stringContaining(`starts in \`${status}\`; a new document starts in ${allowed}.`),
      ]);
    },
  );

  it('applies the approval a detour through on-hold would skip', () => {
    const after = { ...REQ.data, status: 'in-development', evaluation: { effort_days: 3 } };
    const set = changes([REQ], [doc('requirement', 'REQ-0040', after)]);
    expect(messages(set)).toEqual([]);
    const document = set.subjects[0]?.document;
    expect(document?.steps).toEqual([
      { from: 'evaluating', to: 'approved' },
      { from: 'approved', to: 'in-development' },
    ]);
    expect(document?.moves).toEqual(
      expect.arrayContaining([
        { from: 'evaluating', to: 'approved' },
        { from: 'on-hold', to: 'approved' },
      ]),
    );
  });

  it('does not call a document deleted when it is still on the head but failed to load', () => {
    const set = assembleChanges({
      before: snapshot([CUSTOMER, REQ]),
      after: snapshot([CUSTOMER], { [REQ.path]: 'fp:unreadable' }),
      baseTipIds: new Set(),
      workflows: WORKFLOWS,
      confidentialView: () => '',
    });
    expect(messages(set)).toEqual([]);
  });

  it('refuses a deleted document', () => {
    const set = changes([REQ], []);
    expect(messages(set)).toEqual([
      'content/requirements/REQ-0040.md: REQ-0040 was deleted: documents are never deleted; cancel or withdraw it instead (change its status). To change an ID use `docket renumber`, without other edits.',
    ]);
  });

  it('refuses a document renamed by hand (same ID, other path)', () => {
    const moved = doc('requirement', 'REQ-0040', REQ.data, 'content/requirements/old/REQ-0040.md');
    expect(messages(changes([REQ], [moved]))).toEqual([
      'content/requirements/old/REQ-0040.md id: REQ-0040 was moved or renamed by hand from `content/requirements/REQ-0040.md`: put it back; to change an ID use `docket renumber`.',
    ]);
  });

  it('recognises docket renumber (same content, ID changed consistently)', () => {
    const renumbered = doc('requirement', 'REQ-0100', { ...REQ.data, id: 'REQ-0100' });
    const set = changes([REQ], [renumbered]);
    expect(messages(set)).toEqual([]);
    expect(set.subjects.map((s) => [s.key, s.document?.change, s.document?.previousId])).toEqual([
      ['REQ-0100', 'renumbered', 'REQ-0040'],
    ]);
  });

  it('does not take a renumber with other edits for one', () => {
    const edited = doc('requirement', 'REQ-0100', {
      ...REQ.data,
      id: 'REQ-0100',
      title: '改了标题',
    });
    expect(messages(changes([REQ], [edited]))).toEqual([
      'content/requirements/REQ-0100.md status: The new document REQ-0100 starts in `evaluating`; a new document starts in `draft`, `submitted`.',
      'content/requirements/REQ-0040.md: REQ-0040 was deleted: documents are never deleted; cancel or withdraw it instead (change its status). To change an ID use `docket renumber`, without other edits.',
    ]);
  });

  it('refuses an added ID that the base branch already took', () => {
    const set = changes([], [doc('requirement', 'REQ-0048', { status: 'submitted' })], {
      baseTipIds: new Set(['REQ-0048']),
    });
    expect(messages(set)).toEqual([
      'content/requirements/REQ-0048.md id: The ID REQ-0048 is already taken on the base branch (another pull request merged the same ID): merge the base branch, then `docket renumber` this document to a free ID.',
    ]);
  });

  it('carries attachments with their document and lists other changed files on their own', () => {
    const cr = doc('change', 'CR-0005', {
      status: 'approved',
      requirements: ['REQ-0040'],
      attachments: [{ path: 'attachments/CR-0005-signed.pdf', title: 'scan' }],
    });
    const set = assembleChanges({
      before: snapshot([CUSTOMER, REQ], { 'content/config/people.yaml': 'p1' }),
      after: snapshot([CUSTOMER, REQ, cr], {
        'content/config/people.yaml': 'p2',
        'content/changes/attachments/CR-0005-signed.pdf': 's',
      }),
      baseTipIds: new Set(),
      workflows: WORKFLOWS,
      confidentialView: () => '',
    });
    expect(set.subjects.map((s) => [s.key, s.paths])).toEqual([
      ['CR-0005', ['content/changes/CR-0005.md', 'content/changes/attachments/CR-0005-signed.pdf']],
      ['content/config/people.yaml', ['content/config/people.yaml']],
    ]);
  });

  it('judges a replaced signed scan as a change to its document, which is otherwise unchanged', () => {
    const cr = doc('change', 'CR-0005', {
      status: 'approved',
      requirements: ['REQ-0040'],
      attachments: [{ path: 'attachments/CR-0005-signed.pdf', title: 'scan' }],
    });
    const scan = 'content/changes/attachments/CR-0005-signed.pdf';
    const set = assembleChanges({
      before: snapshot([CUSTOMER, REQ, cr], { [scan]: 'signed' }),
      after: snapshot([CUSTOMER, REQ, cr], { [scan]: 'forged' }),
      baseTipIds: new Set(),
      workflows: WORKFLOWS,
      confidentialView: () => '',
    });
    expect(messages(set)).toEqual([]);
    expect(
      set.subjects.map((s) => [s.key, s.document?.change, s.changedPaths, s.customers.length]),
    ).toEqual([['CR-0005', 'modified', [scan], 1]]);
  });

  it('sees changed fields and confidential values', () => {
    const view = (_kind: DocumentKind, data: Readonly<Record<string, unknown>>) =>
      stringifyCanonical(data['licence']);
    const after = doc('customer', 'CUS-006', { ...CUSTOMER.data, tier: 'A', licence: 'X' });
    const set = assembleChanges({
      before: snapshot([CUSTOMER]),
      after: snapshot([after]),
      baseTipIds: new Set(),
      workflows: WORKFLOWS,
      confidentialView: view,
    });
    expect(set.subjects[0]?.document?.fieldsChanged).toEqual(['licence', 'tier']);
    expect(set.subjects[0]?.document?.confidentialChanged).toBe(true);
    expect(set.subjects[0]?.customers).toEqual([
      { id: 'CUS-006', name: '星海物流', tiers: ['B', 'A'] },
    ]);
  });
});
