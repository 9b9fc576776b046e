/**
 * Reads the GitHub event that started the gate and decides which pull request to check. The
 * payload of a `workflow_run` comes from a run the pull request controls, so only a validated
 * pull request number is taken from it; everything else is fetched from the API afterwards.
 */
import type { MessageParams } from './problem.ts';

export type GateTarget =
  | {
      kind: 'pull-request';
      number: number;
      /** Where a failure is reported if the pull request cannot even be read. */
      fallbackSha: string | undefined;
    }
  | { kind: 'merge-group'; number: number; statusSha: string; baseSha: string }
  | { kind: 'ignored'; message: string; params: MessageParams }
  | { kind: 'bad-event'; message: string; params: MessageParams };

/** The activity types the gate re-checks on; the workflow's `types:` lists the same. */
export const PULL_REQUEST_ACTIONS = [
  'opened',
  'synchronize',
  'reopened',
  'edited',
  'ready_for_review',
];
/** The relay's run name carries the number: `run-name: docket review relay pr=<number>`. */
export const RELAY_TITLE = /^docket review relay pr=([1-9]\d{0,8})$/;
/** GitHub names merge-queue branches `gh-readonly-queue/<base>/pr-<number>-<sha>`. */
const QUEUE_REF = /^refs\/heads\/gh-readonly-queue\/.+\/pr-([1-9]\d{0,8})-[0-9a-f]{40}$/;
const SHA = /^[0-9a-f]{40}$/;

type Loose = Readonly<Record<string, unknown>>;
const objectAt = (value: unknown, key: string): Loose | undefined => {
  const inner = (value as Loose | null | undefined)?.[key];
  return typeof inner === 'object' && inner !== null ? (inner as Loose) : undefined;
};
const stringAt = (value: unknown, key: string): string | undefined => {
  const inner = (value as Loose | null | undefined)?.[key];
  return typeof inner === 'string' ? inner : undefined;
};
const shaOrUndefined = (value: string | undefined) =>
  value && SHA.test(value) ? value : undefined;

const bad = (reason: string): GateTarget => ({
  kind: 'bad-event',
  message: 'gate/bad-event',
  params: { reason },
});
const ignored = (event: string, action: string): GateTarget => ({
  kind: 'ignored',
  message: 'gate/ignored-event',
  params: { event, action },
});

export function parseGateEvent(eventName: string, payload: unknown): GateTarget {
  switch (eventName) {
    case 'pull_request_target':
      return parsePullRequestTarget(payload);
    case 'workflow_run':
      return parseWorkflowRun(payload);
    case 'merge_group':
      return parseMergeGroup(payload);
    default:
      return ignored(eventName, stringAt(payload, 'action') ?? '');
  }
}

function parsePullRequestTarget(payload: unknown): GateTarget {
  const action = stringAt(payload, 'action') ?? '';
  if (!PULL_REQUEST_ACTIONS.includes(action)) return ignored('pull_request_target', action);
  const pull = objectAt(payload, 'pull_request');
  const number = pull?.['number'];
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
    return bad('pull_request.number');
  }
  return {
    kind: 'pull-request',
    number,
    fallbackSha: shaOrUndefined(stringAt(objectAt(pull, 'head'), 'sha')),
  };
}

function parseWorkflowRun(payload: unknown): GateTarget {
  const run = objectAt(payload, 'workflow_run');
  if (!run) return bad('workflow_run');
  const event = stringAt(run, 'event') ?? '';
  if (event !== 'pull_request_review') return ignored('workflow_run', event);
  const match = RELAY_TITLE.exec(stringAt(run, 'display_title') ?? '');
  if (!match?.[1]) return bad('workflow_run.display_title');
  return {
    kind: 'pull-request',
    number: Number(match[1]),
    fallbackSha: shaOrUndefined(stringAt(run, 'head_sha')),
  };
}

function parseMergeGroup(payload: unknown): GateTarget {
  const action = stringAt(payload, 'action') ?? '';
  if (action !== 'checks_requested') return ignored('merge_group', action);
  const group = objectAt(payload, 'merge_group');
  const match = QUEUE_REF.exec(stringAt(group, 'head_ref') ?? '');
  const statusSha = shaOrUndefined(stringAt(group, 'head_sha'));
  const baseSha = shaOrUndefined(stringAt(group, 'base_sha'));
  if (!match?.[1] || !statusSha || !baseSha) return bad('merge_group');
  return { kind: 'merge-group', number: Number(match[1]), statusSha, baseSha };
}
