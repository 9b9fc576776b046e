import { outdent } from 'outdent';
import { describe, expect, it } from 'vitest';
import { decodeDocumentBytes } from '../../src/core/decode.ts';
import { formatMessage, LANGS } from '../../src/core/messages.ts';
import { PARSE_MESSAGES } from '../../src/core/parse-messages.ts';
import {
  MAX_FRONT_MATTER_BYTES,
  parseConfigText,
  parseDocumentText,
} from '../../src/core/parse.ts';
import type { ParsedDocument } from '../../src/core/parse.ts';
import type { Issue } from '../../src/core/problem.ts';

function parsed(text: string): ParsedDocument {
  const result = parseDocumentText(text);
  if (!result.ok) throw new Error(`expected a document, got ${JSON.stringify(result.issues)}`);
  expect(result.issues).toEqual([]);
  return result.doc;
}

function issueOf(text: string): Issue {
  const result = parseDocumentText(text);
  if (result.ok) throw new Error(`expected an issue, got ${JSON.stringify(result.doc.data)}`);
  expect(result.issues).toHaveLength(1);
  return result.issues[0] as Issue;
}

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

const REQUIREMENT = outdent`
  ---
  id: REQ-00001
  title: 登录页面支持短信验证码
  created: 2026-03-01
  phone: 13800138000
  quoted_phone: "13800138000"
  approved: yes
  priority: 2
  tags: [login, sms]
  contacts:
    - name: 李四
  ---
  # 背景

  客户希望增加短信验证码。
`;

describe('parseDocumentText: good documents', () => {
  it('splits front-matter and body and reports their lines', () => {
    const doc = parsed(REQUIREMENT);
    expect(doc.frontMatterLine).toBe(2);
    expect(doc.bodyLine).toBe(13);
    expect(doc.body).toBe('# 背景\n\n客户希望增加短信验证码。');
    expect(doc.frontMatter.startsWith('id: REQ-00001\n')).toBe(true);
    expect(doc.frontMatter.endsWith('  - name: 李四\n')).toBe(true);
    expect(doc.data).toEqual({
      id: 'REQ-00001',
      title: '登录页面支持短信验证码',
      created: '2026-03-01', // CORE schema: no YAML 1.1 timestamp, the date stays a string
      phone: 13800138000, // an unquoted phone number is a number; the schema layer says "quote it"
      quoted_phone: '13800138000',
      approved: 'yes', // YAML 1.2: only true/false are booleans
      priority: 2,
      tags: ['login', 'sms'],
      contacts: [{ name: '李四' }],
    });
  });

  it('returns plain objects', () => {
    const { data } = parsed(REQUIREMENT);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getPrototypeOf((data['contacts'] as object[])[0])).toBe(Object.prototype);
  });

  it('keeps `__proto__` as an own key instead of polluting prototypes', () => {
    const { data } = parsed(lines('---', '__proto__:', '  polluted: yes', '---'));
    expect(Object.keys(data)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts trailing blanks on fences and a closing fence without a newline', () => {
    const doc = parsed('--- \t\na: 1\n---  ');
    expect(doc).toEqual({
      data: { a: 1 },
      body: '',
      frontMatter: 'a: 1\n',
      frontMatterLine: 2,
      bodyLine: 4,
    });
  });

  it('only ends the front-matter at a line that is exactly `---`', () => {
    const doc = parsed(lines('---', 'a: |', '  ---x', '  ---', 'b: 2', '---', 'body ---', '---'));
    expect(doc.data).toEqual({ a: '---x\n---\n', b: 2 });
    expect(doc.bodyLine).toBe(7);
    expect(doc.body).toBe('body ---\n---\n');
  });

  it('gives a BOM + CRLF file the same data and line numbers as the LF one', () => {
    const crlf = new TextEncoder().encode(`\uFEFF${REQUIREMENT.replace(/\n/g, '\r\n')}`);
    const decoded = decodeDocumentBytes(crlf);
    if (!decoded.ok) throw new Error('decode failed');
    expect(parsed(decoded.text)).toEqual(parsed(REQUIREMENT));
    // Callers that skip the decoder get the same result too.
    expect(parsed(`\uFEFF${REQUIREMENT.replace(/\n/g, '\r\n')}`)).toEqual(parsed(REQUIREMENT));
  });

  it('counts front-matter bytes, not characters, against the limit', () => {
    const fits = `---\nt: ${'需'.repeat(21_000)}\n---\n`; // 63,000 bytes
    expect(parsed(fits).data['t']).toHaveLength(21_000);
  });
});

interface BadCase {
  name: string;
  text: string;
  rule: string;
  line: number;
  col: number;
  message?: string;
  params?: Record<string, string | number>;
}

