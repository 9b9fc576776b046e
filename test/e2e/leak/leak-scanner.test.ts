/** The leak scanner and the confidential-value walk, on small inputs: they must find what is there. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { CUSTOMER } from '../../helpers/documents.ts';
import { createFixtureRepo } from '../../helpers/repo.ts';
import { confidentialNeedles } from './audience-needles.ts';
import { loadContent } from './confidential-values.ts';
import { findLeaks, readOutputFiles } from './scan-output.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function builtFolder(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(join(tmpdir(), 'docket-leak-'));
  folders.push(folder);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  return folder;
}

describe('findLeaks', () => {
  test.each([
    ['plain HTML', 'a.html', '<p>法人 沈国栋</p>'],
    ['an HTML entity', 'a.html', '<p>&#x6C88;国栋</p>'],
    ['a JSON escape', 'a.json', '{"v":"\\u6c88\\u56fd\\u680b"}'],
    ['a tag in the middle', 'a.html', '<p>沈<wbr>国栋</p>'],
    ['percent-encoding', 'a.js', 'fetch("/q?name=%E6%B2%88%E5%9B%BD%E6%A0%8B")'],
    [
      'a gzip Pagefind fragment',
      'pagefind/fragment/x.pf_fragment',
      gzipSync('{"content":"沈国栋"}'),
    ],
  ])('finds a value in %s', (_, path, content) => {
    const leaks = findLeaks(readOutputFiles(builtFolder({ [path]: content })), [
      { what: 'legal representative', value: '沈国栋' },
    ]);
    expect(leaks.map((leak) => leak.file)).toEqual([path]);
  });

  test('an ID does not match a longer ID', () => {
    const files = readOutputFiles(builtFolder({ 'a.html': '<a>REQ-00012</a>' }));
    expect(findLeaks(files, [{ what: 'id', value: 'REQ-0001' }])).toEqual([]);
    expect(findLeaks(files, [{ what: 'id', value: 'REQ-00012' }])).toHaveLength(1);
  });

  test('a figure counts only beside its label, as a whole number', () => {
    const near = ['信用额度(万元)'];
    const files = readOutputFiles(
      builtFolder({
        'shown.html': '<dt>信用额度(万元)</dt><dd>200</dd>',
        'other.html': '<p>200 条记录;信用额度(万元) 2000</p>',
      }),
    );
    const leaks = findLeaks(files, [{ what: 'credit limit', value: '200', near }]);
    expect(leaks.map((leak) => leak.file)).toEqual(['shown.html']);
  });
});

describe('loadContent', () => {
  test('collects every value under an x-confidential mark, and only those', () => {
    const root = createFixtureRepo({ 'content/customers/CUS-001/customer.md': CUSTOMER });
    folders.push(root);
    const values = loadContent(root).confidential.map((value) => [value.field, value.value]);
    expect(values).toEqual([
      ['legal/credit_code', '91330106MA2H3K4L5X'],
      ['contacts/0/phone', '13812345678'],
      ['transactions/0/sales', 320],
      ['transactions/0/collection_rate', 0.9],
    ]);
  });

  test('looks for free text anywhere and for figures beside their labels', () => {
    const root = createFixtureRepo({ 'content/customers/CUS-001/customer.md': CUSTOMER });
    folders.push(root);
    const [code, , sales] = loadContent(root).confidential;
    expect(code && confidentialNeedles(code)).toEqual([
      { what: 'x-confidential CUS-001 legal/credit_code', value: '91330106MA2H3K4L5X' },
    ]);
    expect(
      sales && confidentialNeedles(sales).map((needle) => [needle.value, needle.near]),
    ).toEqual([
      ['320', ['销售额(万元)', 'Sales (10k CNY)']],
      ['"sales":320', undefined],
    ]);
  });
});
