/**
 * Once per test run: a temporary folder where the e2e test files share their site builds
 * (test/e2e/helpers/site-build.ts), removed at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteBuildFolder: string;
  }
}

export default function setup(project: TestProject): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'docket-site-builds-'));
  project.provide('siteBuildFolder', folder);
  return () => {
    rmSync(folder, { recursive: true, force: true });
  };
}
