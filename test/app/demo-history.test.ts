/**
 * scripts/demo-history.ts end to end: a fixture source checkout (real git) is replayed into a new
 * repository; the log shows the planned authors and fixed dates, the last tree equals the
 * source's content/, and the source is left exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleGit } from 'simple-git';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/adapters/fs.ts';
import { readHistoryInput } from '../../src/app/demo-history.ts';
import type { Workflow } from '../../src/core/config.ts';
import { assembleDemoHistory } from '../../src/core/demo-history.ts';
import { nextStates } from '../../src/core/workflow.ts';
import type { WorkflowKind } from '../../src/core/layout.ts';
import { HISTORY_ATTACHMENT, HISTORY_DOCUMENTS } from '../helpers/history-fixture.ts';
import { createFixtureRepo, PROJECT_ROOT } from '../helpers/repo.ts';
import { makeTempDir } from '../helpers/temp.ts';

const NODE = join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
const SCRIPT = join(PROJECT_ROOT, 'scripts', 'demo-history.ts');

function runScript(cwd: string, args: readonly string[]) {
  const result = spawnSync(NODE, [SCRIPT, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The fixture as a checkout with one commit of its own, so we can see that nothing touches it. */
async function createSourceCheckout(): Promise<string> {
  const root = createFixtureRepo({
    ...HISTORY_DOCUMENTS,
    [HISTORY_ATTACHMENT.path]: HISTORY_ATTACHMENT.bytes,
  });
  const git = simpleGit({ baseDir: root });
  await git.raw(['init', '--quiet', '--initial-branch=main']);
  await git.raw(['add', '--all']);
  await git.raw([
    '-c',
    'user.name=Source',
    '-c',
    'user.email=source@example.invalid',
    '-c',
    'commit.gpgSign=false',
    'commit',
    '--quiet',
    '--no-verify',
    '--date=2026-01-01T00:00:00+08:00',
    '-m',
    'Source',
  ]);
  return root;
}

