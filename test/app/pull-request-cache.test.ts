/**
 * The document cache behind `docket pr-check`, in real temporary git repositories: an unchanged
 * document is taken from the cache of an earlier run, what the pull request changes is always
 * read fresh, and a change to the base's schemas starts the cache over.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPullRequest } from '../../src/app/check-pull-request.ts';
import { CUSTOMER, requirement } from '../helpers/documents.ts';
import { createGitFixtureRepo, git, writeFiles } from '../helpers/repo.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const REQ1 = 'content/requirements/REQ-0001.md';
const REQ2 = 'content/requirements/REQ-0002.md';

/** main with REQ-0001 and REQ-0002; branch `pr` edits REQ-0001's body. */
function createRepo(): string {
  const root = createGitFixtureRepo({
    'content/customers/CUS-001/customer.md': CUSTOMER,
    [REQ1]: requirement('REQ-0001'),
    [REQ2]: requirement('REQ-0002'),
  });
  roots.push(root);
  git(root, 'checkout', '-q', '-b', 'pr');
  commit(root, {
    [REQ1]: requirement('REQ-0001', '', '## 需求背景\n\n库存预警,按仓库分别提醒。\n'),
  });
  return root;
}

function commit(root: string, files: Record<string, string>): void {
  writeFiles(root, files);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'change');
}

const check = (root: string) =>
  checkPullRequest({ root, base: 'main', head: 'pr', author: 'wangfang-yf', reviews: [] });

const cacheFile = (root: string) => join(root, '.git', 'docket', 'documents.json');
type Stored = [string, [string, { ok: boolean; dataIssues?: unknown[] }][]];
const readCache = (root: string) => JSON.parse(readFileSync(cacheFile(root), 'utf8')) as Stored;
const blob = (root: string, path: string) => git(root, 'rev-parse', `pr:${path}`).trim();

/** Adds a schema issue about the title to the cached outcome of `path`'s blob at the head. */
function tamper(root: string, path: string): void {
  const [key, entries] = readCache(root);
  const id = blob(root, path);
  const entry = entries.find(([entryKey]) => entryKey.startsWith(`${id} `));
  if (!entry) throw new Error(`no cache entry for ${path}`);
  entry[1].dataIssues = [
    {
      rule: 'schema/required',
      severity: 'error',
      message: 'schema/required',
      params: { field: 'x' },
      pointer: ['title'],
      target: 'value',
    },
  ];
  writeFileSync(cacheFile(root), JSON.stringify([key, entries]));
}

describe('the pull-request check with a document cache', () => {
  it('answers the same from the cache, keeps it in .git, and keys it by blob id', async () => {
    const root = createRepo();
    const first = await check(root);
    expect(existsSync(cacheFile(root))).toBe(true);
    const keys = readCache(root)[1].map(([key]) => key);
    expect(keys).toContain(`${blob(root, REQ2)} requirement.schema.json`);
    expect(keys).toContain(`${blob(root, REQ1)} requirement.schema.json`);
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(await check(root)).toEqual(first);
  });

  it('takes an unchanged document from the cache, and never a changed one', async () => {
    const root = createRepo();
    const clean = await check(root);
    expect(clean.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    tamper(root, REQ1);
    expect((await check(root)).problems.map((problem) => problem.path)).not.toContain(REQ1);
    tamper(root, REQ2);
    const again = await check(root);
    // Located in the text read again (a cached outcome keeps none): the title is on line 3.
    expect(again.problems.map(({ path, rule, line }) => ({ path, rule, line }))).toContainEqual({
      path: REQ2,
      rule: 'schema/required',
      line: 3,
    });
  });

  it("starts over when the base's schemas change, so an unchanged document is checked against them", async () => {
    const root = createRepo();
    const errors = async () =>
      (await check(root)).problems
        .filter((problem) => problem.severity === 'error')
        .map(({ path, rule }) => ({ path, rule }));
    expect(await errors()).toEqual([]);
    const schemaPath = join(root, 'schemas', 'requirement.schema.json');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as {
      properties: { title: Record<string, unknown> };
    };
    schema.properties.title['maxLength'] = 2;
    git(root, 'checkout', '-q', 'main');
    commit(root, { 'schemas/requirement.schema.json': JSON.stringify(schema, null, 2) });
    expect(await errors()).toContainEqual({ path: REQ2, rule: 'schema/max-length' });
  });

  it('leaves out of the cache a value JSON cannot carry back (.inf), and still reports it', async () => {
    const root = createRepo();
    git(root, 'checkout', '-q', 'main');
    commit(root, { [REQ2]: requirement('REQ-0002', 'effort_days: .inf') });
    git(root, 'checkout', '-q', 'pr');
    git(root, 'merge', '-q', '--no-edit', 'main');
    const first = await check(root);
    const keys = readCache(root)[1].map(([key]) => key);
    expect(keys.some((key) => key.startsWith(blob(root, REQ2)))).toBe(false);
    expect(keys.some((key) => key.startsWith(blob(root, REQ1)))).toBe(true);
    expect(first.problems.map((problem) => problem.path)).toContain(REQ2);
    expect(await check(root)).toEqual(first);
  });

  it('ignores a cache file it cannot read, and writes a good one over it', async () => {
    const root = createRepo();
    const first = await check(root);
    writeFileSync(cacheFile(root), '{"truncated": [');
    expect(await check(root)).toEqual(first);
    expect(readCache(root)[1].length).toBeGreaterThan(0);
    // Valid JSON under the right key, but not what the cache writes: as if there were none.
    const [key, entries] = readCache(root);
    for (const broken of [null, { ok: true }, { ok: true, data: [], issues: [] }]) {
      const edited = entries.map(([entryKey, outcome]) =>
        entryKey.startsWith(blob(root, REQ2)) ? [entryKey, broken] : [entryKey, outcome],
      );
      writeFileSync(cacheFile(root), JSON.stringify([key, edited]));
      expect(await check(root)).toEqual(first);
    }
  });
});