const BILLION_LAUGHS = [
  '---',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map(
    (name, i) =>
      `${name}: &${name} [${Array(9)
        .fill(`*${'abcdefgh'[i] ?? ''}`)
        .join(',')}]`,
  ),
  '---',
].join('\n');

const BAD: BadCase[] = [
  // Fences
  {
    name: 'no front-matter',
    text: '# 需求\n\n正文\n',
    rule: 'frontmatter/missing',
    line: 1,
    col: 1,
  },
  {
    name: 'a blank line before the fence',
    text: lines('', '---', 'a: 1', '---'),
    rule: 'frontmatter/missing',
    line: 1,
    col: 1,
  },
  {
    name: 'a Markdown rule `----`',
    text: lines('----', 'a: 1', '----'),
    rule: 'frontmatter/missing',
    line: 1,
    col: 1,
  },
  {
    name: 'unclosed front-matter',
    text: lines('---', 'title: 需求', '', '# 正文'),
    rule: 'frontmatter/unclosed',
    line: 1,
    col: 1,
  },
  { name: 'only an opening fence', text: '---', rule: 'frontmatter/unclosed', line: 1, col: 1 },
  {
    name: '`---x` does not close',
    text: lines('---', 'a: 1', '---x', 'body'),
    rule: 'frontmatter/unclosed',
    line: 1,
    col: 1,
  },
  {
    name: 'an indented `---` does not close',
    text: lines('---', 'a: 1', ' ---', 'body'),
    rule: 'frontmatter/unclosed',
    line: 1,
    col: 1,
  },
  {
    name: '`---js` engine',
    text: lines('---js', '{ a: 1 }', '---'),
    rule: 'frontmatter/engine',
    line: 1,
    col: 1,
    params: { engine: 'js', line: '---js' },
  },
  {
    name: '`--- javascript` engine',
    text: lines('--- javascript', '{ a: 1 }', '---'),
    rule: 'frontmatter/engine',
    line: 1,
    col: 1,
    params: { engine: 'javascript' },
  },
  {
    name: '`---coffee` engine',
    text: lines('---coffee', 'a: 1', '---'),
    rule: 'frontmatter/engine',
    line: 1,
    col: 1,
    params: { engine: 'coffee' },
  },
  {
    name: '`---json` engine',
    text: lines('---json', '{"a": 1}', '---'),
    rule: 'frontmatter/engine',
    line: 1,
    col: 1,
    params: { engine: 'json' },
  },
  {
    name: 'front-matter over the byte limit (Chinese: 3 bytes each)',
    text: `---\nt: ${'需'.repeat(22_000)}\n---\n`,
    rule: 'frontmatter/too-large',
    line: 1,
    col: 1,
    params: { size: 66_004, limit: MAX_FRONT_MATTER_BYTES },
  },
  {
    name: 'empty front-matter',
    text: lines('---', '---', 'body'),
    rule: 'frontmatter/empty',
    line: 1,
    col: 1,
  },
  {
    name: 'front-matter with only comments',
    text: lines('---', '# 待补充', '', '---'),
    rule: 'frontmatter/empty',
    line: 1,
    col: 1,
  },
  {
    name: 'a list instead of a mapping',
    text: lines('---', '- title: 需求', '- owner: 张三', '---'),
    rule: 'frontmatter/not-mapping',
    line: 2,
    col: 1,
    params: { type: 'list' },
  },
  {
    name: 'a scalar instead of a mapping',
    text: lines('---', '', '登录页面支持短信验证码', '---'),
    rule: 'frontmatter/not-mapping',
    line: 3,
    col: 1,
    params: { type: 'string', value: '登录页面支持短信验证码' },
  },
  {
    name: 'a full-width colon makes a scalar',
    text: lines('---', 'title：需求', '---'),
    rule: 'frontmatter/not-mapping',
    line: 2,
    col: 1,
    params: { type: 'string' },
  },
  {
    name: 'a null document',
    text: lines('---', '~', '---'),
    rule: 'frontmatter/not-mapping',
    line: 2,
    col: 1,
    params: { type: 'null' },
  },
  // YAML
  {
    name: 'duplicate key',
    text: lines('---', 'title: a', 'owner: b', 'title: c', '---'),
    rule: 'yaml/duplicate-key',
    line: 4,
    col: 1,
    params: { key: 'title' },
  },
  {
    name: 'duplicate nested Chinese key',
    text: lines('---', '客户:', '  名称: 甲', '  名称: 乙', '---'),
    rule: 'yaml/duplicate-key',
    line: 4,
    col: 3,
    params: { key: '名称' },
  },
  {
    name: 'duplicate quoted key points at the quote',
    text: lines('---', 'a: 1', '"a": 2', '---'),
    rule: 'yaml/duplicate-key',
    line: 3,
    col: 1,
    params: { key: 'a' },
  },
  {
    name: 'tab indentation',
    text: lines('---', 'owner:', '\tname: 张三', '---'),
    rule: 'yaml/tab',
    line: 3,
    col: 1,
  },
  {
    name: 'tab after spaces in indentation',
    text: lines('---', 'owner:', '  name: 张三', ' \tphone: x', '---'),
    rule: 'yaml/tab',
    line: 4,
    col: 2,
  },
  {
    name: 'tab-indented list item',
    text: lines('---', 'tags:', '\t- a', '---'),
    rule: 'yaml/tab',
    line: 3,
    col: 1,
  },
  {
    name: 'an anchor, even unused',
    text: lines('---', 'company: &Partners', '---'),
    rule: 'yaml/alias',
    line: 2,
    col: 10,
    params: { found: '&Partners' },
  },
  {
    name: 'an alias',
    text: lines('---', 'a: 1', 'b: [x, *a]', '---'),
    rule: 'yaml/alias',
    line: 3,
    col: 8,
    params: { found: '*a' },
  },
  {
    name: 'billion laughs alias bomb',
    text: BILLION_LAUGHS,
    rule: 'yaml/alias',
    line: 2,
    col: 4,
    params: { found: '&a' },
  },
  {
    name: '`!!js/function`',
    text: lines('---', 'a: !!js/function "function () { return 1 }"', '---'),
    rule: 'yaml/unsafe-tag',
    line: 2,
    col: 4,
    params: { tag: '!!js/function' },
  },
  {
    name: '`!!python/object` mapping',
    text: lines('---', '标题: 需求', 'x: !!python/object', '  cmd: ls', '---'),
    rule: 'yaml/unsafe-tag',
    line: 3,
    col: 4,
    params: { tag: '!!python/object' },
  },
  {
    name: '`!!python/object/apply` scalar',
    text: lines('---', 'x: !!python/object/apply:os.system ls', '---'),
    rule: 'yaml/unsafe-tag',
    line: 2,
    col: 4,
    params: { tag: '!!python/object/apply:os.system' },
  },
  {
    name: 'local tag `!foo`',
    text: lines('---', 'x: [1, !foo 2]', '---'),
    rule: 'yaml/unsafe-tag',
    line: 2,
    col: 8,
    params: { tag: '!foo' },
  },
  {
    name: 'nesting deeper than 50',
    text: lines('---', `a: ${'['.repeat(60)}${']'.repeat(60)}`, '---'),
    rule: 'yaml/too-deep',
    line: 2,
    col: 53,
    params: { limit: 50 },
  },
  // js-yaml notices an unclosed bracket or quote at the next line that is not indented enough.
  {
    name: 'unclosed flow list',
    text: lines('---', 'tags: [a, b', 'owner: x', '---'),
    rule: 'yaml/syntax',
    line: 3,
    col: 1,
    params: { reason: 'deficient indentation' },
  },
  {
    name: 'two `: ` on one line',
    text: lines('---', 'title: 需求: 说明', '---'),
    rule: 'yaml/syntax',
    line: 2,
    col: 10,
    params: { reason: 'bad indentation of a mapping entry' },
  },
  {
    name: 'error column after an emoji counts it once',
    text: lines('---', 'title: 😀需求: 说明', '---'),
    rule: 'yaml/syntax',
    line: 2,
    col: 11,
  },
  {
    name: 'wrong indentation',
    text: lines('---', 'id: REQ-1', ' title: 需求', '---'),
    rule: 'yaml/syntax',
    line: 3,
    col: 7,
  },
  {
    name: 'unclosed quote',
    text: lines('---', 'title: "需求', 'owner: 张三', '---'),
    rule: 'yaml/syntax',
    line: 3,
    col: 1,
  },
  {
    name: 'a `...` line ends the YAML early',
    text: lines('---', 'a: 1', '...', 'b: 2', '---'),
    rule: 'yaml/syntax',
    line: 2,
    col: 1,
  },
];

