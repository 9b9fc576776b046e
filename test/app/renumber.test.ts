/**
 * `docket renumber` against files as editors on Windows leave them: GBK, UTF-16, CRLF with a BOM,
 * binary and oversized files, symbolic links. Only ID tokens may change; anything it cannot
 * rewrite byte-exactly stops the whole run before a single file is written.
 */
import { lstatSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPlainFileBytes } from '../../src/adapters/fs.ts';
import { getRenumberPlan } from '../../src/app/renumber.ts';
import { cleanRepoFiles, requirement } from '../helpers/documents.ts';
import { createFixtureRepo, runDocket, writeFiles } from '../helpers/repo.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function fixture(files: Record<string, string | Uint8Array>): string {
  const root = createFixtureRepo({ ...cleanRepoFiles(), ...files });
  roots.push(root);
  return root;
}

/** Every file's bytes (a link: where it points), to prove that nothing at all changed. */
function snapshot(root: string): Map<string, string> {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true });
  return new Map(
    entries
      .filter((entry) => !entry.isDirectory())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [
          path,
          entry.isSymbolicLink()
            ? `link → ${readlinkSync(path)}`
            : readFileSync(path).toString('base64'),
        ];
      }),
  );
}

const ascii = (text: string) => Buffer.from(text, 'latin1');
/** 库存预警 in GBK, the usual encoding of Chinese text saved by older Windows editors. */
const GBK_TITLE = Buffer.from([0xbf, 0xe2, 0xb4, 0xe6, 0xd4, 0xa4, 0xbe, 0xaf]);
const gbkRequirement = (extra: string) =>
  Buffer.concat([ascii('---\nid: REQ-0002\ntitle: '), GBK_TITLE, ascii(`\n${extra}---\n`)]);
const LARGE = ascii(requirement('REQ-0002', 'parent: REQ-0001', 'x'.repeat(1_100_000)));
const REQ_0002 = 'content/requirements/REQ-0002.md';
const REFUSED =
  'Nothing was changed: the 1 file(s) above cannot be rewritten safely, and renumber rewrites every mention or none.';

