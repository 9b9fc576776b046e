/** How history reads one version of a document: top-level blocks compared as text, never run. */
import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import {
  evaluateChangedFields,
  parseSnapshot,
  splitTopLevelBlocks,
} from '../../src/core/history-snapshot.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('splitTopLevelBlocks', () => {
  it('keeps nested lines, comments and blank lines with the key above, trimmed at the end', () => {
    const frontMatter = outdent`
      # before any key: not part of a block
      id: REQ-0001
      criteria:
        - id: AC-1
          text: 签收后回写

      # a comment under criteria
      status: submitted   # inline

    `;
    expect(splitTopLevelBlocks(`${frontMatter}\n`)).toEqual({
      id: 'id: REQ-0001',
      criteria: 'criteria:\n  - id: AC-1\n    text: 签收后回写\n\n# a comment under criteria',
      status: 'status: submitted   # inline',
    });
  });

  it('joins a repeated key’s blocks, blank lines between them kept', () => {
    expect(splitTopLevelBlocks('tags: [a]\n\ntitle: x\ntags: [b]\n')).toEqual({
      tags: 'tags: [a]\n\ntags: [b]',
      title: 'title: x',
    });
    expect(splitTopLevelBlocks('')).toEqual({});
  });
});

describe('parseSnapshot', () => {
  it('reads id, status and title, and keeps the body as written', () => {
    const snapshot = parseSnapshot(
      bytes(
        '\uFEFF---\r\nid: REQ-0001\r\ntitle: "冷链: 温度"\r\nstatus: approved\r\n---\r\n正文\r\n',
      ),
    );
    expect(snapshot).toMatchObject({ id: 'REQ-0001', status: 'approved', title: '冷链: 温度' });
    expect(snapshot.body).toBe('正文\n');
    expect(snapshot.parsed).toBe(true);
  });

  it('says a version it cannot read is not parsed, instead of failing', () => {
    expect(parseSnapshot(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toMatchObject({ parsed: false });
    expect(parseSnapshot(bytes('no front matter'))).toMatchObject({ parsed: false });
  });
});

describe('evaluateChangedFields', () => {
  it('lists changed, added and removed keys in order, then the body', () => {
    const before = parseSnapshot(bytes('---\nid: A\nstatus: draft\nold: 1\n---\nbody\n'));
    const after = parseSnapshot(bytes('---\nid: A\nstatus: submitted\nnew: 2\n---\nbody 2\n'));
    expect(evaluateChangedFields(before, after)).toEqual(['status', 'new', 'old', 'body']);
    expect(evaluateChangedFields(undefined, after)).toEqual([]);
    expect(evaluateChangedFields(after, after)).toEqual([]);
  });
});