describe('parseDocumentText: bad documents', () => {
  it.each(BAD)('$name → $rule at $line:$col', ({ text, rule, line, col, params }) => {
    const issue = issueOf(text);
    expect(issue).toMatchObject({ rule, line, col, severity: 'error' });
    if (params) expect(issue.params).toMatchObject(params);
  });

  it('never evaluates a `---js` front-matter', () => {
    const text = lines('---js', '{ title: (globalThis.__docketEngineRan = "yes") }', '---', 'body');
    expect(issueOf(text).rule).toBe('frontmatter/engine');
    expect((globalThis as Record<string, unknown>)['__docketEngineRan']).toBeUndefined();
  });

  it('never executes unsafe tags', () => {
    const text = lines(
      '---',
      'a: !!js/function "function () { globalThis.__docketTagRan = 1 }"',
      'b: !!js/undefined ~',
      '---',
    );
    expect(issueOf(text).rule).toBe('yaml/unsafe-tag');
    expect((globalThis as Record<string, unknown>)['__docketTagRan']).toBeUndefined();
  });

  it('gives YAML errors file positions under a CRLF + BOM file', () => {
    const issue = issueOf(`\uFEFF---\r\n客户:\r\n  名称: 甲\r\n  名称: 乙\r\n---\r\n`);
    expect(issue).toMatchObject({ rule: 'yaml/duplicate-key', line: 4, col: 3 });
  });
});

