import { describe, expect, it } from 'vitest';
import { parseGateEvent } from '../../src/core/gate-event.ts';
import { fitBytes, fitCharacters } from '../../src/core/gate-report.ts';

const SHA = 'c'.repeat(40);
const relay = (title: unknown, event = 'pull_request_review') => ({
  workflow_run: { event, display_title: title, head_sha: SHA },
});
const group = (headRef: string) => ({
  action: 'checks_requested',
  merge_group: { head_ref: headRef, head_sha: SHA, base_sha: 'd'.repeat(40) },
});

describe('parseGateEvent', () => {
  it.each([
    [
      'pull_request_target',
      { action: 'synchronize', pull_request: { number: 12, head: { sha: SHA } } },
      { kind: 'pull-request', number: 12, fallbackSha: SHA },
    ],
    [
      'pull_request_target',
      { action: 'edited', pull_request: { number: 12, head: { sha: 'HEAD' } } },
      { kind: 'pull-request', number: 12, fallbackSha: undefined },
    ],
    [
      'pull_request_target',
      { action: 'closed', pull_request: { number: 12 } },
      { kind: 'ignored' },
    ],
    [
      'pull_request_target',
      { action: 'opened', pull_request: { number: '12' } },
      { kind: 'bad-event', params: { reason: 'pull_request.number' } },
    ],
    [
      'workflow_run',
      relay('docket review relay pr=12'),
      { kind: 'pull-request', number: 12, fallbackSha: SHA },
    ],
    ['workflow_run', relay('docket review relay pr=012'), { kind: 'bad-event' }],
    ['workflow_run', relay('docket review relay pr=12\n'), { kind: 'bad-event' }],
    ['workflow_run', relay('docket review relay pr=99999999999'), { kind: 'bad-event' }],
    ['workflow_run', relay(12), { kind: 'bad-event' }],
    ['workflow_run', relay('docket review relay pr=12', 'push'), { kind: 'ignored' }],
    ['workflow_run', { workflow_run: null }, { kind: 'bad-event' }],
    [
      'merge_group',
      group(`refs/heads/gh-readonly-queue/main/pr-12-${SHA}`),
      { kind: 'merge-group', number: 12, statusSha: SHA },
    ],
    [
      'merge_group',
      group('refs/heads/main'),
      { kind: 'bad-event', params: { reason: 'merge_group' } },
    ],
    ['pull_request', { action: 'opened', pull_request: { number: 12 } }, { kind: 'ignored' }],
    ['pull_request_review', {}, { kind: 'ignored' }],
  ])('%s %j → %j', (name, payload, expected) => {
    expect(parseGateEvent(name, payload)).toMatchObject(expected);
  });
});

describe('the size budgets', () => {
  it('cuts by characters without splitting a surrogate pair', () => {
    const text = `${'a'.repeat(10)}😀${'b'.repeat(10)}`;
    expect(fitCharacters(text, 100, 'NOTE')).toBe(text);
    const cut = fitCharacters(text, 17, 'NOTE');
    expect(cut).toBe(`${'a'.repeat(10)}\n\nNOTE`);
    expect(cut.length).toBeLessThanOrEqual(17);
  });

  it('cuts by UTF-8 bytes', () => {
    const text = '审'.repeat(1000);
    const cut = fitBytes(text, 300, 'NOTE');
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(300);
    expect(cut.endsWith('\n\nNOTE')).toBe(true);
    expect(fitBytes('short', 300, 'NOTE')).toBe('short');
  });
});
