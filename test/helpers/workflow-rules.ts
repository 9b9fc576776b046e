/**
 * The rules every GitHub workflow here must keep, checked on the parsed YAML. Each problem is a
 * line naming the workflow, the job or step, and the rule broken.
 */
import { load } from 'js-yaml';

/** The action pins the project uses (tags resolved to commits in the GitHub research notes). */
export const PINNED_ACTIONS: Readonly<Record<string, string>> = {
  'actions/checkout': '3d3c42e5aac5ba805825da76410c181273ba90b1',
  'actions/setup-node': '820762786026740c76f36085b0efc47a31fe5020',
};
/** Triggers whose runs get a write token and secrets while a pull request is involved. */
const PRIVILEGED = ['pull_request_target', 'workflow_run', 'merge_group'];
const TRIGGER_KEYS = [
  'types',
  'branches',
  'branches-ignore',
  'paths',
  'paths-ignore',
  'tags',
  'tags-ignore',
  'workflows',
];
const PERMISSION_LEVELS = ['read', 'write', 'none'];

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function checkWorkflow(name: string, text: string): string[] {
  const workflow = load(text);
  if (!isObject(workflow)) return [`${name}: not a YAML mapping`];
  const problems: string[] = [];
  const say = (where: string, rule: string) => problems.push(`${name}${where}: ${rule}`);
  const triggers = triggerNames(workflow['on']);
  const privileged = triggers.some((trigger) => PRIVILEGED.includes(trigger));
  checkTriggers(workflow['on'], say);
  if (!isObject(workflow['permissions']) || Object.keys(workflow['permissions']).length > 0) {
    say('', 'top-level `permissions: {}` is required');
  }
  const jobs = isObject(workflow['jobs']) ? workflow['jobs'] : {};
  for (const [jobName, job] of Object.entries(jobs)) {
    checkJob(isObject(job) ? job : {}, privileged, (where, rule) =>
      say(` job ${jobName}${where}`, rule),
    );
  }
  return problems;
}

type Say = (where: string, rule: string) => void;

function triggerNames(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return isObject(on) ? Object.keys(on) : [];
}

/** `type:` instead of `types:` silently means every activity type. */
function checkTriggers(on: unknown, say: Say): void {
  if (!isObject(on)) return;
  for (const [trigger, config] of Object.entries(on)) {
    if (!isObject(config)) continue;
    for (const key of Object.keys(config)) {
      if (!TRIGGER_KEYS.includes(key)) say(` on.${trigger}`, `unknown key \`${key}\``);
    }
  }
}

function checkJob(job: Loose, privileged: boolean, say: Say): void {
  const permissions = job['permissions'];
  if (!isObject(permissions)) say('', 'needs its own `permissions:` mapping (least privilege)');
  else {
    for (const [scope, level] of Object.entries(permissions)) {
      if (!PERMISSION_LEVELS.includes(String(level)))
        say('', `permission \`${scope}: ${String(level)}\` is not read/write/none`);
    }
  }
  if (job['timeout-minutes'] === undefined) say('', 'needs `timeout-minutes`');
  const steps = Array.isArray(job['steps']) ? job['steps'] : [];
  steps.forEach((step, index) => {
    checkStep(isObject(step) ? step : {}, privileged, (where, rule) => {
      say(` step ${index + 1}${where}`, rule);
    });
  });
}

function checkStep(step: Loose, privileged: boolean, say: Say): void {
  const run = typeof step['run'] === 'string' ? step['run'] : undefined;
  if (run?.includes('${{')) say('', '`${{ }}` inside `run:`: pass values through `env:`');
  if (
    run &&
    privileged &&
    /\bnpm (ci|install|i)\b/.test(run) &&
    !run.includes('--ignore-scripts')
  ) {
    say('', 'installs without `--ignore-scripts` in a privileged workflow');
  }
  if (typeof step['uses'] === 'string')
    checkAction(step['uses'], isObject(step['with']) ? step['with'] : {}, privileged, say);
}

function checkAction(uses: string, inputs: Loose, privileged: boolean, say: Say): void {
  if (uses.startsWith('./')) return;
  const [action = '', ref = ''] = uses.split('@');
  if (!/^[0-9a-f]{40}$/.test(ref)) say('', `\`${uses}\` is not pinned to a full commit SHA`);
  else if (PINNED_ACTIONS[action] !== undefined && PINNED_ACTIONS[action] !== ref) {
    say('', `\`${action}\` is pinned to an unreviewed commit`);
  }
  if (action === 'actions/checkout') {
    if (inputs['persist-credentials'] !== false)
      say('', 'checkout needs `persist-credentials: false`');
    if (inputs['allow-unsafe-pr-checkout'] !== undefined)
      say('', 'checkout must not allow unsafe PR checkouts');
    if (privileged && (inputs['ref'] !== undefined || inputs['repository'] !== undefined)) {
      say('', 'checkout of another ref in a privileged workflow could run the pull request’s code');
    }
  }
  if (action === 'actions/setup-node' && !(Number(inputs['node-version']) >= 22)) {
    say('', 'setup-node needs `node-version: 22` or later');
  }
}
