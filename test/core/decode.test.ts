import { describe, expect, it } from 'vitest';
import {
  BINARY_SNIFF_BYTES,
  MAX_DOCUMENT_BYTES,
  decodeDocumentBytes,
  firstInvalidUtf8,
} from '../../src/core/decode.ts';
import type { Issue } from '../../src/core/problem.ts';

/** Concatenates UTF-8 text and raw bytes, so fixtures can hold exactly the bytes a bad editor writes. */
function bytes(...parts: (string | readonly number[])[]): Uint8Array {
  const chunks = parts.map((part) =>
    typeof part === 'string' ? new TextEncoder().encode(part) : Uint8Array.from(part),
  );
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function issueOf(input: Uint8Array): Issue {
  const result = decodeDocumentBytes(input);
  if (result.ok)
    throw new Error(`expected an issue, got text ${JSON.stringify(result.text.slice(0, 40))}`);
  return result.issue;
}

// GBK bytes checked with Python's codec: '需求' = D0 E8 C7 F3, '客户名称' = BF CD BB A7 C3 FB B3 C6.
const GBK_XUQIU = [0xd0, 0xe8, 0xc7, 0xf3];
const GBK_KEHU_MINGCHENG = [0xbf, 0xcd, 0xbb, 0xa7, 0xc3, 0xfb, 0xb3, 0xc6];

describe('decodeDocumentBytes: good text', () => {
  it('decodes UTF-8 Chinese unchanged', () => {
    expect(decodeDocumentBytes(bytes('---\ntitle: 需求\n---\n正文\n'))).toEqual({
      ok: true,
      text: '---\ntitle: 需求\n---\n正文\n',
    });
  });

  it('removes a BOM and turns CRLF and lone CR into LF', () => {
    const result = decodeDocumentBytes(
      bytes([0xef, 0xbb, 0xbf], '---\r\ntitle: 需求\r\n---\rbody\r\n'),
    );
    expect(result).toEqual({ ok: true, text: '---\ntitle: 需求\n---\nbody\n' });
  });

  it('accepts a file of exactly the size limit', () => {
    const text = `---\na: 1\n---\n${'x'.repeat(MAX_DOCUMENT_BYTES - 13)}`;
    expect(decodeDocumentBytes(bytes(text)).ok).toBe(true);
  });

  it('does not call a file binary for a NUL byte after the sniffing window', () => {
    const result = decodeDocumentBytes(bytes('---\n', 'a'.repeat(BINARY_SNIFF_BYTES), [0]));
    expect(result.ok).toBe(true);
  });
});

describe('decodeDocumentBytes: bad bytes', () => {
  const cases: {
    name: string;
    input: Uint8Array;
    rule: string;
    message: string;
    line: number;
    col: number;
    params?: object;
  }[] = [
    {
      name: 'empty file',
      input: bytes(),
      rule: 'file/empty',
      message: 'file/empty',
      line: 1,
      col: 1,
    },
    {
      name: 'only whitespace',
      input: bytes(' \n\t\r\n  '),
      rule: 'file/empty',
      message: 'file/empty',
      line: 1,
      col: 1,
    },
    {
      name: 'only a BOM',
      input: bytes([0xef, 0xbb, 0xbf]),
      rule: 'file/empty',
      message: 'file/empty',
      line: 1,
      col: 1,
    },
    {
      name: 'one byte over the size limit',
      input: bytes('---\n', 'x'.repeat(MAX_DOCUMENT_BYTES - 3)),
      rule: 'file/too-large',
      message: 'file/too-large',
      line: 1,
      col: 1,
      params: { size: MAX_DOCUMENT_BYTES + 1, limit: MAX_DOCUMENT_BYTES },
    },
    {
      name: 'PDF scan',
      input: bytes('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3], '\n1 0 obj\n'),
      rule: 'file/binary',
      message: 'file/binary-format',
      line: 1,
      col: 1,
      params: { format: 'PDF' },
    },
    {
      name: 'PNG image',
      input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      rule: 'file/binary',
      message: 'file/binary-format',
      line: 1,
      col: 1,
      params: { format: 'PNG' },
    },
    {
      name: 'JPEG photo',
      input: bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF'),
      rule: 'file/binary',
      message: 'file/binary-format',
      line: 1,
      col: 1,
      params: { format: 'JPEG' },
    },
    {
      name: 'GIF image',
      input: bytes('GIF89a', [1, 0, 1, 0]),
      rule: 'file/binary',
      message: 'file/binary-format',
      line: 1,
      col: 1,
      params: { format: 'GIF' },
    },
    {
      name: 'docx (ZIP)',
      input: bytes('PK', [3, 4, 20, 0, 6, 0], '[Content_Types].xml'),
      rule: 'file/binary',
      message: 'file/binary-format',
      line: 1,
      col: 1,
      params: { format: 'ZIP (docx/xlsx)' },
    },
    {
      name: 'NUL bytes in text',
      input: bytes('---\ntitle: x', [0, 0, 0], '\n---\n'),
      rule: 'file/binary',
      message: 'file/binary',
      line: 1,
      col: 1,
    },
    {
      name: 'a PDF over the size limit is reported as binary, the more useful fact',
      input: bytes('%PDF-1.4\n', 'x'.repeat(MAX_DOCUMENT_BYTES)),
      rule: 'file/binary',
      message: 'file/binary-format',
      line: 1,
      col: 1,
    },
    {
      name: 'UTF-16LE from Notepad "Unicode"',
      input: bytes([0xff, 0xfe, 0x2d, 0, 0x2d, 0, 0x2d, 0, 0x0a, 0]),
      rule: 'file/encoding',
      message: 'file/encoding-utf16',
      line: 1,
      col: 1,
      params: { guess: 'UTF-16' },
    },
    {
      name: 'GBK-encoded Chinese',
      input: bytes('---\ntitle: ', GBK_XUQIU, '\ncustomer: ', GBK_KEHU_MINGCHENG, '\n---\n'),
      rule: 'file/encoding',
      message: 'file/encoding-gbk',
      line: 2,
      col: 8,
      params: { guess: 'GBK', byte: 'D0' },
    },
    {
      name: 'GBK after CRLF lines counts each CRLF as one line',
      input: bytes('---\r\nid: REQ-1\r\ntitle: ', GBK_XUQIU, '\r\n---\r\n'),
      rule: 'file/encoding',
      message: 'file/encoding-gbk',
      line: 3,
      col: 8,
    },
    {
      name: 'Latin-1 é before a space',
      input: bytes('---\ntitle: Caf', [0xe9], ' au lait\n---\n'),
      rule: 'file/encoding',
      message: 'file/encoding',
      line: 2,
      col: 11,
      params: { byte: 'E9' },
    },
    {
      name: 'Latin-1 öß (also valid GBK, but not Chinese)',
      input: bytes('---\nowner: Gr', [0xf6, 0xdf], 'e\n---\n'),
      rule: 'file/encoding',
      message: 'file/encoding',
      line: 2,
      col: 10,
      params: { byte: 'F6' },
    },
    {
      name: 'a bad byte after UTF-8 Chinese and an emoji: column counts characters',
      input: bytes('---\ntitle: 需求说明😀 caf', [0xe9], '\n---\n'),
      rule: 'file/encoding',
      line: 2,
      col: 17,
      message: 'file/encoding',
    },
    {
      name: 'UTF-8 sequence cut short at the end',
      input: bytes('---\na: 需', [0xe6, 0xb1]),
      rule: 'file/encoding',
      message: 'file/encoding',
      line: 2,
      col: 5,
      params: { byte: 'E6' },
    },
  ];

  it.each(cases)('$name → $rule at $line:$col', ({ input, rule, message, line, col, params }) => {
    const issue = issueOf(input);
    expect(issue).toMatchObject({ rule, message, line, col, severity: 'error' });
    if (params) expect(issue.params).toMatchObject(params);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    { name: 'valid ASCII, Chinese and emoji', input: bytes('a需😀'), expected: 8 },
    { name: 'overlong NUL C0 80', input: bytes('ab', [0xc0, 0x80]), expected: 2 },
    { name: 'encoded surrogate ED A0 80', input: bytes('a', [0xed, 0xa0, 0x80]), expected: 1 },
    { name: 'above U+10FFFF F4 90 80 80', input: bytes([0xf4, 0x90, 0x80, 0x80]), expected: 0 },
    { name: 'stray continuation byte', input: bytes('需', [0x80]), expected: 3 },
  ])('$name', ({ input, expected }) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });
});
