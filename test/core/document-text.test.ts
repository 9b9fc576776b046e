import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { orderBySchema, renderDocumentText } from '../../src/core/document-text.ts';
import { parseDocumentText } from '../../src/core/parse.ts';

const SCHEMA = {
  properties: {
    id: {},
    title: {},
    source: { properties: { type: {}, record: {} } },
    criteria: { items: { properties: { id: {}, text: {} } } },
    tags: {},
  },
};

describe('orderBySchema', () => {
  it('follows the schema at every depth, drops undefined and keeps unknown keys last', () => {
    const ordered = orderBySchema(SCHEMA, {
      extra: 1,
      tags: ['a'],
      source: { record: 'r', type: 't' },
      title: 'x',
      id: 'REQ-0001',
      criteria: [{ text: 'y', id: 'AC-1' }],
      gone: undefined,
    });
    expect(JSON.stringify(ordered)).toBe(
      '{"id":"REQ-0001","title":"x","source":{"type":"t","record":"r"},"criteria":[{"id":"AC-1","text":"y"}],"tags":["a"],"extra":1}',
    );
  });
});

describe('renderDocumentText', () => {
  it('quotes what another YAML reader would coerce, and reads back the same', () => {
    const data = {
      id: 'REQ-0001',
      title: 'yes',
      source: { type: '2026-11-26', record: '13800138000' },
      tags: ['库存', '0755', 'on'],
    };
    const text = renderDocumentText(SCHEMA, data, '## 需求背景\n\n文字');
    expect(text).toBe(outdent`
      ---
      id: REQ-0001
      title: "yes"
      source:
        type: "2026-11-26"
        record: "13800138000"
      tags: [库存, "0755", "on"]
      ---

      ## 需求背景

      文字

    `);
    const parsed = parseDocumentText(text);
    expect(parsed.ok && parsed.doc.data).toEqual(data);
  });

  it('keeps long and multi-line text readable', () => {
    const long = '很长的一句话'.repeat(30);
    const text = renderDocumentText(SCHEMA, { title: long, tags: ['第一行\n第二行'] }, '');
    expect(text).toContain(`title: ${long}\n`);
    expect(text).toContain('tags:\n  - |-\n    第一行\n    第二行\n');
    expect(text.endsWith('---\n')).toBe(true);
  });
});
