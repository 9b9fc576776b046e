/** The loader reads through a ContentSource: fakes show how it treats failures and split sources. */
import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../src/app/load-repository.ts';
import { SetupError } from '../../src/app/errors.ts';
import { ContentSourceError } from '../../src/core/ports/content-source.ts';
import { CUSTOMER, requirement } from '../helpers/documents.ts';
import { createFakeContentSource, projectFiles } from '../helpers/fake-content.ts';
import { FIXTURE_PEOPLE } from '../helpers/repo.ts';

const DOCUMENTS = {
  'content/config/people.yaml': FIXTURE_PEOPLE,
  'content/customers/CUS-001/customer.md': CUSTOMER,
  'content/requirements/REQ-0001.md': requirement('REQ-0001'),
};

describe('loadRepository(source)', () => {
  it('loads documents and configuration from one source', async () => {
    const source = createFakeContentSource(projectFiles(DOCUMENTS));
    const load = await loadRepository(source);
    expect(load.documents.map((document) => document.id)).toEqual(['CUS-001', 'REQ-0001']);
    expect(load.repository?.config.people.map((person) => person.id)).toContain('zhao-lei');
  });

  it('reads schemas and content/config from the configuration source only', async () => {
    const base = createFakeContentSource(
      projectFiles({ 'content/config/people.yaml': FIXTURE_PEOPLE }),
    );
    const head = createFakeContentSource({
      ...DOCUMENTS,
      // A pull request that rewrites people.yaml must not change who is who.
      'content/config/people.yaml': 'people: []\n',
    });
    const load = await loadRepository(head, { configSource: base });
    expect(load.repository?.config.people.length).toBeGreaterThan(0);
    expect(head.reads.filter((path) => !path.startsWith('content/config/')).length).toBe(2);
    expect(
      head.reads.some((path) => path.startsWith('content/config/') || path.startsWith('schemas/')),
    ).toBe(false);
    expect(base.reads).toContain('content/config/people.yaml');
  });

  it('reports a listed link and a file that turned into one as symlink problems', async () => {
    const source = createFakeContentSource(projectFiles(DOCUMENTS));
    source.symlinks.add('content/requirements/REQ-0002.md');
    const load = await loadRepository(source);
    expect(load.problems.map(({ rule, path }) => `${rule} ${path}`)).toContain(
      'file/symlink content/requirements/REQ-0002.md',
    );
  });

  it('rejects with the source error when a read fails, and never resolves half a model', async () => {
    const source = createFakeContentSource(projectFiles(DOCUMENTS));
    const failure = new ContentSourceError(
      'io',
      'content/requirements/REQ-0001.md',
      'EACCES: permission denied',
    );
    source.readErrors.set('content/requirements/REQ-0001.md', failure);
    await expect(loadRepository(source)).rejects.toBe(failure);
  });

  it('rejects when listing fails', async () => {
    const source = createFakeContentSource(projectFiles(DOCUMENTS));
    source.listError = new ContentSourceError('git', 'HEAD', 'fatal: not a git repository');
    await expect(loadRepository(source)).rejects.toBe(source.listError);
  });

  it('names a missing schema as a setup problem', async () => {
    const files = projectFiles(DOCUMENTS);
    delete files['schemas/requirement.schema.json'];
    await expect(loadRepository(createFakeContentSource(files))).rejects.toBeInstanceOf(SetupError);
  });

  it('reports an oversized document by size, without decoding it', async () => {
    const big = `${requirement('REQ-0002')}${'x'.repeat(1_100_000)}`;
    const source = createFakeContentSource(
      projectFiles({ ...DOCUMENTS, 'content/requirements/REQ-0002.md': big }),
    );
    const load = await loadRepository(source);
    expect(load.problems).toContainEqual(
      expect.objectContaining({ rule: 'file/too-large', path: 'content/requirements/REQ-0002.md' }),
    );
  });
});