describe('node scripts/demo-history.ts --out DIR', () => {
  let source = '';
  let out = '';
  let sourceHead = '';
  let run: ReturnType<typeof runScript>;

  beforeAll(async () => {
    source = await createSourceCheckout();
    sourceHead = (await simpleGit({ baseDir: source }).raw(['rev-parse', 'HEAD'])).trim();
    out = join(makeTempDir('history'), 'demo');
    run = runScript(source, ['--out', out]);
  });

  it('prints one line: commits and date range', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      `${out}: 16 commits, 2024-06-01T08:30:00+08:00 … 2026-05-08T09:07:00+08:00\n`,
    );
  });

  it('writes the planned authors, dates and messages (git log --format=%an|%ae|%aI|%cI|%s)', async () => {
    const log = await simpleGit({ baseDir: out }).raw([
      'log',
      '--reverse',
      '--format=%an|%ae|%aI|%cI|%s',
    ]);
    const lines = log.trim().split('\n');
    expect(lines).toHaveLength(16);
    expect(lines.slice(0, 3)).toEqual([
      '赵磊|zhaolei-yf@users.noreply.github.com|2024-06-01T08:30:00+08:00|2024-06-01T08:30:00+08:00|Set up Docket: schemas, configuration and attachments',
      '王芳|wangfang-yf@users.noreply.github.com|2024-06-01T10:15:00+08:00|2024-06-01T10:15:00+08:00|Add CUS-001 (客户档案: 华东鲜食品有限公司)',
      '王芳|wangfang-yf@users.noreply.github.com|2024-09-20T09:42:00+08:00|2024-09-20T09:42:00+08:00|CUS-001: 潜在客户 → 新客户',
    ]);
    expect(lines.slice(7, 11)).toEqual([
      '赵磊|zhaolei-yf@users.noreply.github.com|2026-03-11T09:21:00+08:00|2026-03-11T09:21:00+08:00|REQ-0001: 已提交 → 评估中',
      '赵磊|zhaolei-yf@users.noreply.github.com|2026-03-11T09:58:00+08:00|2026-03-11T09:58:00+08:00|Add REL-001 (版本: V1.1)',
      '赵磊|zhaolei-yf@users.noreply.github.com|2026-03-20T10:24:00+08:00|2026-03-20T10:24:00+08:00|REQ-0001: 评估中 → 已批准',
      '王芳|wangfang-yf@users.noreply.github.com|2026-03-23T09:15:00+08:00|2026-03-23T09:15:00+08:00|Add CR-0001 (变更单: 预警阈值按仓库设置)',
    ]);
    expect(lines.at(-1)).toBe(
      '赵磊|zhaolei-yf@users.noreply.github.com|2026-05-08T09:07:00+08:00|2026-05-08T09:07:00+08:00|REL-001: 已冻结 → 已上线',
    );
  });

  it('ends with a committed tree whose content/ equals the source byte for byte', async () => {
    const git = simpleGit({ baseDir: out });
    expect(await git.raw(['status', '--porcelain'])).toBe('');
    const committed = (await git.raw(['ls-tree', '-r', '--name-only', 'HEAD', '--', 'content']))
      .trim()
      .split('\n');
    expect(committed).toEqual(listFiles(source, 'content'));
    for (const path of committed)
      expect(readFileSync(join(out, path)), path).toEqual(readFileSync(join(source, path)));
  });

  it('keeps the source checkout as it was: same HEAD, nothing changed', async () => {
    const git = simpleGit({ baseDir: source });
    expect((await git.raw(['rev-parse', 'HEAD'])).trim()).toBe(sourceHead);
    expect(await git.raw(['status', '--porcelain'])).toBe('');
    expect((await git.raw(['rev-list', '--count', 'HEAD'])).trim()).toBe('1');
  });

  it('refuses an output folder that is not empty, and leaves it alone', () => {
    const taken = makeTempDir('history-taken');
    mkdirSync(join(taken, 'notes'));
    writeFileSync(join(taken, 'notes', 'keep.txt'), 'mine');
    const refused = runScript(source, ['--out', taken]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('exists and is not empty');
    expect(listFiles(taken, '.')).toEqual(['notes/keep.txt']);
  });

  it('refuses an output folder inside the source checkout', async () => {
    const refused = runScript(source, ['--out', 'content/history']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('is inside the source checkout');
    expect(await simpleGit({ baseDir: source }).raw(['status', '--porcelain'])).toBe('');
  });
});

describe('the plan for the real demo content', () => {
  const input = readHistoryInput(PROJECT_ROOT);
  const plan = assembleDemoHistory(input);

  it('writes every document, ending with its text, and no document in the setup commit', () => {
    expect(plan.setup.writes).toEqual([]);
    const last = new Map(
      plan.commits.flatMap((commit) =>
        commit.writes.map((write) => [write.path, write.text] as const),
      ),
    );
    for (const document of input.documents)
      expect(last.get(document.path), document.path).toBe(document.text);
  });

  it('moves documents only along transitions in content/config/workflows.yaml', () => {
    const workflows = input.workflows as Record<WorkflowKind, Workflow>;
    const moves = plan.commits.flatMap((commit) => {
      const [, from, to] = /: (\S+) → (\S+)$/.exec(commit.message) ?? [];
      if (from === undefined || to === undefined) return [];
      const kind = input.documents.find((document) => document.path === commit.writes[0]?.path)
        ?.kind as WorkflowKind;
      const labels = input.stateLabels[kind] ?? {};
      const code = (label: string) =>
        Object.keys(labels).find((state) => labels[state] === label) ?? label;
      return [
        {
          message: commit.message,
          allowed: nextStates(workflows[kind], code(from)).includes(code(to)),
        },
      ];
    });
    // The pattern must have found the state moves, or the check below proves nothing.
    expect(moves.length).toBeGreaterThanOrEqual(5);
    expect(moves.filter((move) => !move.allowed).map((move) => move.message)).toEqual([]);
  });
});
