/** The git log parser on literal output in the documented format (no git here: see test/app). */
import { describe, expect, it } from 'vitest';
import {
  createGitLogParser,
  NO_BLOB,
  parseGitLog,
  parsePullRequestNumber,
  type FileChange,
} from '../../src/core/history-log.ts';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const header = (sha: string, subject: string) =>
  `\x1e${sha}\x1f${A}\x1f赵磊\x1fzhaolei@example.com\x1f2026-03-01T09:00:00+08:00\x1f2026-03-01T09:00:00+08:00\x1f${subject}\0`;

describe('parseGitLog', () => {
  it('reads headers, added, modified, renamed and deleted entries with their blobs', () => {
    const output =
      header(C, 'REQ-0001: 已提交 → 评估中') +
      `\n:000000 100644 ${NO_BLOB} ${B} A\0content/requirements/REQ-0001.md\0` +
      `:100644 100644 ${A} ${B} R087\0content/requirements/REQ-0002.md\0content/requirements/REQ-0200.md\0` +
      header(B, 'Merge pull request #12 from team/cr\x1fwith a separator') +
      `\n:100644 100644 ${A} ${B} M\0content/a b\tc.md\0` +
      `:100644 000000 ${A} ${NO_BLOB} D\0content/old.md\0`;
    const commits = parseGitLog(output);
    expect(commits).toHaveLength(2);
    expect(commits[0]).toMatchObject({
      sha: C,
      parents: [A],
      authorName: '赵磊',
      authoredAt: '2026-03-01T09:00:00+08:00',
      subject: 'REQ-0001: 已提交 → 评估中',
    });
    expect(commits[0]?.changes).toEqual([
      { status: 'added', path: 'content/requirements/REQ-0001.md', oldBlob: NO_BLOB, newBlob: B },
      {
        status: 'renamed',
        fromPath: 'content/requirements/REQ-0002.md',
        path: 'content/requirements/REQ-0200.md',
        oldBlob: A,
        newBlob: B,
      },
    ]);
    expect(commits[1]?.subject).toBe('Merge pull request #12 from team/cr\x1fwith a separator');
    expect(commits[1]?.changes.map((change) => [change.status, change.path])).toEqual([
      ['modified', 'content/a b\tc.md'],
      ['deleted', 'content/old.md'],
    ]);
  });

  it('reads an empty log as no commits and refuses output in another format', () => {
    expect(parseGitLog('')).toEqual([]);
    expect(() => parseGitLog('commit abc\nAuthor: x')).toThrow(/unexpected git log token/);
  });
});

describe('createGitLogParser', () => {
  const output =
    header(C, 'REQ-0001: 已提交 → 评估中') +
    `\n:000000 100644 ${NO_BLOB} ${B} A\0requirements/REQ-0001.md\0` +
    `:100644 100644 ${A} ${B} R087\0requirements/REQ-0002.md\0requirements/REQ-0200.md\0` +
    header(B, '按仓库设置预警阈值 (#7)') +
    `\n:100644 000000 ${A} ${NO_BLOB} D\0old.md\0`;
  const whole = parseGitLog(output);

  it.each([1, 2, 3, 7, 40, 41, 64])(
    'reads output cut into pieces of %i characters as parseGitLog reads it whole',
    (size) => {
      const seen: FileChange[] = [];
      const parser = createGitLogParser({ onChange: (change) => seen.push(change) });
      for (let at = 0; at < output.length; at += size) parser.push(output.slice(at, at + size));
      const commits = parser.end();
      expect(commits).toEqual(whole);
      expect(seen).toEqual(whole.flatMap((commit) => commit.changes));
    },
  );

  it('hands each entry over as soon as its paths are in, before the log ends', () => {
    const seen: string[] = [];
    const parser = createGitLogParser({ onChange: (change) => seen.push(change.path) });
    const renameEnd = output.indexOf('REQ-0200.md') + 'REQ-0200.md'.length;
    parser.push(output.slice(0, renameEnd));
    expect(seen).toEqual(['requirements/REQ-0001.md']);
    parser.push(output.slice(renameEnd, renameEnd + 1));
    expect(seen).toEqual(['requirements/REQ-0001.md', 'requirements/REQ-0200.md']);
  });

  it('puts the folder of a --relative log back before every path', () => {
    const parser = createGitLogParser({ pathPrefix: 'content/' });
    parser.push(output);
    const changes = parser.end().flatMap((commit) => commit.changes);
    expect(changes.map((change) => [change.fromPath, change.path])).toEqual([
      [undefined, 'content/requirements/REQ-0001.md'],
      ['content/requirements/REQ-0002.md', 'content/requirements/REQ-0200.md'],
      [undefined, 'content/old.md'],
    ]);
  });

  it('refuses output in another format at the end as parseGitLog does', () => {
    const parser = createGitLogParser();
    expect(() => {
      parser.push('commit abc\0');
    }).toThrow(/unexpected git log token/);
  });
});

describe('parsePullRequestNumber', () => {
  it.each([
    ['Merge pull request #12 from team/cr', 12],
    ['按仓库设置预警阈值 (#7)', 7],
    ['REQ-0001: 已提交 → 评估中', undefined],
    ['Mention #5 in the middle', undefined],
  ])('%s → %s', (subject, number) => {
    expect(parsePullRequestNumber(subject)).toBe(number);
  });
});
