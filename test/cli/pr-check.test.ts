/**
 * `docket pr-check` against real temporary git repositories: a base branch, a pull-request branch
 * with a few commits, and a reviews file shaped like GitHub's list-reviews answer.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { outdent } from 'outdent';
import { CUSTOMER, requirement } from '../helpers/documents.ts';
import { createGitFixtureRepo, git, runDocket, writeFiles } from '../helpers/repo.ts';

const PEOPLE = outdent`
  people:
    - { id: wang-fang, name: 王芳, github: wangfang-yf, roles: [account-manager, requester] }
    - { id: zhao-lei, name: 赵磊, github: zhaolei-yf, roles: [project-manager] }
    - { id: huang-wei, name: 黄伟, github: huangwei-yf, roles: [development-lead, evaluator] }
    - { id: liu-qiang, name: 刘强, github: liuqiang-yf, roles: [sales-head] }
    - { id: zhou-min, name: 周敏, github: zhoumin-yf, roles: [general-manager] }
    - { id: zhang-hua, name: 张华, github: zhanghua-hdx, roles: [customer-representative], customer: CUS-001 }
`;

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** main with REQ-0001 submitted; branch `pr` checked out. */
function createRepo(): string {
  const root = createGitFixtureRepo({
    'content/config/people.yaml': PEOPLE,
    'content/customers/CUS-001/customer.md': CUSTOMER,
    'content/requirements/REQ-0001.md': requirement('REQ-0001'),
  });
  roots.push(root);
  git(root, 'checkout', '-q', '-b', 'pr');
  return root;
}

function commit(root: string, files: Record<string, string>, message = 'change'): string {
  writeFiles(root, files);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', message);
  return git(root, 'rev-parse', 'HEAD').trim();
}

let nextId = 1;
const userIds = new Map<string, number>();
/** GitHub user ids are per account, whatever the login's case. */
function userId(login: string): number {
  const key = login.toLowerCase();
  if (!userIds.has(key)) userIds.set(key, 5000 + userIds.size);
  return userIds.get(key) ?? 0;
}
function reviewsFile(root: string, reviews: [string, string, string][]): string {
  const list = reviews.map(([login, state, commitId]) => {
    const id = nextId++;
    return {
      id,
      node_id: `PRR_${id}`,
      user: { login, id: userId(login), type: 'User' },
      body: '',
      state,
      html_url: `https://github.com/acme/req/pull/1#pullrequestreview-${id}`,
      pull_request_url: 'https://api.github.com/repos/acme/req/pulls/1',
      author_association: 'MEMBER',
      _links: { html: { href: 'h' }, pull_request: { href: 'p' } },
      submitted_at: '2026-03-02T10:00:00Z',
      commit_id: commitId,
    };
  });
  const file = join(root, '..', `${root.split('/').at(-1) ?? 'x'}-reviews.json`);
  writeFileSync(file, JSON.stringify(list));
  roots.push(file);
  return file;
}

const REJECTED = requirement('REQ-0001', 'rejection_reason: 与现有功能重复').replace(
  'status: submitted',
  'status: rejected',
);

function prCheck(root: string, reviews?: string, ...extra: string[]) {
  return runDocket(root, [
    'pr-check',
    '--base',
    'main',
    '--head',
    'pr',
    '--author',
    'wangfang-yf',
    ...(reviews ? ['--reviews', reviews] : []),
    ...extra,
  ]);
}

