import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { createLocator, locateDataPath, offsetToPosition } from '../../src/core/locate.ts';
import type { LocateTarget } from '../../src/core/locate.ts';
import { parseDocumentText } from '../../src/core/parse.ts';
import type { ParsedDocument } from '../../src/core/parse.ts';
import type { DataPath } from '../../src/core/problem.ts';

function parsed(text: string): ParsedDocument {
  const result = parseDocumentText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.doc;
}

// Line numbers are in the whole file: line 1 is the opening `---`.
const DOC = parsed(outdent`
  ---
  id: REQ-00001
  标题: 登录页面支持短信验证码
  客户:
    名称: 甲公司
    联系人:
      - 姓名: 李四
        电话: "13800138000"
      - 姓名: 王五
  tags: [login, sms]
  flow: {a: 1, b: [x, y]}
  note: |
    多行文字
  empty:
  说明😀: 值
  typed: !!str 123
  ---
  正文
`);

interface Case {
  name: string;
  path: DataPath;
  target: LocateTarget;
  line: number;
  col: number;
}

const CASES: Case[] = [
  { name: 'top-level value', path: ['id'], target: 'value', line: 2, col: 5 },
  { name: 'top-level key', path: ['id'], target: 'key', line: 2, col: 1 },
  { name: 'value after a Chinese key', path: ['标题'], target: 'value', line: 3, col: 5 },
  { name: 'nested mapping value', path: ['客户', '名称'], target: 'value', line: 5, col: 7 },
  { name: 'nested mapping key', path: ['客户', '名称'], target: 'key', line: 5, col: 3 },
  { name: 'a mapping value is its first key', path: ['客户'], target: 'value', line: 5, col: 3 },
  { name: 'sequence item', path: ['客户', '联系人', 1], target: 'value', line: 9, col: 7 },
  {
    name: 'key inside a sequence item',
    path: ['客户', '联系人', 1, '姓名'],
    target: 'key',
    line: 9,
    col: 7,
  },
  {
    name: 'value inside a sequence item',
    path: ['客户', '联系人', 1, '姓名'],
    target: 'value',
    line: 9,
    col: 11,
  },
  {
    name: 'index given as a string (JSON Pointer)',
    path: ['客户', '联系人', '1', '姓名'],
    target: 'value',
    line: 9,
    col: 11,
  },
  {
    name: 'quoted value points at the quote',
    path: ['客户', '联系人', 0, '电话'],
    target: 'value',
    line: 8,
    col: 11,
  },
  { name: 'flow sequence item', path: ['tags', 1], target: 'value', line: 10, col: 15 },
  { name: 'flow sequence', path: ['tags'], target: 'value', line: 10, col: 7 },
  { name: 'flow mapping', path: ['flow'], target: 'value', line: 11, col: 7 },
  { name: 'flow mapping key', path: ['flow', 'b'], target: 'key', line: 11, col: 14 },
  {
    name: 'item in a flow list in a flow mapping',
    path: ['flow', 'b', 1],
    target: 'value',
    line: 11,
    col: 21,
  },
  { name: 'block scalar points at `|`', path: ['note'], target: 'value', line: 12, col: 7 },
  {
    name: 'an empty value falls back to its key',
    path: ['empty'],
    target: 'value',
    line: 14,
    col: 1,
  },
  { name: 'emoji counts as one column', path: ['说明😀'], target: 'value', line: 15, col: 6 },
  { name: 'a tagged value points at the tag', path: ['typed'], target: 'value', line: 16, col: 8 },
  // Missing parts point at the deepest key that exists: where the author has to add something.
  {
    name: 'missing nested property → parent key',
    path: ['客户', '地址'],
    target: 'value',
    line: 4,
    col: 1,
  },
  {
    name: 'missing property in a list item → the item',
    path: ['客户', '联系人', 0, '邮箱'],
    target: 'value',
    line: 7,
    col: 7,
  },
  {
    name: 'index out of range → the list key',
    path: ['tags', 5],
    target: 'value',
    line: 10,
    col: 1,
  },
  { name: 'path through a scalar → that key', path: ['id', 'x'], target: 'value', line: 2, col: 1 },
  {
    name: 'missing top-level property → first front-matter line',
    path: ['owner'],
    target: 'value',
    line: 2,
    col: 1,
  },
  {
    name: 'unknown key → the key itself',
    path: ['客户', '联系人'],
    target: 'key',
    line: 6,
    col: 3,
  },
  { name: 'empty path', path: [], target: 'value', line: 2, col: 1 },
];

describe('locateDataPath', () => {
  it.each(CASES)('$name: $path ($target) → $line:$col', ({ path, target, line, col }) => {
    expect(locateDataPath(DOC, path, target)).toEqual({ line, col });
  });

  it('one locator answers many look-ups', () => {
    const locate = createLocator(DOC);
    for (const { path, target, line, col } of CASES)
      expect(locate(path, target)).toEqual({ line, col });
  });

  it('gives the same positions for a BOM + CRLF file', () => {
    const crlf = parsed(`\uFEFF---\r\nid: REQ-1\r\n客户:\r\n  名称: 甲公司\r\n---\r\n`);
    expect(locateDataPath(crlf, ['客户', '名称'], 'value')).toEqual({ line: 4, col: 7 });
  });

  it('adds the front-matter line offset', () => {
    const shifted = { frontMatter: 'a:\n  b: 值\n', frontMatterLine: 10 };
    expect(locateDataPath(shifted, ['a', 'b'], 'value')).toEqual({ line: 11, col: 6 });
    expect(locateDataPath(shifted, [], 'key')).toEqual({ line: 10, col: 1 });
  });

  it('falls back to the first front-matter line when the YAML does not parse', () => {
    expect(locateDataPath({ frontMatter: 'a: [1\n', frontMatterLine: 2 }, ['a'], 'value')).toEqual({
      line: 2,
      col: 1,
    });
  });
});

describe('offsetToPosition', () => {
  it.each([
    { name: 'start', text: 'ab\ncd', offset: 0, line: 1, col: 1 },
    { name: 'at a newline', text: 'ab\ncd', offset: 2, line: 1, col: 3 },
    { name: 'after a newline', text: 'ab\ncd', offset: 3, line: 2, col: 1 },
    { name: 'after Chinese', text: '需求: x', offset: 4, line: 1, col: 5 },
    { name: 'after a surrogate pair', text: 'x\n😀😀y', offset: 6, line: 2, col: 3 },
    { name: 'past the end is clamped', text: 'ab', offset: 10, line: 1, col: 3 },
  ])('$name', ({ text, offset, line, col }) => {
    expect(offsetToPosition(text, offset)).toEqual({ line, col });
  });
});
