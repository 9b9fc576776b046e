/**
 * Revision records from one git log pass over a real temporary repository with fixed dates: state
 * moves, changed fields, a merged pull request, a renumber (rename with a new ID) and a deletion.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRevisionRecords, type DocumentHistory } from '../../src/app/revision-records.ts';
import { openGitHistory } from '../../src/adapters/git-history.ts';
import { CUSTOMER, requirement } from '../helpers/documents.ts';
import {
  DEV,
  PM,
  commitFiles,
  createGitRepo,
  git,
  mergeBranch,
  removeRepo,
} from '../helpers/git.ts';

const REQ = 'content/requirements/REQ-0001.md';
let root: string;
let records: Map<string, DocumentHistory>;
let mergeCommit: string;

beforeAll(async () => {
  root = createGitRepo();
  commitFiles(
    root,
    {
      'content/customers/CUS-001/customer.md': CUSTOMER,
      [REQ]: requirement('REQ-0001'),
      'content/requirements/REQ-0002.md': requirement('REQ-0002'),
      'content/changes/attachments/scan.pdf': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0]),
    },
    'Submit REQ-0001 and REQ-0002',
    PM,
    '2026-03-01T09:00:00+08:00',
  );
  const evaluating = requirement('REQ-0001').replace('status: submitted', 'status: evaluating');
  commitFiles(root, { [REQ]: evaluating }, 'REQ-0001: 评估中', PM, '2026-03-05T10:00:00+08:00');
  git(root, ['checkout', '--quiet', '-b', 'approve']);
  const approved = evaluating.replace('status: evaluating', 'status: approved');
  commitFiles(root, { [REQ]: approved }, 'Approve REQ-0001', DEV, '2026-03-09T15:00:00+08:00');
  git(root, ['checkout', '--quiet', 'main']);
  mergeCommit = mergeBranch(
    root,
    'approve',
    'Merge pull request #7 from team/approve',
    PM,
    '2026-03-10T11:00:00+08:00',
  );
  commitFiles(
    root,
    {
      [REQ]: undefined,
      'content/requirements/REQ-0100.md': approved.replace('REQ-0001', 'REQ-0100'),
    },
    'Renumber REQ-0001 → REQ-0100',
    DEV,
    '2026-03-12T08:00:00+08:00',
  );
  commitFiles(
    root,
    { 'content/requirements/REQ-0002.md': undefined },
    'Remove REQ-0002',
    DEV,
    '2026-03-13T08:00:00+08:00',
  );
  records = await readRevisionRecords(root);
});

afterAll(() => {
  removeRepo(root);
});

describe('readRevisionRecords', () => {
  it('lists each revision with date, author, what changed and the state move', () => {
    const history = records.get('REQ-0100');
    expect(history?.path).toBe('content/requirements/REQ-0100.md');
    expect(history?.ids).toEqual(['REQ-0001', 'REQ-0100']);
    const rows = history?.revisions.map((revision) => ({
      date: revision.date,
      author: revision.author.name,
      change: revision.change,
      state: revision.state,
      fields: revision.fields,
      pullRequest: revision.pullRequest,
    }));
    expect(rows).toEqual([
      {
        date: '2026-03-01T09:00:00+08:00',
        author: '赵磊',
        change: 'created',
        state: { to: 'submitted' },
        fields: [],
        pullRequest: undefined,
      },
      {
        date: '2026-03-05T10:00:00+08:00',
        author: '赵磊',
        change: 'edited',
        state: { from: 'submitted', to: 'evaluating' },
        fields: ['status'],
        pullRequest: undefined,
      },
      {
        date: '2026-03-10T11:00:00+08:00',
        author: '赵磊',
        change: 'edited',
        state: { from: 'evaluating', to: 'approved' },
        fields: ['status'],
        pullRequest: 7,
      },
      {
        date: '2026-03-12T08:00:00+08:00',
        author: '林涛',
        change: 'renamed',
        state: undefined,
        fields: ['id'],
        pullRequest: undefined,
      },
    ]);
  });

  it('gives a merged pull request to its merge commit (first parent), not the branch commit', () => {
    const commits = records.get('REQ-0100')?.revisions.map((revision) => revision.commit);
    expect(commits).toContain(mergeCommit);
    expect(records.get('REQ-0100')?.revisions.some((r) => r.subject === 'Approve REQ-0001')).toBe(
      false,
    );
  });

  it('follows the renumber: the old ID leads to the same history, with the rename recorded', () => {
    expect(records.get('REQ-0001')).toBe(records.get('REQ-0100'));
    expect(records.get('REQ-0100')?.revisions.at(-1)).toMatchObject({
      fromPath: REQ,
      previousId: 'REQ-0001',
      id: 'REQ-0100',
    });
  });

  it('keeps a deleted document, marked deleted, and skips attachments', () => {
    const removed = records.get('REQ-0002');
    expect(removed?.deleted).toBe(true);
    expect(removed?.revisions.map((revision) => revision.change)).toEqual(['created', 'deleted']);
    expect([...records.keys()].some((key) => key.includes('scan'))).toBe(false);
    expect(records.get('CUS-001')?.revisions).toHaveLength(1);
  });

  it('reads a repository without commits as no history', async () => {
    const empty = createGitRepo();
    try {
      expect((await readRevisionRecords(empty)).size).toBe(0);
    } finally {
      removeRepo(empty);
    }
  });

  it('reads the log and the picked objects in one pass, as readLog and readObjects do', async () => {
    const history = openGitHistory(root);
    const commits = await history.readLog();
    const blobs = commits.flatMap((commit) => commit.changes.map((change) => change.newBlob));
    const separate = await history.readObjects(blobs);
    const together = await history.readLogWithObjects(
      (change) => change.newBlob,
      (bytes) => new TextDecoder().decode(bytes),
    );
    expect(together.commits).toEqual(commits);
    expect(commits.flatMap((commit) => commit.changes.map((change) => change.path))).toContain(
      'content/requirements/REQ-0100.md',
    );
    // The all-zero ID of a deletion names no object: absent, like any name git cannot resolve.
    expect([...together.objects.keys()].sort()).toEqual([...separate.keys()].sort());
    expect(together.objects.size).toBeGreaterThan(3);
    for (const [blob, text] of together.objects)
      expect(text).toBe(new TextDecoder().decode(separate.get(blob)));
  });

  it('reads the same history from a subfolder of the work tree, and none outside content/', async () => {
    const nested = createGitRepo();
    try {
      commitFiles(
        nested,
        { 'site/content/requirements/REQ-0001.md': requirement('REQ-0001'), 'notes.md': 'x\n' },
        'Submit REQ-0001',
        PM,
        '2026-03-01T09:00:00+08:00',
      );
      const commits = await openGitHistory(`${nested}/site`).readLog();
      expect(commits.flatMap((commit) => commit.changes.map((change) => change.path))).toEqual([
        'content/requirements/REQ-0001.md',
      ]);
    } finally {
      removeRepo(nested);
    }
  });

  it('fails with the reason git gives outside a repository', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'docket-test-'));
    try {
      await expect(
        openGitHistory(plain).readLogWithObjects(() => undefined, String),
      ).rejects.toThrow(/not a git repository/);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('reads objects by blob ID or REV:path in one batch; unknown names are absent', async () => {
    const objects = await openGitHistory(root).readObjects([
      `${mergeCommit}:${REQ}`,
      'HEAD:content/requirements/REQ-0002.md',
      'HEAD:content/changes/attachments/scan.pdf',
    ]);
    expect(new TextDecoder().decode(objects.get(`${mergeCommit}:${REQ}`))).toContain(
      'status: approved',
    );
    expect(objects.has('HEAD:content/requirements/REQ-0002.md')).toBe(false);
    expect([...(objects.get('HEAD:content/changes/attachments/scan.pdf') ?? [])]).toEqual([
      0x25, 0x50, 0x44, 0x46, 0,
    ]);
  });
});
