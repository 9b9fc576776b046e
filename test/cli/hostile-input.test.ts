/**
 * Found by adversarial use of the CLI: configuration that is a link or a FIFO, revisions that look
 * like options, customer IDs that climb out of the repository, escape sequences in values, and a
 * disk that refuses to write. Each gets one clear line, and nothing is written where it must not be.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, openSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanRepoFiles, CUSTOMER, requirement } from '../helpers/documents.ts';
import { createFixtureRepo, git, PROJECT_ROOT, runDocket } from '../helpers/repo.ts';
import { makeTempDir } from '../helpers/temp.ts';

const TODAY = { DOCKET_TODAY: '2026-11-26' };
const SETTINGS = 'content/config/docket.yaml';

/** `docket new visit` for a customer, with every answer given as a flag. */
function newVisitArgs(customer: string): string[] {
  return [
    'new',
    'visit',
    '--customer',
    customer,
    '--by',
    'wang-fang',
    '--type',
    '回访',
    '--summary',
    'x',
  ];
}

describe('content/config/docket.yaml read for the default language', () => {
  it('is not followed when it is a link to /dev/zero', () => {
    const root = createFixtureRepo(cleanRepoFiles());
    rmSync(join(root, SETTINGS));
    symlinkSync('/dev/zero', join(root, SETTINGS));
    const result = runDocket(root, ['validate'], {}, 20_000);
    expect(result.stdout).toContain(`${SETTINGS}:1:1  error  file/symlink`);
    expect(result.status).toBe(1);
  });

  it('does not hang when it is a FIFO', () => {
    const root = createFixtureRepo(cleanRepoFiles());
    rmSync(join(root, SETTINGS));
    expect(spawnSync('mkfifo', [join(root, SETTINGS)]).status).toBe(0);
    const result = runDocket(root, ['validate'], {}, 20_000);
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
  });
});

describe('revisions that look like options', () => {
  it('refuses --base=--output=… before git sees it, and writes nothing', () => {
    const root = createFixtureRepo(cleanRepoFiles());
    git(root, 'init', '-q', '-b', 'main');
    const target = join(makeTempDir('output'), 'written');
    const result = runDocket(root, ['validate', '--format', 'github', `--base=--output=${target}`]);
    expect(result.stderr.trim()).toBe(
      `\`--output=${target}\` is not a commit in this repository (give a branch, tag or commit id; it cannot start with \`-\`).`,
    );
    expect(result.status).toBe(2);
    expect(existsSync(target)).toBe(false);
  });
});

describe('docket new visit --customer with a customer whose id climbs out', () => {
  it('refuses the ID and writes nothing outside the repository', () => {
    const outside = makeTempDir('outside');
    const root = join(outside, 'a', 'b', 'repo');
    const fixture = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/customers/CUS-002/customer.md': CUSTOMER.replace('id: CUS-001', 'id: ../../..'),
    });
    spawnSync('mkdir', ['-p', join(outside, 'a', 'b')]);
    spawnSync('mv', [fixture, root]);
    const result = runDocket(root, newVisitArgs('../../..'), TODAY);
    expect(result.stderr).toContain('../../..');
    expect(result.status).not.toBe(0);
    expect(readdirSync(outside)).toEqual(['a']);
    expect(readdirSync(join(outside, 'a'))).toEqual(['b']);
  });
});

describe('values with terminal escape sequences', () => {
  const TITLE = 'title: "库存\\e]0;pwned\\a预警\\e[2J"';
  it.each([
    ['list', ['list']],
    ['show', ['show', 'REQ-0002']],
  ])('%s shows them as text', (_name, args) => {
    const root = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/requirements/REQ-0002.md': requirement('REQ-0002').replace('title: 库存预警', TITLE),
    });
    const result = runDocket(root, args, TODAY);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).not.toContain('\u0007');
    expect(result.stdout).toContain('\\u{1b}');
  });
});

describe('a disk or folder that refuses to write', () => {
  // root ignores file modes, so this runs only as an ordinary user (as in CI).
  it.skipIf(process.getuid?.() === 0)(
    'says which path and why in one line, exits 2, and leaves no .tmp file',
    () => {
      const root = createFixtureRepo(cleanRepoFiles());
      const visits = join(root, 'content/customers/CUS-001/visits');
      spawnSync('mkdir', ['-p', visits]);
      chmodSync(visits, 0o555);
      const result = runDocket(root, newVisitArgs('CUS-001'), TODAY);
      chmodSync(visits, 0o755);
      expect(result.stderr.trim()).toMatch(
        /^Cannot read or write content\/customers\/CUS-001\/visits\/2026-11-26-wang-fang\.md: EACCES: permission denied\. Check the file permissions and free disk space, then run again\.$/,
      );
      expect(result.status).toBe(2);
      expect(readdirSync(visits)).toEqual([]);
    },
  );
});

describe('npx docket on a machine whose own Node is older', () => {
  it('prints only Docket output, no npm engine warnings', () => {
    const result = spawnSync('npx', ['docket', '--version'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: {
        PATH: '/usr/local/bin:/usr/bin:/bin',
        HOME: makeTempDir('home'),
        // npm's own "new version available" notice is not what this test is about.
        npm_config_update_notifier: 'false',
      },
    });
    expect(result.stderr).not.toContain('EBADENGINE');
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('output that cannot be written', () => {
  it.skipIf(!existsSync('/dev/full'))(
    'says in one line that the output could not be written to a full disk (exit 2, no stack)',
    () => {
      const root = createFixtureRepo(cleanRepoFiles());
      const node = join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
      const result = spawnSync(node, [join(PROJECT_ROOT, 'scripts/docket.mjs'), 'list'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'],
        env: { PATH: process.env['PATH'] ?? '', DOCKET_LANG: 'en' },
      });
      rmSync(root, { recursive: true, force: true });
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([
        'A read or write failed: the disk is full (ENOSPC, write). Check the permissions and the free space, then try again.',
      ]);
    },
  );
});

describe('things that are not plain files or folders', () => {
  it('reports a signoffs/ that links to / instead of walking the whole disk, and a pipe in content/', () => {
    const root = createFixtureRepo(cleanRepoFiles());
    symlinkSync('/', join(root, 'signoffs'));
    execFileSync('mkfifo', [join(root, 'content/requirements/REQ-0103.md')]);
    const verify = runDocket(root, ['verify'], {}, 20_000);
    expect(verify.signal).toBeNull();
    expect(verify.status).toBe(1);
    expect(verify.stdout).toContain('signoffs:1:1  error  file/symlink');
    const validate = runDocket(root, ['validate'], {}, 20_000);
    expect(validate.status).toBe(1);
    expect(validate.stdout).toContain(
      'content/requirements/REQ-0103.md:1:1  error  file/not-a-file  This is neither a plain file nor a folder',
    );
    rmSync(root, { recursive: true, force: true });
  });
});
