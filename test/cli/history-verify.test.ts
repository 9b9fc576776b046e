/**
 * `docket history`, `docket verify` and the sign-off line of `docket show`, run as a user would
 * against a real repository where #7 was merged with sign-offs and then the document was edited.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSignoffs } from '../../src/app/record-signoffs.ts';
import { DEV, commitFiles, createGitRepo, git, removeRepo } from '../helpers/git.ts';
import { cleanRepoFiles, requirement } from '../helpers/documents.ts';
import { createFixtureRepo, runDocket } from '../helpers/repo.ts';
import {
  APPROVED,
  REQ,
  approvedVerdict,
  createMergedRepo,
  fixedEvaluator,
  mergeFacts,
  type MergedRepo,
} from '../helpers/signoff-repo.ts';

const RECORD = 'signoffs/pr-7.json';
let repo: MergedRepo;

beforeAll(async () => {
  repo = createMergedRepo();
  await recordSignoffs(repo.root, mergeFacts(repo), fixedEvaluator(repo, approvedVerdict(repo)));
  commitFiles(repo.root, { [RECORD]: readFileSync(join(repo.root, RECORD), 'utf8') }, 'Record #7');
});

afterAll(() => {
  removeRepo(repo.root);
});

describe('docket history', () => {
  it('prints the revision record and the sign-offs, in English and Chinese', () => {
    const en = runDocket(repo.root, ['history', 'REQ-0001']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('Revision record');
    expect(en.stdout).toMatch(
      /2026-03-10 +赵磊 +changed Evaluation, Attachments, pull request #7 +Evaluating → Approved/,
    );
    expect(en.stdout).toContain(
      '张华 (Customer representative) @ZhangHua-HDX approved Evaluating → Approved in #7, review 9001',
    );
    expect(en.stdout).toContain('✔ The content is what was signed on 2026-03-10 (#7).');
    const zh = runDocket(repo.root, ['history', 'REQ-0001', '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('修改记录');
    expect(zh.stdout).toContain('签字记录');
  });

  it('answers an unknown ID with exit 1, and with a JSON error when JSON was asked for', () => {
    const result = runDocket(repo.root, ['history', 'REQ-9999', '--format', 'json']);
    expect(result.status).toBe(1);
    const answer = JSON.parse(result.stdout) as { error: { rule: string; value: string } };
    expect(answer.error).toMatchObject({ rule: 'history/unknown-id', value: 'REQ-9999' });
    expect(result.stderr).toContain('REQ-9999');
  });

  it('refuses a shallow clone (exit 2): its oldest commit would pass for every creation', () => {
    const shallow = `${repo.root}-shallow`;
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, shallow]);
      const result = runDocket(shallow, ['history', 'REQ-0001']);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('This is a shallow clone');
      expect(result.stderr).toContain('fetch-depth: 0');
    } finally {
      removeRepo(shallow);
    }
  });

  it('shows escape sequences from a title or a commit author, never sends them to the terminal', () => {
    const title = requirement('REQ-0001').replace(
      'title: 库存预警',
      'title: "\\e]0;PWNED\\a\\u202e"',
    );
    const root = createFixtureRepo({
      ...cleanRepoFiles(),
      'content/requirements/REQ-0001.md': title,
    });
    try {
      git(root, ['init', '--quiet', '--initial-branch=main']);
      commitFiles(root, {}, 'x', { name: 'Ev\u001b[31m', email: 'ev@example.com' });
      const shown = runDocket(root, ['history', 'REQ-0001']);
      expect(shown.status).toBe(0);
      // eslint-disable-next-line no-control-regex -- the point: no raw escape reaches the terminal
      expect(shown.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
      expect(shown.stdout).toContain('Ev\\u{1b}[31m');
      expect(shown.stdout).toContain('\\u{1b}]0;PWNED\\u{7}\\u202e');
      // JSON keeps the characters, escaped by JSON itself.
      const json: unknown = JSON.parse(
        runDocket(root, ['history', 'REQ-0001', '--format', 'json']).stdout,
      );
      expect(JSON.stringify(json)).toContain('PWNED');
      expect(JSON.stringify(json)).toContain('\\u001b]0;');
    } finally {
      removeRepo(root);
    }
  });

  it('says "needs re-confirmation" in history, show and JSON once the signed content changes', () => {
    const edited = APPROVED.replace('库存低于安全线时提醒', '库存低于安全线时立即提醒');
    const typo = commitFiles(
      repo.root,
      { [REQ]: edited },
      'Fix a typo',
      DEV,
      '2026-03-12T09:00:00+08:00',
    );
    try {
      const text = runDocket(repo.root, ['history', 'REQ-0001']);
      expect(text.stdout).toContain(
        `⚠ Needs re-confirmation: the content changed after the sign-off of 2026-03-10 (#7): 2026-03-12 林涛 ${typo.slice(0, 7)}.`,
      );
      expect(runDocket(repo.root, ['history', 'REQ-0001', '--lang', 'zh-CN']).stdout).toContain(
        '需重新确认',
      );
      const json = JSON.parse(
        runDocket(repo.root, ['history', 'REQ-0001', '--format', 'json']).stdout,
      ) as Record<string, unknown>;
      expect(json).toMatchObject({ needs_reconfirmation: true, edits_since_signoff: [typo] });
      const show = runDocket(repo.root, ['show', 'REQ-0001', '--today', '2026-03-13']);
      expect(show.stdout).toContain(
        'needs re-confirmation: changed 1 time(s) after the sign-off of 2026-03-10',
      );
    } finally {
      commitFiles(
        repo.root,
        { [REQ]: APPROVED },
        'Revert the typo fix',
        DEV,
        '2026-03-13T09:00:00+08:00',
      );
    }
  });

  it('lists every document with --all in one pass, and explains an unknown ID or a missing ID', () => {
    const all = JSON.parse(
      runDocket(repo.root, ['history', '--all', '--format', 'json']).stdout,
    ) as {
      documents: { id: string }[];
    };
    expect(all.documents.map((document) => document.id).sort()).toEqual(['CUS-001', 'REQ-0001']);
    const unknown = runDocket(repo.root, ['history', 'REQ-0009']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('No document with the ID `REQ-0009` in the git history');
    expect(runDocket(repo.root, ['history']).status).toBe(2);
  });

  it('ignores an ambient GIT_DIR, and fails with one line outside a git repository', () => {
    const other = createGitRepo();
    try {
      const result = runDocket(repo.root, ['history', 'REQ-0001'], {
        GIT_DIR: join(other, '.git'),
      });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Revision record');
    } finally {
      removeRepo(other);
    }
    const plain = createFixtureRepo();
    try {
      const result = runDocket(plain, ['history', 'REQ-0001']);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('Cannot read the git history');
    } finally {
      removeRepo(plain);
    }
  });
});

describe('docket verify', () => {
  it('passes on a faithful record and fails, loudly, on a merge without sign-off', () => {
    const clean = runDocket(repo.root, ['verify']);
    expect(clean.stdout).toContain('✔ Checked 1 sign-off records: all match git.');
    expect(clean.status).toBe(0);
    const record = JSON.parse(readFileSync(join(repo.root, RECORD), 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(
      join(repo.root, RECORD),
      JSON.stringify({
        ...record,
        outcome: 'merged-without-signoff',
        missing: [
          {
            text: {
              'zh-CN': '星海物流的客户代表尚未批准',
              en: 'the representative of 星海物流 has not approved',
            },
          },
        ],
      }),
    );
    try {
      const failed = runDocket(repo.root, ['verify']);
      expect(failed.status).toBe(1);
      expect(failed.stdout.split('\n')[0]).toBe(
        '✖ MERGED WITHOUT SIGN-OFF: pull request #7 (2026-03-10, merged by zhaolei-yf)',
      );
      expect(failed.stdout).toContain(
        'Merged without sign-off: missing the representative of 星海物流 has not approved.',
      );
      const json = JSON.parse(
        runDocket(repo.root, ['verify', '--format', 'json']).stdout,
      ) as Record<string, unknown>;
      expect(json).toMatchObject({ ok: false, merged_without_signoff: [{ pull_request: 7 }] });
      writeFileSync(join(repo.root, RECORD), '{ not json');
      const broken = runDocket(repo.root, ['verify', '--lang', 'zh-CN']);
      expect(broken.status).toBe(1);
      expect(broken.stdout).toContain(
        'signoffs/pr-7.json:1:1  error  signoff/json  签字记录不是有效的 JSON',
      );
    } finally {
      writeFileSync(join(repo.root, RECORD), `${JSON.stringify(record, null, 2)}\n`);
    }
  });
});
