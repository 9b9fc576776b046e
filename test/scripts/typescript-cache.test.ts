/**
 * The load hook that keeps Docket's type-stripped TypeScript (scripts/typescript-cache.mjs), run
 * in a real Node process: the stripped text is kept by content, and an edited file runs as edited.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/repo.ts';

const NODE = join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
const HOOK = join(PROJECT_ROOT, 'scripts', 'typescript-cache.mjs');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(file: string, cache: string): string {
  const result = spawnSync(NODE, ['--import', HOOK, file], {
    encoding: 'utf8',
    env: { ...process.env, DOCKET_TS_CACHE: cache },
  });
  expect(result.stderr).not.toMatch(/Error/);
  return result.stdout.trim();
}

const cached = (cache: string) => new Set(existsSync(cache) ? readdirSync(cache) : []);

describe('the TypeScript cache hook', () => {
  it('keeps the stripped text of a module, and strips an edited module again', () => {
    // Under the project (the hook leaves anything else to Node), never under node_modules.
    const dir = mkdtempSync(join(PROJECT_ROOT, 'test', '.typescript-cache-'));
    dirs.push(dir);
    const cache = join(dir, 'cache');
    const file = join(dir, 'answer.ts');
    writeFileSync(file, 'const answer: number = 41;\nconsole.log(answer satisfies number);\n');
    expect(run(file, cache)).toBe('41');
    const first = [...cached(cache)];
    expect(first).toHaveLength(1);
    // Types become spaces, so line and column numbers in stack traces stay the same.
    expect(readFileSync(join(cache, first[0] ?? ''), 'utf8')).toMatch(
      /^const answer {9}= 41;\nconsole\.log\(answer {17}\);/,
    );
    expect(run(file, cache)).toBe('41');
    expect(cached(cache)).toEqual(new Set(first));
    writeFileSync(file, 'const answer: number = 42;\nconsole.log(answer);\n');
    expect(run(file, cache)).toBe('42');
    expect(cached(cache).size).toBe(2);
  });
});