describe('docket pr-check', () => {
  it("refuses to reject a tier-A customer's requirement without the sales head (or above), and passes with the general manager", () => {
    const root = createRepo();
    const head = commit(root, { 'content/requirements/REQ-0001.md': REJECTED });
    const missing = prCheck(root, reviewsFile(root, [['zhaolei-yf', 'APPROVED', head]]));
    expect(missing.stdout).toContain('✖ REQ-0001  submitted → rejected');
    expect(missing.stdout).toContain(
      '1 of 2 required approvals: a sales head (or above) has not approved',
    );
    expect(missing.status).toBe(1);
    const zh = prCheck(
      root,
      reviewsFile(root, [['zhaolei-yf', 'APPROVED', head]]),
      '--lang',
      'zh-CN',
    );
    expect(zh.stdout).toContain('需要 2 项审批,还差 1 项:销售部长(或以上)尚未批准');
    const passed = prCheck(
      root,
      reviewsFile(root, [
        ['zhaolei-yf', 'APPROVED', head],
        ['ZhouMin-YF', 'APPROVED', head],
      ]),
    );
    expect(passed.stdout.split('\n')[0]).toBe(
      '✔ May merge: all 1 changed items have their approvals',
    );
    expect(passed.status).toBe(0);
  });

  it("applies the tier the customer has on the base's tip, raised there after the branch point", () => {
    const root = createRepo();
    git(root, 'checkout', '-q', 'main');
    commit(root, {
      'content/customers/CUS-001/customer.md': CUSTOMER.replace('tier: A', 'tier: B'),
    });
    git(root, 'checkout', '-q', '-b', 'pr-b');
    const head = commit(root, { 'content/requirements/REQ-0001.md': REJECTED });
    const reviews = reviewsFile(root, [['zhaolei-yf', 'APPROVED', head]]);
    const check = (base: string) =>
      runDocket(root, [
        'pr-check',
        '--base',
        base,
        '--head',
        'pr-b',
        '--author',
        'wangfang-yf',
        '--reviews',
        reviews,
      ]);
    // Tier B when the branch was cut: the project manager alone may reject.
    expect(check('main').status).toBe(0);
    git(root, 'checkout', '-q', 'main');
    commit(root, { 'content/customers/CUS-001/customer.md': CUSTOMER }, 'back to tier A');
    const raised = check('main');
    expect(raised.stdout).toContain('a sales head (or above) has not approved');
    expect(raised.status).toBe(1);
  });

  it('makes an approval stale when the document changes after it, not when another file does', () => {
    const root = createRepo();
    const first = commit(root, { 'content/requirements/REQ-0001.md': REJECTED });
    commit(root, {
      'content/requirements/REQ-0001.md': REJECTED.replace('与现有功能重复', '与 REQ-0002 重复'),
    });
    const stale = prCheck(
      root,
      reviewsFile(root, [
        ['zhaolei-yf', 'APPROVED', first],
        ['zhoumin-yf', 'APPROVED', first],
      ]),
    );
    expect(stale.stdout).toContain(
      `赵磊's approval on commit ${first.slice(0, 7)} no longer counts: REQ-0001 changed after it, so it must be approved again`,
    );
    expect(stale.status).toBe(1);
    const other = createRepo();
    const reviewed = commit(other, { 'content/requirements/REQ-0001.md': REJECTED });
    commit(other, { 'README.md': '# notes\n' });
    const fresh = prCheck(
      other,
      reviewsFile(other, [
        ['zhaolei-yf', 'APPROVED', reviewed],
        ['zhoumin-yf', 'APPROVED', reviewed],
        ['liuqiang-yf', 'APPROVED', reviewed],
      ]),
    );
    expect(fresh.stdout).toContain('✔ REQ-0001');
    expect(fresh.stdout).toContain('✖ README.md  added');
  });

  it('reads the policy and people from the base: a pull request cannot approve itself', () => {
    const root = createRepo();
    const head = commit(root, {
      'content/config/people.yaml': PEOPLE.replace(
        'roles: [account-manager, requester]',
        'roles: [general-manager, project-manager]',
      ),
      'content/requirements/REQ-0001.md': REJECTED,
    });
    const result = prCheck(root, reviewsFile(root, [['zhaolei-yf', 'APPROVED', head]]));
    expect(result.stdout).toContain('✖ content/config/people.yaml  modified');
    expect(result.stdout).toContain(
      '0 of 1 required approvals: a general manager has not approved',
    );
    expect(result.stdout).toContain(
      '1 of 2 required approvals: a sales head (or above) has not approved',
    );
    expect(result.status).toBe(1);
  });

  it('refuses a deleted document', () => {
    const root = createRepo();
    git(root, 'rm', '-q', 'content/requirements/REQ-0001.md');
    git(root, 'commit', '-q', '-m', 'delete');
    const result = prCheck(root);
    expect(result.stdout).toContain(
      'content/requirements/REQ-0001.md:1:1  error  pr/deleted  REQ-0001 was deleted',
    );
    expect(result.status).toBe(1);
  });

  it.each([
    ['an object instead of an array', '{"reviews": []}', '`$` should be a JSON array of reviews'],
    [
      'a review without node_id',
      '[{"id": 1, "user": null, "state": "APPROVED", "commit_id": null}]',
      '`$[0].node_id` should be a string',
    ],
    ['not JSON', '[{', 'is not valid JSON'],
  ])('exits 2 on a malformed reviews file (%s), never a pass', (_name, text, message) => {
    const root = createRepo();
    commit(root, { 'content/requirements/REQ-0001.md': REJECTED });
    const file = join(root, 'reviews.json');
    writeFileSync(file, text);
    // A relative path: read from where the user stands (the repository root here).
    const result = prCheck(root, 'reviews.json');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).not.toContain('May merge');
  });

  it('exits 2 on an unknown ref or a missing option', () => {
    const root = createRepo();
    expect(prCheck(root, undefined).status).toBe(0);
    const bad = runDocket(root, ['pr-check', '--base', 'nope', '--head', 'pr', '--author', 'x']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('No commit `nope` in this repository');
    const missing = runDocket(root, ['pr-check', '--base', 'main', '--head', 'pr']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('`docket pr-check` needs `--author`');
    const folder = runDocket(root, [
      ...['pr-check', '--base', 'main', '--head', 'pr', '--author', 'x', '--reviews', 'content'],
    ]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('The reviews file `content` is not a plain file');
  });

  it.each(['zhanghua-hdx ', '@zhanghua-hdx', 'zhang hua'])(
    'refuses `%s` as the author: not a GitHub login, so never matched to one (exit 2)',
    (author) => {
      const root = createRepo();
      const head = commit(root, { 'content/requirements/REQ-0001.md': REJECTED });
      const reviews = reviewsFile(root, [['zhanghua-hdx', 'APPROVED', head]]);
      const args = ['pr-check', '--base', 'main', '--head', 'pr', '--author', author];
      const result = runDocket(root, [...args, '--reviews', reviews]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('expected a GitHub login');
    },
  );

  it('prints JSON and GitHub annotations from the same result', () => {
    const root = createRepo();
    const head = commit(root, { 'content/requirements/REQ-0001.md': REJECTED });
    const reviews = reviewsFile(root, [['zhaolei-yf', 'APPROVED', head]]);
    const json = JSON.parse(prCheck(root, reviews, '--format', 'json').stdout) as {
      status: string;
      evaluation: { subjects: { key: string; sentences: { text: string }[] }[] };
    };
    expect(json.status).toBe('fail');
    expect(json.evaluation.subjects[0]?.sentences[0]?.text).toBe(
      '1 of 2 required approvals: a sales head (or above) has not approved',
    );
    const github = prCheck(root, reviews, '--format', 'github').stdout.split('\n');
    expect(github[0]).toBe(
      '::error file=content/requirements/REQ-0001.md,line=1,col=1,title=docket/approvals::REQ-0001: 1 of 2 required approvals: a sales head (or above) has not approved',
    );
  });

  it('fails closed (exit 2) when the base has no usable approval policy, and says it is the base', () => {
    const root = createRepo();
    git(root, 'checkout', '-q', 'main');
    git(root, 'rm', '-q', 'schemas/config/approvals.schema.json');
    git(root, 'commit', '-q', '-m', 'lose the policy schema');
    git(root, 'checkout', '-q', 'pr');
    const head = commit(root, { 'content/requirements/REQ-0001.md': REJECTED });
    const reviews = reviewsFile(root, [
      ['zhaolei-yf', 'APPROVED', head],
      ['zhoumin-yf', 'APPROVED', head],
    ]);
    const result = prCheck(root, reviews);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'The base branch `main` has unusable configuration (schemas/config/approvals.schema.json)',
    );
    expect(result.stdout).not.toContain('May merge');
  });

  it.each([
    ['a hand-written sign-off record', 'signoffs/pr-99.json', '{"forged": true}\n'],
    ["Docket's own gate code", 'src/app/gate-approvals.ts', 'export const pass = true;\n'],
  ])('treats %s as a configuration change: the general manager must approve', (_, path, text) => {
    const root = createRepo();
    const head = commit(root, { [path]: text });
    const reviews = reviewsFile(root, [['zhaolei-yf', 'APPROVED', head]]);
    const result = prCheck(root, reviews);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      '0 of 1 required approvals: a general manager has not approved',
    );
    const signed = reviewsFile(root, [['zhoumin-yf', 'APPROVED', head]]);
    expect(prCheck(root, signed).status).toBe(0);
  });

  it('sees no change in a document only re-saved (BOM, CRLF), and still judges a real edit beside it', () => {
    const root = createRepo();
    const resaved = `\uFEFF${requirement('REQ-0001').replace(/\n/g, '\r\n')}`;
    commit(root, { 'content/requirements/REQ-0001.md': resaved });
    const quiet = prCheck(root, undefined, '--format', 'json');
    expect(quiet.status).toBe(0);
    expect(
      (JSON.parse(quiet.stdout) as { evaluation: { subjects: unknown[] } }).evaluation.subjects,
    ).toEqual([]);
    commit(root, {
      'content/requirements/REQ-0001.md': resaved.replace('库存预警。', '库存预警与补货。'),
    });
    const edited = prCheck(root, undefined);
    expect(edited.status).toBe(1);
    expect(edited.stdout).toContain('REQ-0001  modified');
  });
});