describe('parseConfigText', () => {
  it('loads a whole YAML file from line 1', () => {
    const result = parseConfigText(
      lines('# 人员', 'people:', '  - id: zhangsan', '    name: 张三', '    since: 2026-03-01'),
    );
    expect(result).toEqual({
      ok: true,
      issues: [],
      doc: {
        data: { people: [{ id: 'zhangsan', name: '张三', since: '2026-03-01' }] },
        frontMatter: '# 人员\npeople:\n  - id: zhangsan\n    name: 张三\n    since: 2026-03-01\n',
        frontMatterLine: 1,
        body: '',
        bodyLine: 6,
      },
    });
  });

  it.each([
    {
      name: 'duplicate key',
      text: lines('a: 1', 'b:', '  c: 1', '  c: 2'),
      rule: 'yaml/duplicate-key',
      line: 4,
      col: 3,
    },
    { name: 'tab', text: lines('a:', '\tb: 1'), rule: 'yaml/tab', line: 2, col: 1 },
    { name: 'alias', text: lines('a: &x 1', 'b: *x'), rule: 'yaml/alias', line: 1, col: 4 },
    {
      name: 'unsafe tag',
      text: lines('a: !!js/function "f"'),
      rule: 'yaml/unsafe-tag',
      line: 1,
      col: 4,
    },
    { name: 'empty file', text: lines('# 没有内容'), rule: 'yaml/empty', line: 1, col: 1 },
    { name: 'a list', text: lines('', '- a', '- b'), rule: 'yaml/not-mapping', line: 2, col: 1 },
    {
      name: 'CRLF line ends',
      text: 'a: 1\r\na: 2\r\n',
      rule: 'yaml/duplicate-key',
      line: 2,
      col: 1,
    },
  ])('$name → $rule at $line:$col', ({ text, rule, line, col }) => {
    const result = parseConfigText(text);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([expect.objectContaining({ rule, line, col })]);
  });
});

describe('PARSE_MESSAGES', () => {
  const decodeIssue = (input: Uint8Array): Issue => {
    const result = decodeDocumentBytes(input);
    if (result.ok) throw new Error('expected a decode issue');
    return result.issue;
  };
  const issues: Issue[] = [
    ...BAD.map((c) => issueOf(c.text)),
    ...[lines('# 没有内容'), lines('- a')].map((text) => parseConfigText(text).issues[0] as Issue),
    decodeIssue(new Uint8Array()),
    decodeIssue(new Uint8Array(1_048_577).fill(0x20)),
    decodeIssue(Uint8Array.from([0x25, 0x50, 0x44, 0x46])),
    decodeIssue(Uint8Array.from([0x61, 0, 0x62])),
    decodeIssue(Uint8Array.from([0x61, 0xe9, 0x20])),
    decodeIssue(Uint8Array.from([0x61, 0x3a, 0x20, 0xd0, 0xe8, 0xc7, 0xf3])),
    decodeIssue(Uint8Array.from([0xff, 0xfe, 0x61, 0])),
  ];

  it('has a message for every issue, and every message is used', () => {
    const used = new Set(issues.map((issue) => issue.message));
    expect([...used].sort()).toEqual(Object.keys(PARSE_MESSAGES).sort());
  });

  it.each(LANGS)('fills every placeholder in %s', (lang) => {
    for (const issue of issues) {
      const text = formatMessage(PARSE_MESSAGES, issue.message, issue.params, lang);
      expect(text, `${issue.message}: ${text}`).not.toMatch(/\{[\w-]+\}/);
    }
  });

  it('explains common YAML mistakes in plain words, in both languages', () => {
    const issue = issueOf(lines('---', 'title: 需求: 说明', '---'));
    expect(formatMessage(PARSE_MESSAGES, issue.message, issue.params, 'zh-CN')).toContain(
      '一行里有两个 `: `',
    );
    expect(formatMessage(PARSE_MESSAGES, issue.message, issue.params, 'en')).toContain(
      'a line has two `: `',
    );
  });
});
