/** A git revision read as a content source loads exactly as the same files in a working tree. */
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkingTreeSource } from '../../src/adapters/fs.ts';
import { createRevisionSource } from '../../src/adapters/git-content.ts';
import { loadRepository, type LoadResult } from '../../src/app/load-repository.ts';
import { ContentSourceError, type ContentSource } from '../../src/core/ports/content-source.ts';
import { CUSTOMER, requirement } from '../helpers/documents.ts';
import { createGitFixtureRepo, git } from '../helpers/repo.ts';

const roots: string[] = [];
const sources: ContentSource[] = [];
afterEach(async () => {
  for (const source of sources.splice(0)) await source.close();
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function repo(files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  const root = createGitFixtureRepo({
    'content/customers/CUS-001/customer.md': CUSTOMER,
    'content/requirements/REQ-0001.md': requirement('REQ-0001'),
    'content/requirements/REQ-0002.md': requirement('REQ-0002', 'bogus_field: 1'),
    'content/requirements/REQ-0003.md': Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1]),
    ...files,
  });
  roots.push(root);
  return root;
}

async function revision(root: string, rev: string): Promise<ContentSource> {
  const source = await createRevisionSource(root, rev);
  sources.push(source);
  return source;
}

/** What a load found, without the compiled schemas (functions) in the way. */
function summarize(load: LoadResult) {
  return {
    files: load.files,
    problems: load.problems,
    dataIssues: load.dataIssues,
    documents: load.documents.map(({ id, path, data }) => ({ id, path, data })),
    config: load.repository?.config,
  };
}

describe('createRevisionSource', () => {
  it('loads a revision exactly as the working tree with the same content', async () => {
    const root = repo();
    const fromTree = await loadRepository(createWorkingTreeSource(root));
    const fromGit = await loadRepository(await revision(root, 'HEAD'));
    expect(fromTree.documents.length).toBe(3);
    expect(fromTree.dataIssues.length).toBeGreaterThan(0);
    expect(fromTree.problems.length).toBeGreaterThan(0);
    expect(summarize(fromGit)).toEqual(summarize(fromTree));
  });

  it('reads the revision, not the working tree', async () => {
    const root = repo();
    writeFileSync(join(root, 'content/requirements/REQ-0001.md'), requirement('REQ-0009'));
    git(root, 'rm', '-q', 'content/requirements/REQ-0002.md');
    const load = await loadRepository(await revision(root, 'main'));
    expect(load.documents.map((document) => document.id)).toEqual([
      'CUS-001',
      'REQ-0001',
      'REQ-0002',
    ]);
  });

  it('lists a symbolic link in the tree as a link and never reads through it', async () => {
    const root = repo();
    symlinkSync('/etc/passwd', join(root, 'content/requirements/REQ-0004.md'));
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'link');
    const source = await revision(root, 'HEAD');
    expect((await source.listFiles('content')).symlinks).toEqual([
      'content/requirements/REQ-0004.md',
    ]);
    expect(await source.readBytes('content/requirements/REQ-0004.md', 1000)).toEqual({
      type: 'not-a-file',
    });
    const load = await loadRepository(source);
    expect(load.problems).toContainEqual(
      expect.objectContaining({ rule: 'file/symlink', path: 'content/requirements/REQ-0004.md' }),
    );
  });

  it('reports a submodule (gitlink) at a document path as a link, not a missing file', async () => {
    const root = repo();
    const commit = git(root, 'rev-parse', 'HEAD').trim();
    const path = 'content/requirements/REQ-0048.md';
    git(root, 'update-index', '--add', '--cacheinfo', `160000,${commit},${path}`);
    git(root, 'commit', '-q', '-m', 'gitlink');
    const source = await revision(root, 'HEAD');
    expect((await source.listFiles('content')).symlinks).toEqual([path]);
    expect(await source.readBytes(path, 1000)).toEqual({ type: 'not-a-file' });
    const load = await loadRepository(source);
    expect(load.problems).toContainEqual(expect.objectContaining({ rule: 'file/symlink', path }));
  });

  it('reports an oversized blob by its size, skipping its bytes, and reads on in step', async () => {
    // 3 MB: many pipe chunks of one answer, skipped as they stream past, then the next answers.
    const big = `---\nid: REQ-0009\n---\n${'库存'.repeat(500_000)}\n`;
    const root = repo({ 'content/requirements/REQ-0009.md': big });
    const source = await revision(root, 'HEAD');
    const reads = await Promise.all([
      source.readBytes('content/requirements/REQ-0001.md', 10),
      source.readBytes('content/requirements/REQ-0009.md', 1000),
      source.readBytes('content/requirements/REQ-0002.md', 100_000),
      source.readBytes('content/requirements/REQ-0009.md', 4_000_000),
    ]);
    const [read, skipped, after, whole] = reads;
    expect(read).toMatchObject({ type: 'too-large' });
    expect(read.type === 'too-large' && read.size).toBeGreaterThan(100);
    expect(skipped).toEqual({
      type: 'too-large',
      size: Buffer.byteLength(big),
      head: new Uint8Array(),
    });
    expect(after.type === 'bytes' && Buffer.from(after.bytes).toString()).toBe(
      requirement('REQ-0002', 'bogus_field: 1'),
    );
    expect(whole.type === 'bytes' && Buffer.from(whole.bytes).toString()).toBe(big);
    expect(await source.readBytes('content/nothing.md', 10)).toEqual({ type: 'missing' });
    expect(await source.readBytes('content/requirements', 10)).toEqual({ type: 'not-a-file' });
  });

  it.each(['--output=/tmp/x', '-p', '', 'no-such-branch', 'HEAD~5'])(
    'refuses the revision %j',
    async (rev) => {
      const root = repo();
      await expect(createRevisionSource(root, rev)).rejects.toBeInstanceOf(ContentSourceError);
      await expect(createRevisionSource(root, rev)).rejects.toMatchObject({
        failure: 'bad-revision',
      });
    },
  );

  it('serves many reads through one git process, in order', async () => {
    const root = repo();
    const source = await revision(root, 'HEAD');
    const paths = (await source.listFiles('schemas')).files;
    const reads = await Promise.all(paths.map((path) => source.readBytes(path, 1_000_000)));
    const texts = reads.map((read) =>
      read.type === 'bytes' ? new TextDecoder().decode(read.bytes) : '',
    );
    expect(texts.every((text) => text.startsWith('{'))).toBe(true);
    expect(texts.map((text) => (JSON.parse(text) as { $id?: string }).$id)).toEqual(
      paths.map((path) => expect.stringContaining(path.slice('schemas/'.length)) as unknown),
    );
  });
});
