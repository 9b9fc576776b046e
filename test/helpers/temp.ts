/**
 * Temporary folders for tests, removed after the test that made them (or, when made while a file
 * is being collected, after that file). test/helpers/cleanup.ts registers the hooks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const perTest: string[] = [];
const perFile: string[] = [];
let inTest = false;

/** A new empty folder `docket-<prefix>-XXXXXX` in the system's temporary directory. */
export function makeTempDir(prefix = 'test'): string {
  const dir = mkdtempSync(join(tmpdir(), `docket-${prefix}-`));
  (inTest ? perTest : perFile).push(dir);
  return dir;
}

/** Called by the hooks only. */
export function enterTest(): void {
  inTest = true;
}

export function removeTestDirs(): void {
  inTest = false;
  removeAll(perTest);
}

export function removeFileDirs(): void {
  removeAll(perFile);
}

function removeAll(dirs: string[]): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
