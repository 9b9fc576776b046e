import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { cleanRepoFiles, requirement } from '../helpers/documents.ts';
import { makeTempDir } from '../helpers/temp.ts';
import { createFixtureRepo, readRepoFile, runDocket, writeFiles } from '../helpers/repo.ts';

const PROBLEM_LINE = /^(\S+):(\d+):(\d+) {2}(error|warning) {2}(\S+) {2}(.+)$/;

describe('docket validate', () => {
  it('passes a clean repository with exit 0', () => {
    const root = createFixtureRepo(cleanRepoFiles());
    const result = runDocket(root, ['validate']);
    expect(result.stdout).toContain('Checked 2 documents: no problems found');
    expect(result.status).toBe(0);
  });

  it('reports one line per problem at the offending YAML node and exits 1', () => {
    const root = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/requirements/REQ-0002.md': requirement(
        'REQ-0002',
        'custmer: CUS-001\nparent: REQ-0999',
      ),
    });
    const result = runDocket(root, ['validate']);
    const lines = result.stdout.trim().split('\n').slice(0, -1);
    expect(lines).toEqual([
      expect.stringMatching(
        /^content\/requirements\/REQ-0002\.md:15:1 {2}error {2}schema\/unknown-key-suggest {2}Unknown field `custmer`\. Did you mean `customer`\?/,
      ),
      expect.stringMatching(
        /^content\/requirements\/REQ-0002\.md:16:9 {2}error {2}link\/unresolved {2}`REQ-0999` does not exist \(expected an existing requirement\)/,
      ),
    ]);
    for (const line of lines) expect(line).toMatch(PROBLEM_LINE);
    expect(result.stdout).toContain('2 error(s), 0 warning(s) in 3 documents');
    expect(result.status).toBe(1);
  });

  it('speaks Chinese by default (the repository default) and English with --lang en', () => {
    const root = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/requirements/REQ-0002.md': requirement('REQ-0002').replace(
        'status: submitted',
        'status: 已提交',
      ),
    });
    const zh = runDocket(root, ['validate'], { DOCKET_LANG: '' });
    expect(zh.stdout).toContain('`status`(状态)的值 `已提交` 不在可选范围内。是不是 `submitted`?');
    const en = runDocket(root, ['validate', '--lang', 'en'], { DOCKET_LANG: 'zh-CN' });
    expect(en.stdout).toContain('Did you mean `submitted`?');
  });

  it('loads everything but reports only the given paths', () => {
    const root = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/requirements/REQ-0002.md': requirement('REQ-0002', 'parent: REQ-0999'),
      'content/requirements/REQ-0003.md': requirement('REQ-0003', 'parent: REQ-0002'),
    });
    const result = runDocket(root, ['validate', 'content/requirements/REQ-0003.md']);
    expect(result.stdout).toContain('Checked 4 documents: no problems found');
    expect(result.status).toBe(0);
    expect(
      runDocket(join(root, 'content', 'requirements'), ['validate', 'REQ-0002.md']).status,
    ).toBe(1);
  });

  it('prints machine-readable JSON with --format json', () => {
    const root = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/requirements/REQ-0002.md': requirement('REQ-0002', 'owner: nobody'),
    });
    const result = runDocket(root, ['validate', '--format', 'json']);
    const report = JSON.parse(result.stdout) as {
      ok: boolean;
      errors: number;
      problems: {
        path: string;
        line: number;
        col: number;
        rule: string;
        params: Record<string, unknown>;
      }[];
    };
    expect(report).toMatchObject({
      ok: false,
      errors: 1,
      problems: [
        {
          path: 'content/requirements/REQ-0002.md',
          line: 15,
          col: 8,
          rule: 'link/unknown-person',
          params: { value: 'nobody' },
        },
      ],
    });
    expect(result.status).toBe(1);
  });

  it('writes GitHub annotations, changed files first, and the full list to the job summary', () => {
    const root = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/requirements/REQ-0002.md': requirement('REQ-0002', 'owner: nobody'),
      'content/requirements/REQ-0003.md': requirement('REQ-0003', 'owner: nobody2'),
    });
    const summary = join(makeTempDir('summary'), 'summary.md');
    appendFileSync(summary, '');
    const result = runDocket(root, ['validate', '--format', 'github'], {
      GITHUB_STEP_SUMMARY: summary,
    });
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations[0]).toMatch(
      /^::error file=content\/requirements\/REQ-0002\.md,line=15,col=8,title=link\/unknown-person::The person `nobody`/,
    );
    expect(annotations).toHaveLength(2);
    expect(readFileSync(summary, 'utf8')).toContain(
      '| `content/requirements/REQ-0003.md:15:8` | error | `link/unknown-person` |',
    );
  });

  it.each([
    ['title: 0x1F', 'Put it in quotes: `"0x1F"`'],
    ['title: 1.50', 'Put it in quotes: `"1.50"`'],
  ])('quotes the value as typed, not as YAML read it (%s)', (line, hint) => {
    const root = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/requirements/REQ-0002.md': requirement('REQ-0002').replace('title: 库存预警', line),
    });
    const result = runDocket(root, ['validate']);
    expect(result.stdout).toContain(hint);
    expect(result.status).toBe(1);
  });

  it('names the schema file whose `$ref` leads nowhere (exit 2, not an internal error)', () => {
    const root = createFixtureRepo(cleanRepoFiles());
    const file = join(root, 'schemas/requirement.schema.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('common.schema.json#', 'nosuch.schema.json#'),
    );
    const result = runDocket(root, ['validate']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(
      /^The schema file schemas\/requirement\.schema\.json cannot be used: can't resolve reference nosuch/,
    );
  });

  it('keeps its result when the job summary cannot be written, and warns in one line', () => {
    const root = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/requirements/REQ-0002.md': requirement('REQ-0002', 'owner: nobody'),
    });
    // A folder where the summary file should be: appending to it fails (EISDIR).
    const result = runDocket(root, ['validate', '--format', 'github', '--lang', 'en'], {
      GITHUB_STEP_SUMMARY: makeTempDir('summary'),
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^Warning: the job summary .+ could not be written \(.*it is a folder \(EISDIR/,
      ),
    ]);
    expect(result.stdout).toContain('::error file=content/requirements/REQ-0002.md');
  });

  it('puts problems in the files changed since --base first (a real git repository)', () => {
    const root = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/requirements/REQ-0002.md': requirement('REQ-0002', 'owner: nobody'),
    });
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.com',
          GIT_AUTHOR_DATE: '2026-03-01T09:00:00+08:00',
          GIT_COMMITTER_DATE: '2026-03-01T09:00:00+08:00',
        },
      });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'change');
    writeFiles(root, {
      'content/requirements/REQ-0003.md': requirement('REQ-0003', 'owner: someone'),
    });
    git('add', '.');
    git('commit', '-q', '-m', 'add REQ-0003');
    const annotations = runDocket(root, ['validate', '--format', 'github', '--base', 'main'])
      .stdout.split('\n')
      .filter((line) => line.startsWith('::'));
    expect(annotations.map((line) => /file=([^,]+)/.exec(line)?.[1])).toEqual([
      'content/requirements/REQ-0003.md',
      'content/requirements/REQ-0002.md',
    ]);
  });

  it('turns warnings into failure only past --max-warnings', () => {
    const root = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/requirements/REQ-0002.md': requirement('REQ-0002', '', '联系电话 13812345678。\n'),
    });
    const loose = runDocket(root, ['validate']);
    expect(loose.stdout).toMatch(/REQ-0002\.md:\d+:6 {2}warning {2}body\/confidential-value/);
    expect(loose.status).toBe(0);
    expect(runDocket(root, ['validate', '--max-warnings', '0']).status).toBe(1);
    expect(runDocket(root, ['validate', '--max-warnings', '1']).status).toBe(0);
  });

  it('exits 2 with one line for usage mistakes', () => {
    const root = createFixtureRepo(cleanRepoFiles());
    for (const args of [
      ['validate', '--format', 'xml'],
      ['validate', '--bogus'],
      ['validate', 'no/such/file.md'],
      ['frobnicate'],
      ['validate', '--max-warnings', 'many'],
    ]) {
      const result = runDocket(root, args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('never modifies a file, whatever it finds', () => {
    const gbk = Uint8Array.from([
      0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x3a, 0x20, 0xd0, 0xe8, 0xc7, 0xf3, 0x0a, 0x2d, 0x2d, 0x2d,
      0x0a,
    ]);
    const files = {
      ...cleanRepoFiles(),
      'content/requirements/REQ-0002.md': '---\r\nid: REQ-0002\r\n\ttitle: x\r\n---\r\n',
      'content/requirements/REQ-0003.md': gbk,
    };
    const root = createFixtureRepo(files);
    const before = Object.keys(files).map((path) => readFileSync(join(root, path)));
    const result = runDocket(root, ['validate']);
    expect(result.stdout).toMatch(/REQ-0002\.md:3:1 {2}error {2}yaml\/tab/);
    expect(result.stdout).toMatch(/REQ-0003\.md:2:4 {2}error {2}file\/encoding .*GBK/);
    expect(result.stderr).toBe('');
    expect(Object.keys(files).map((path) => readFileSync(join(root, path)))).toEqual(before);
  });

  it('reads a file saved by a Windows editor (BOM, CRLF) as its author meant', () => {
    const root = createFixtureRepo(cleanRepoFiles());
    writeFiles(root, {
      'content/requirements/REQ-0002.md': `\uFEFF${requirement('REQ-0002', 'owner: nobody').replace(/\n/g, '\r\n')}`,
    });
    const result = runDocket(root, ['validate']);
    expect(result.stdout).toMatch(
      /^content\/requirements\/REQ-0002\.md:15:8 {2}error {2}link\/unknown-person/m,
    );
    expect(readRepoFile(root, 'content/requirements/REQ-0002.md').startsWith('\uFEFF')).toBe(true);
  });

  it('treats the repository root as everything (`docket validate .`)', () => {
    const root = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/requirements/REQ-0002.md': requirement('REQ-0002', 'owner: nobody'),
    });
    expect(runDocket(root, ['validate', '.']).status).toBe(1);
    expect(
      runDocket(join(root, 'content', 'requirements'), ['validate', '../..']).stdout,
    ).toContain('link/unknown-person');
  });

  it('reports symbolic links instead of following them (no loops, nothing outside the repository)', () => {
    const root = createFixtureRepo(cleanRepoFiles());
    symlinkSync('.', join(root, 'content/requirements/loop-a'));
    symlinkSync('..', join(root, 'content/requirements/loop-b'));
    symlinkSync(tmpdir(), join(root, 'content/requirements/outside'));
    symlinkSync('REQ-0001.md', join(root, 'content/requirements/REQ-0009.md'));
    const lines = runDocket(root, ['validate']).stdout.trim().split('\n');
    expect(
      lines.filter((line) => line.includes('file/symlink')).map((line) => line.split(':')[0]),
    ).toEqual([
      'content/requirements/REQ-0009.md',
      'content/requirements/loop-a',
      'content/requirements/loop-b',
      'content/requirements/outside',
    ]);
    expect(lines.at(-1)).toContain('4 error(s), 0 warning(s) in 2 documents');
  });

  it('flags documents it would otherwise skip: `.MD`, `.markdown`, a stray `.yml` config', () => {
    const root = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/requirements/REQ-0002.MD': requirement('REQ-0002'),
      'content/requirements/REQ-0003.markdown': 'x',
      'content/config/docket.yml': 'a: 1',
    });
    const rules = runDocket(root, ['validate'])
      .stdout.split('\n')
      .map((line) => line.split('  ').slice(0, 3).join(' '));
    expect(rules).toEqual(
      expect.arrayContaining([
        'content/config/docket.yml:1:1 warning layout/unknown-config',
        'content/requirements/REQ-0002.MD:1:1 warning layout/extension',
        'content/requirements/REQ-0003.markdown:1:1 warning layout/extension',
      ]),
    );
  });

  it('reports records whose customer folder has no customer file', () => {
    const visit =
      '---\ndate: 2026-03-01\ntype: scheduled\nvisited_by: [wang-fang]\nsummary: 拜访\n---\n';
    const root = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/customers/CUS-002/visits/2026-03-01-wang-fang.md': visit,
    });
    expect(runDocket(root, ['validate']).stdout).toMatch(
      /^content\/customers\/CUS-002\/visits\/2026-03-01-wang-fang\.md:2:1 {2}error {2}record\/customer-missing/m,
    );
  });

  it('shows control characters from documents instead of printing them', () => {
    const spoof =
      'importance: "x\\n\\e[2K\\rcontent/requirements/REQ-0001.md:1:1  error  fake/rule  spoofed"';
    const root = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/requirements/REQ-0002.md': requirement('REQ-0002').replace(
        'importance: important',
        spoof,
      ),
    });
    const result = runDocket(root, ['validate']);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    expect(result.stdout).toContain('x\\n\\u{1b}[2K\\u{d}content');
    expect(result.stdout).not.toContain('\u001b');
  });

  it('says a broken or missing schema is a setup problem (exit 2), not a bug', () => {
    const root = createFixtureRepo(cleanRepoFiles());
    writeFileSync(join(root, 'schemas/change.schema.json'), '{ not json');
    const broken = runDocket(root, ['validate']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^The schema file schemas\/change\.schema\.json cannot be used/);
    rmSync(join(root, 'schemas/change.schema.json'));
    expect(runDocket(root, ['validate']).stderr).toMatch(
      /^The repository lacks schema files: schemas\/change\.schema\.json/,
    );
  });

  it('refuses to run outside a repository with exit 2', () => {
    const result = runDocket(tmpdir(), ['validate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('No content/config');
  });

  it('checks the configured time zone', () => {
    const root = createFixtureRepo(cleanRepoFiles());
    writeFileSync(
      join(root, 'content/config/docket.yaml'),
      'organisation: X\ndefault_language: en\ntime_zone: Asia/Shanghia\n',
    );
    const result = runDocket(root, ['validate']);
    expect(result.stdout).toMatch(
      /^content\/config\/docket\.yaml:3:12 {2}error {2}config\/time-zone {2}The time zone `Asia\/Shanghia` is not valid/m,
    );
    expect(result.status).toBe(1);
  });

  it('reports a broken configuration file without crashing', () => {
    const root = createFixtureRepo(cleanRepoFiles());
    writeFileSync(join(root, 'content/config/priority.yaml'), 'levels: []\nmatrix: {}\n');
    const result = runDocket(root, ['validate']);
    expect(result.stdout).toMatch(
      /^content\/config\/priority\.yaml:1:9 {2}error {2}schema\/min-items/m,
    );
    expect(result.status).toBe(1);
  });
});
