/**
 * Fixture repositories for tests: a temporary folder with the project's real schemas and
 * configuration, plus the documents a test writes. Also runs the real CLI against it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir } from './temp.ts';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NODE = join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
const CLI = join(PROJECT_ROOT, 'scripts', 'docket.mjs');

/** A small cast: the project's people.yaml names demo customers a fixture does not have. */
export const FIXTURE_PEOPLE = `people:
  - { id: wang-fang, name: 王芳, github: wangfang-yf, roles: [account-manager, requester], department: 销售部 }
  - { id: zhao-lei, name: 赵磊, github: zhaolei-yf, roles: [project-manager], department: 产品技术部 }
  - { id: huang-wei, name: 黄伟, github: huangwei-yf, roles: [development-lead, evaluator], department: 研发部 }
  - { id: liu-qiang, name: 刘强, github: liuqiang-yf, roles: [sales-head], department: 销售部 }
  - { id: zhou-min, name: 周敏, github: zhoumin-yf, roles: [general-manager], department: 总经理办公室 }
  - { id: zhang-hua, name: 张华, github: zhanghua-hdx, roles: [customer-representative], customer: CUS-001 }
`;

/** A new repository with schemas/ and content/config/ copied from the project. */
export function createFixtureRepo(
  files: Readonly<Record<string, string | Uint8Array>> = {},
): string {
  const root = makeTempDir('test');
  cpSync(join(PROJECT_ROOT, 'schemas'), join(root, 'schemas'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'content', 'config'), join(root, 'content', 'config'), {
    recursive: true,
  });
  writeFiles(root, { 'content/config/people.yaml': FIXTURE_PEOPLE, ...files });
  return root;
}

export function writeFiles(
  root: string,
  files: Readonly<Record<string, string | Uint8Array>>,
): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

export function readRepoFile(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Set when the process was killed (by `timeoutMs`). */
  signal?: NodeJS.Signals | null;
}

/**
 * Runs `docket ARGS` as a user would, with the project's Node 22, no terminal attached;
 * `timeoutMs` kills a run that hangs.
 */
export function runDocket(
  cwd: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
  timeoutMs?: number,
): CliResult {
  const result = spawnSync(NODE, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    ...(timeoutMs === undefined ? {} : { timeout: timeoutMs }),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      DOCKET_LANG: 'en',
      ...env,
    },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    signal: result.signal,
  };
}

/** Runs git in `root` with fixed identities and dates, so commits are reproducible. */
export function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: root,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_AUTHOR_DATE: '2026-03-01T09:00:00+08:00',
      GIT_COMMITTER_DATE: '2026-03-01T09:00:00+08:00',
    },
  });
}

/** A fixture repository (see createFixtureRepo) with everything committed on `main`. */
export function createGitFixtureRepo(
  files: Readonly<Record<string, string | Uint8Array>> = {},
): string {
  const root = createFixtureRepo(files);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'fixture');
  return root;
}
