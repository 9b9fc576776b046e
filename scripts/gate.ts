/**
 * The approval gate's entry point in GitHub Actions, and its only exit point. It runs the base's
 * code only: the pull request's commits are fetched as git objects and read as data.
 *
 * Exit codes: 0 a decision was posted (pass or fail) or the event needs none; 1 the gate failed
 * closed (a failing status says why); 2 the environment or the event is unusable.
 */
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { createGitHubPlatform } from '../src/adapters/github.ts';
import { fetchPullRequestCommits } from '../src/adapters/git-fetch.ts';
import { checkWithApprovals } from '../src/app/gate-approvals.ts';
import { runGate, type GateRun } from '../src/app/run-gate.ts';
import { readDefaultLanguage, resolveLang } from '../src/cli/context.ts';
import { ALL_MESSAGES } from '../src/core/catalogue.ts';
import { parseGateEvent } from '../src/core/gate-event.ts';
import { formatMessage, type Lang } from '../src/core/messages.ts';

const REQUIRED = ['GITHUB_EVENT_NAME', 'GITHUB_EVENT_PATH', 'GITHUB_REPOSITORY', 'GITHUB_TOKEN'];
const EVENT_LIMIT_BYTES = 25 * 1024 * 1024;

async function main(env: NodeJS.ProcessEnv): Promise<number> {
  const root = process.cwd();
  const lang = languageOf(env, root);
  const say = (message: string, params: Record<string, string | number>) =>
    formatMessage(ALL_MESSAGES, message, params, lang);
  const missing = REQUIRED.filter((name) => !env[name]);
  if (missing.length > 0) {
    console.error(say('gate/missing-env', { names: missing.join(', ') }));
    return 2;
  }
  const target = parseGateEvent(
    env['GITHUB_EVENT_NAME'] ?? '',
    readEvent(env['GITHUB_EVENT_PATH'] ?? ''),
  );
  if (target.kind === 'bad-event') {
    console.error(say(target.message, target.params));
    return 2;
  }
  const token = env['GITHUB_TOKEN'] ?? '';
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const run = await runGate(target, {
    platform: createGitHubPlatform({
      repository,
      apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
      auth: authOf(env, token),
      botLogin: env['DOCKET_BOT_LOGIN'] || 'github-actions[bot]',
      timeoutMs: Number(env['DOCKET_GITHUB_TIMEOUT_MS']) || 20_000,
    }),
    fetchCommits: (pull) =>
      fetchPullRequestCommits({
        root,
        remote: 'origin',
        number: pull.number,
        headSha: pull.headSha,
        baseRef: pull.baseRef,
        token,
      }),
    check: checkWithApprovals,
    root,
    lang,
    catalogue: ALL_MESSAGES,
    runUrl: runUrlOf(env),
  });
  report(run, env);
  return run.outcome === 'failed-closed' ? 1 : 0;
}

/** The Docket App when its credentials are configured (README: the gate), else the job token. */
function authOf(env: NodeJS.ProcessEnv, token: string) {
  const appId = env['DOCKET_APP_ID'];
  const privateKey = env['DOCKET_APP_PRIVATE_KEY'];
  const installationId = Number(env['DOCKET_APP_INSTALLATION_ID']);
  if (!appId || !privateKey || !Number.isSafeInteger(installationId)) return { token };
  return { appId, privateKey, installationId };
}

function languageOf(env: NodeJS.ProcessEnv, root: string): Lang {
  try {
    return resolveLang(undefined, env, readDefaultLanguage(root));
  } catch {
    return 'zh-CN';
  }
}

/** The event file is GitHub's; still bounded and parsed defensively. Unreadable is `{}`. */
function readEvent(path: string): unknown {
  try {
    if (statSync(path).size > EVENT_LIMIT_BYTES) return {};
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return {};
  }
}

function runUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  const server = env['GITHUB_SERVER_URL'];
  const id = env['GITHUB_RUN_ID'];
  return server && id
    ? `${server}/${env['GITHUB_REPOSITORY'] ?? ''}/actions/runs/${id}`
    : undefined;
}

/** Annotations and log lines to stdout, the full report to the job summary, the verdict out. */
function report(run: GateRun, env: NodeJS.ProcessEnv): void {
  for (const line of run.log) console.log(line);
  for (const line of run.annotations) console.log(line);
  const summaryFile = env['GITHUB_STEP_SUMMARY'];
  if (summaryFile && run.summary) appendFileSync(summaryFile, run.summary);
  const outputFile = env['GITHUB_OUTPUT'];
  if (outputFile) {
    const lines = [
      `outcome=${run.outcome}`,
      `verdict=${run.verdict ?? 'none'}`,
      `state=${run.status?.state ?? 'none'}`,
    ];
    appendFileSync(outputFile, `${lines.join('\n')}\n`);
  }
}

process.exitCode = await main(process.env).catch((error: unknown) => {
  // Not a decision: the pending status stays, which blocks the merge as well.
  console.error(`::error title=docket/approvals::internal error: ${String(error)}`);
  return 1;
});
