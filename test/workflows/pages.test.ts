/**
 * The GitHub Pages workflow, read as data: it may only ever publish the public audience, with the
 * least privilege each job needs and actions pinned to full commit SHAs.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
  needs?: string;
}
interface Workflow {
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const text = readFileSync(new URL('../../.github/workflows/pages.yml', import.meta.url), 'utf8');
const workflow = load(text) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const byAction = (name: string): Step | undefined =>
  steps.find((step) => step.uses?.startsWith(`${name}@`));

describe('pages workflow', () => {
  it('grants nothing at workflow level and only what each job needs', () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs['build']?.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs['deploy']?.needs).toBe('build');
  });

  it('pins every action to a full commit SHA', () => {
    const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThanOrEqual(4);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });

  it('checks out the full history without keeping the token, on Node 22', () => {
    expect(byAction('actions/checkout')?.with).toEqual({
      'fetch-depth': 0,
      'persist-credentials': false,
    });
    expect(byAction('actions/setup-node')?.with?.['node-version']).toBe(22);
  });

  it('builds and uploads only the public audience, with the base path from env', () => {
    const builds = steps.filter((step) => step.run?.includes('site.ts build'));
    expect(builds).toHaveLength(1);
    const build = builds[0]?.run ?? '';
    expect(build.match(/--audience (\S+)/g)).toEqual(['--audience public']);
    expect(build).toContain('--base "$BASE_PATH"');
    const out = /--out (\S+)/.exec(build)?.[1];
    expect(byAction('actions/upload-pages-artifact')?.with?.['path']).toBe(out);
  });

  it('passes untrusted strings to scripts only through env', () => {
    for (const step of steps) expect(step.run ?? '').not.toContain('${{');
    expect(text).not.toMatch(/pull_request_target|secrets\./);
  });
});
