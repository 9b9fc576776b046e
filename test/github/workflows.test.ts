import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/repo.ts';
import { checkWorkflow } from '../helpers/workflow-rules.ts';

const FOLDER = join(PROJECT_ROOT, '.github', 'workflows');
const FILES = readdirSync(FOLDER).filter((file) => /\.ya?ml$/.test(file));

describe('the GitHub workflows are safe by construction', () => {
  it('has the gate, the review relay, the record job and the checks', () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        'approval-gate.yml',
        'review-relay.yml',
        'signoff-record.yml',
        'check.yml',
      ]),
    );
  });

  it.each(FILES)('%s keeps every rule', (file) => {
    expect(checkWorkflow(file, readFileSync(join(FOLDER, file), 'utf8'))).toEqual([]);
  });

  it('the gate runs only from default-branch triggers and relays carry nothing but a number', () => {
    const gate = readFileSync(join(FOLDER, 'approval-gate.yml'), 'utf8');
    expect(gate).toMatch(/^ {2}pull_request_target:$/m);
    expect(gate).not.toMatch(/^ {2}pull_request:$/m);
    expect(gate).not.toMatch(/^ {2}pull_request_review:$/m);
    const relay = readFileSync(join(FOLDER, 'review-relay.yml'), 'utf8');
    expect(relay).toContain(
      'run-name: docket review relay pr=${{ github.event.pull_request.number }}',
    );
    expect(relay).toMatch(/types: \[submitted, edited, dismissed\]/);
  });

  it('catches each broken rule in a bad workflow', () => {
    const bad = [
      'on:',
      '  pull_request_target: { type: [opened] }',
      'permissions: write-all',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-24.04',
      '    steps:',
      '      - uses: actions/checkout@v7',
      '        with: { ref: "${{ github.event.pull_request.head.sha }}" }',
      '      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020',
      '        with: { node-version: 20 }',
      '      - run: npm ci',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '  other:',
      '    runs-on: ubuntu-24.04',
      '    timeout-minutes: 5',
      '    permissions: write-all',
      '    steps:',
      '      - uses: actions/checkout@0000000000000000000000000000000000000000',
      '        with: { persist-credentials: false }',
    ].join('\n');
    expect(checkWorkflow('bad.yml', bad)).toEqual([
      'bad.yml on.pull_request_target: unknown key `type`',
      'bad.yml: top-level `permissions: {}` is required',
      'bad.yml job build: needs its own `permissions:` mapping (least privilege)',
      'bad.yml job build: needs `timeout-minutes`',
      'bad.yml job build step 1: `actions/checkout@v7` is not pinned to a full commit SHA',
      'bad.yml job build step 1: checkout needs `persist-credentials: false`',
      'bad.yml job build step 1: checkout of another ref in a privileged workflow could run the pull request’s code',
      'bad.yml job build step 2: setup-node needs `node-version: 22` or later',
      'bad.yml job build step 3: installs without `--ignore-scripts` in a privileged workflow',
      'bad.yml job build step 4: `${{ }}` inside `run:`: pass values through `env:`',
      'bad.yml job other: needs its own `permissions:` mapping (least privilege)',
      'bad.yml job other step 1: `actions/checkout` is pinned to an unreviewed commit',
    ]);
  });
});