describe('docket renumber with files it cannot rewrite exactly', () => {
  it.each([
    [
      'GBK',
      gbkRequirement('parent: REQ-0001\n'),
      'is not UTF-8 text (it looks like GBK), so it cannot be rewritten safely. Save it as UTF-8, then run again.',
    ],
    [
      'UTF-16',
      Buffer.from('\uFEFF---\nid: REQ-0002\nparent: REQ-0001\n---\n', 'utf16le'),
      'is not UTF-8 text (it looks like UTF-16), so it cannot be rewritten safely. Save it as UTF-8, then run again.',
    ],
    [
      'binary',
      ascii('parent: REQ-0001\n\0\0'),
      'is a binary file, not text, so it cannot be rewritten. Replace it with a text file or change the mention by hand, then run again.',
    ],
    [
      'too large',
      LARGE,
      `is too large to rewrite (${String(LARGE.length)} bytes; the limit is 1048576). Change the mention by hand, then run again.`,
    ],
  ])(
    'refuses a %s file that mentions the ID, exit 1, changing no byte anywhere',
    (_name, bytes, why) => {
      const root = fixture({ [REQ_0002]: bytes });
      const before = snapshot(root);
      const result = runDocket(root, ['renumber', 'REQ-0001', 'REQ-0500']);
      expect(result.stderr).toBe(`${REQ_0002}: contains \`REQ-0001\` but ${why}\n${REFUSED}\n`);
      expect(result.stdout).toBe('');
      expect(result.status).toBe(1);
      expect(snapshot(root)).toEqual(before);
    },
  );

  it('names every such file, and also refuses a dry run', () => {
    const root = fixture({
      [REQ_0002]: gbkRequirement('parent: REQ-0001\n'),
      'content/requirements/REQ-0003.md': ascii('REQ-0001\0'),
    });
    const result = runDocket(root, [
      'renumber',
      'REQ-0001',
      'REQ-0500',
      '--dry-run',
      '--lang',
      'zh-CN',
    ]);
    expect(result.stderr.split('\n')).toEqual([
      `${REQ_0002}:含有 \`REQ-0001\`,但不是 UTF-8 文本(看起来是 GBK),无法安全改写。请另存为 UTF-8 后再运行。`,
      'content/requirements/REQ-0003.md:含有 `REQ-0001`,但这是二进制文件,不是文本,无法改写。请换成文本文件,或手工修改其中的引用后再运行。',
      '没有修改任何文件:上面 2 个文件无法安全改写,而 renumber 要么改写全部引用,要么一处都不改。',
      '',
    ]);
    expect(result.status).toBe(1);
  });

  it('leaves a GBK file that does not mention the ID alone, byte for byte', () => {
    const root = fixture({ [REQ_0002]: gbkRequirement('') });
    expect(runDocket(root, ['renumber', 'REQ-0001', 'REQ-0500']).status).toBe(0);
    expect(readFileSync(join(root, REQ_0002))).toEqual(gbkRequirement(''));
  });

  it('keeps the BOM and every line end (CRLF, LF, a lone CR), changing only the ID tokens', () => {
    const text = (id: string) =>
      `\uFEFF${requirement('REQ-0002', `parent: ${id}`, `拆分自 ${id}。\r\n`).replace(/\n/g, '\r\n')}旧行尾\n${id}\r最后一行`;
    const moved = (id: string) => `\uFEFF${requirement(id).replace(/\n/g, '\r\n')}`;
    const root = fixture({
      [REQ_0002]: text('REQ-0001'),
      'content/requirements/REQ-0001.md': moved('REQ-0001'),
    });
    const result = runDocket(root, ['renumber', 'REQ-0001', 'REQ-0500']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(join(root, REQ_0002))).toEqual(Buffer.from(text('REQ-0500')));
    expect(readFileSync(join(root, 'content/requirements/REQ-0500.md'))).toEqual(
      Buffer.from(moved('REQ-0500')),
    );
  });
});

describe('docket renumber and symbolic links', () => {
  it('refuses a linked document instead of turning the link into a plain file', () => {
    const root = fixture({ 'outside/REQ-0002.md': requirement('REQ-0002', 'parent: REQ-0001') });
    symlinkSync('../../outside/REQ-0002.md', join(root, REQ_0002));
    const before = snapshot(root);
    const result = runDocket(root, ['renumber', 'REQ-0001', 'REQ-0500']);
    expect(result.stderr).toBe(
      `${REQ_0002}: is a symbolic link; renumber neither follows nor rewrites links, so it cannot tell whether it mentions \`REQ-0001\`. Replace it with the real file, then run again.\n${REFUSED}\n`,
    );
    expect(result.status).toBe(1);
    expect(lstatSync(join(root, REQ_0002)).isSymbolicLink()).toBe(true);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses a linked configuration file too (people.yaml names customers)', () => {
    const root = fixture({});
    writeFiles(root, { 'outside/people.yaml': 'customer: CUS-001\n' });
    rmSync(join(root, 'content/config/people.yaml'));
    symlinkSync('../../outside/people.yaml', join(root, 'content/config/people.yaml'));
    const result = getRenumberPlan(root, 'CUS-001', 'CUS-011');
    expect(result.ok ? [] : result.refusals.map((refusal) => refusal.message)).toEqual([
      'renumber/symlink',
      'renumber/refused-files',
    ]);
  });

  it('reads only plain files: lstat, never following a link', () => {
    const root = fixture({ 'outside/a.md': 'REQ-0001' });
    symlinkSync('../outside/a.md', join(root, 'content/a.md'));
    expect(readPlainFileBytes(root, 'content/a.md')).toBeUndefined();
    expect(readPlainFileBytes(root, 'outside/a.md')).toEqual(Buffer.from('REQ-0001'));
  });
});
