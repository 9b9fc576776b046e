/**
 * An interrupted renumber is never silent: interrupted at every step (a full disk, injected through
 * the file port), validate reports it, a new renumber refuses, --resume reaches exactly the state
 * of an uninterrupted run and --rollback exactly the state before. A held lock keeps a second
 * renumber out, and a stale one is explained.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyRenumberPlan, finishRenumber, getRenumberPlan } from '../../src/app/renumber.ts';
import { JOURNAL_PATH, LOCK_PATH } from '../../src/app/renumber-journal.ts';
import { CUSTOMER, requirement } from '../helpers/documents.ts';
import { createFailingFiles } from '../helpers/failing-files.ts';
import { createFixtureRepo, runDocket } from '../helpers/repo.ts';

const FILES = {
  'content/customers/CUS-001/customer.md': CUSTOMER,
  'content/customers/CUS-001/visits/2026-03-01-wang-fang.md':
    '---\ndate: "2026-03-01"\ntype: return\nvisited_by: [wang-fang]\nsummary: 回访\n---\n',
  'content/requirements/REQ-0001.md': requirement('REQ-0001'),
  'content/requirements/REQ-0002.md': requirement('REQ-0002', 'parent: REQ-0001'),
};

/** Every file under content/ with its text; .docket/ (lock, journal) is not content. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files[path.slice(root.length + 1)] = readFileSync(path, 'utf8');
    }
  return files;
}

function plan(root: string, oldId: string, newId: string) {
  const planned = getRenumberPlan(root, oldId, newId);
  if (!planned.ok) throw new Error(JSON.stringify(planned.refusals));
  return planned;
}

const CASES = [
  ['CUS-001', 'CUS-007'],
  ['REQ-0001', 'REQ-0005'],
] as const;

describe.each(CASES)('renumber %s → %s interrupted at every step', (oldId, newId) => {
  const clean = createFixtureRepo(FILES);
  const before = snapshot(clean);
  expect(applyRenumberPlan(clean, plan(clean, oldId, newId))).toEqual({ ok: true });
  const after = snapshot(clean);
  const steps = (() => {
    const root = createFixtureRepo(FILES);
    const counting = createFailingFiles(root, 0);
    applyRenumberPlan(root, plan(root, oldId, newId), counting);
    return counting.changes;
  })();

  it('takes several steps, and changes content when it finishes', () => {
    expect(steps).toBeGreaterThanOrEqual(4);
    expect(after).not.toEqual(before);
  });

  // Change 1 writes the journal, the last but one removes it, the last removes the lock.
  it.each(Array.from({ length: steps - 3 }, (_, index) => index + 2))(
    'a failure at change %i leaves a journal; resume finishes, rollback restores',
    (failAt) => {
      for (const mode of ['resume', 'rollback'] as const) {
        const root = createFixtureRepo(FILES);
        const failing = createFailingFiles(root, failAt);
        expect(() => applyRenumberPlan(root, plan(root, oldId, newId), failing)).toThrow('ENOSPC');
        expect(readFileSync(join(root, JOURNAL_PATH), 'utf8')).toContain(newId);
        expect(existsSync(join(root, LOCK_PATH))).toBe(false);
        expect(finishRenumber(root, mode)).toMatchObject({ ok: true });
        expect(snapshot(root)).toEqual(mode === 'resume' ? after : before);
        expect(readdirSync(join(root, '.docket'))).toEqual([]);
      }
    },
  );

  it('changes nothing when the journal cannot be written', () => {
    const root = createFixtureRepo(FILES);
    expect(() =>
      applyRenumberPlan(root, plan(root, oldId, newId), createFailingFiles(root, 1)),
    ).toThrow('ENOSPC');
    expect(snapshot(root)).toEqual(before);
    expect(readdirSync(join(root, '.docket'))).toEqual([]);
  });

  it('a failure removing the journal leaves it for resume, which then only tidies up', () => {
    const root = createFixtureRepo(FILES);
    expect(() =>
      applyRenumberPlan(root, plan(root, oldId, newId), createFailingFiles(root, steps - 1)),
    ).toThrow('ENOSPC');
    expect(snapshot(root)).toEqual(after);
    expect(finishRenumber(root, 'resume')).toMatchObject({ ok: true });
    expect(snapshot(root)).toEqual(after);
  });
});

describe('docket renumber after an interruption', () => {
  function interrupted(): string {
    const root = createFixtureRepo(FILES);
    const failing = createFailingFiles(root, 3);
    expect(() => applyRenumberPlan(root, plan(root, 'REQ-0001', 'REQ-0005'), failing)).toThrow();
    return root;
  }

  it('validate reports the unfinished renumber and exits 1', () => {
    const result = runDocket(interrupted(), ['validate']);
    expect(result.stdout).toContain(
      '.docket/renumber-journal.json:1:1  error  renumber/unfinished  An earlier `docket renumber REQ-0001 REQ-0005` was interrupted',
    );
    expect(result.status).toBe(1);
  });

  it('refuses a new renumber, then --resume finishes and validate is clean', () => {
    const root = interrupted();
    const refused = runDocket(root, ['renumber', 'REQ-0002', 'REQ-0009']);
    expect(refused.stderr).toContain('Run `docket renumber --resume` to finish it');
    expect(refused.status).toBe(1);
    const resumed = runDocket(root, ['renumber', '--resume']);
    expect(resumed.stdout).toContain('Finished the interrupted renumber REQ-0001 → REQ-0005.');
    expect(runDocket(root, ['validate']).status).toBe(0);
    expect(runDocket(root, ['renumber', '--rollback']).stderr).toContain(
      'There is no interrupted renumber',
    );
  });

  it('refuses while another renumber holds the lock, and explains a stale lock', () => {
    const root = createFixtureRepo(FILES);
    mkdirSync(join(root, '.docket'));
    const since = '2026-03-01T01:00:00.000Z';
    writeFileSync(join(root, LOCK_PATH), JSON.stringify({ pid: process.pid, since }));
    const held = runDocket(root, ['renumber', 'REQ-0001', 'REQ-0005']);
    expect(held.stderr.trim()).toBe(
      `Another \`docket renumber\` is running (process ${process.pid}, started ${since}). Wait for it to finish, then run again.`,
    );
    expect(held.status).toBe(1);
    const gone = spawnSync('true').pid;
    writeFileSync(join(root, LOCK_PATH), JSON.stringify({ pid: gone, since }));
    const stale = runDocket(root, ['renumber', 'REQ-0001', 'REQ-0005']);
    expect(stale.stderr).toContain(
      `is from process ${gone} (started ${since}), which is no longer running`,
    );
    expect(snapshot(root)).toEqual(snapshot(createFixtureRepo(FILES)));
  });
});

describe('a damaged or forged journal', () => {
  const forged = JSON.stringify({
    version: 1,
    oldId: 'REQ-0001',
    newId: 'REQ-0100',
    moves: [{ from: 'content/requirements/REQ-0002.md', to: '../moved-out.md' }],
    rewrites: [],
  });
  it.each([
    ['names a path outside content/', forged, 'the path `../moved-out.md` is not inside content/'],
    ['is empty', '', 'it is not valid JSON'],
    ['lacks its moves', '{"version":1}', 'it is not what Docket writes'],
    ['is a list', '[]', 'it is not what Docket writes'],
  ])('is refused, never replayed, when it %s (exit 2, files untouched)', (_name, text, reason) => {
    const root = createFixtureRepo(FILES);
    mkdirSync(join(root, '.docket'));
    writeFileSync(join(root, JOURNAL_PATH), text);
    const before = snapshot(root);
    for (const args of [['renumber', '--resume'], ['renumber', '--rollback'], ['validate']]) {
      const result = runDocket(root, args);
      expect(result.stderr).toContain(
        `The renumber journal ${JOURNAL_PATH} is damaged (${reason})`,
      );
      expect(result.status).toBe(2);
    }
    expect(snapshot(root)).toEqual(before);
    expect(existsSync(join(root, '..', 'moved-out.md'))).toBe(false);
  });
});
