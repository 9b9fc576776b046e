/**
 * The sign-off record job's entry point (.github/workflows/signoff-record.yml, on every push to
 * the default branch) and its only exit point. It runs the default branch's own code: finds the
 * merged pull request behind the pushed commit, re-runs the approval policy on its reviews as they
 * stand, writes signoffs/pr-N.json (or push-SHA.json for a direct push), commits and pushes it
 * with the Docket App's token. A merge without the required sign-offs is recorded too, and said
 * loudly (an `::error` annotation and the job summary).
 *
 * Exit codes: 0 recorded (or nothing to record); 1 the record could not be written; 2 the
 * environment or the event is unusable.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { createGitHubPlatform } from '../src/adapters/github.ts';
import {
  createMergeLookup,
  type AppAuth,
  type MergedPullRequest,
} from '../src/adapters/github-merges.ts';
import { openGitHistory } from '../src/adapters/git-history.ts';
import { commitAndPush } from '../src/adapters/git-push.ts';
import { recordSignoffs } from '../src/app/record-signoffs.ts';
import { createPolicyEvaluator } from '../src/app/signoff-policy.ts';
import { parsePushEvent, type PushEvent } from '../src/core/signoff-event.ts';
import type { MergeFacts } from '../src/core/signoff-record.ts';
import type { SignOffRecord } from '../src/core/signoffs.ts';

const REQUIRED = ['GITHUB_EVENT_PATH', 'GITHUB_REPOSITORY', 'GITHUB_TOKEN'];
const BOT = { name: 'docket-records[bot]', email: 'docket-records[bot]@users.noreply.github.com' };

async function main(env: NodeJS.ProcessEnv): Promise<number> {
  const missing = REQUIRED.filter((name) => !env[name]);
  if (missing.length > 0) {
    console.error(`record-signoffs: missing environment variables: ${missing.join(', ')}`);
    return 2;
  }
  const event = parsePushEvent(JSON.parse(readFileSync(env['GITHUB_EVENT_PATH'] ?? '', 'utf8')));
  if (!event) {
    console.error('record-signoffs: not a push event with before/after commits and a sender');
    return 2;
  }
  const root = process.cwd();
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const apiUrl = env['GITHUB_API_URL'] || 'https://api.github.com';
  const auth = authOf(env);
  const lookup = createMergeLookup(repository, apiUrl, auth);
  const facts = await mergeFactsOf(root, event, await lookup.findMergedPullRequest(event.after));
  const platform = createGitHubPlatform({
    repository,
    apiUrl,
    auth,
    botLogin: '',
    timeoutMs: 20_000,
  });
  const evaluate = createPolicyEvaluator(platform, facts.pullRequest?.number ?? 0);
  const outcome = await recordSignoffs(root, facts, evaluate);
  if (!outcome) {
    console.log('record-signoffs: nothing governed changed; no record needed');
    return 0;
  }
  report(outcome.record, outcome.path, env);
  await commitAndPush({
    root,
    branch: event.branch,
    paths: [outcome.path],
    message: `Sign-off record ${outcome.path} [skip docket-record]`,
    token: await lookup.pushToken(),
    author: BOT,
  });
  return 0;
}

/** The merged pull request's facts, or the direct push's; the base is the merge's first parent. */
async function mergeFactsOf(
  root: string,
  event: PushEvent,
  pull: MergedPullRequest | undefined,
): Promise<MergeFacts> {
  const recordedAt = new Date().toISOString();
  if (!pull)
    return {
      mergeCommit: event.after,
      baseCommit: event.before,
      mergedAt: event.pushedAt,
      mergedBy: event.sender,
      recordedAt,
    };
  const firstParent = await openGitHistory(root).resolveCommit(`${pull.mergeCommitSha}^1`);
  if (!firstParent)
    throw new Error(`the merge commit ${pull.mergeCommitSha} has no first parent here`);
  return {
    pullRequest: {
      number: pull.number,
      url: pull.url,
      title: pull.title,
      author: pull.author,
      headCommit: pull.headSha,
    },
    mergeCommit: pull.mergeCommitSha,
    baseCommit: firstParent,
    mergedAt: pull.mergedAt,
    mergedBy: pull.mergedBy ?? event.sender,
    recordedAt,
  };
}

/** The Docket App when its credentials are configured (README: sign-off records), else the job token. */
function authOf(env: NodeJS.ProcessEnv): AppAuth {
  const appId = env['DOCKET_APP_ID'];
  const privateKey = env['DOCKET_APP_PRIVATE_KEY'];
  const installationId = Number(env['DOCKET_APP_INSTALLATION_ID']);
  if (!appId || !privateKey || !Number.isSafeInteger(installationId))
    return { token: env['GITHUB_TOKEN'] ?? '' };
  return { appId, privateKey, installationId };
}

/** A merge without sign-off is an error annotation and a job-summary section, never silence. */
function report(record: SignOffRecord, path: string, env: NodeJS.ProcessEnv): void {
  const what = record.pull_request
    ? `#${record.pull_request.number}`
    : record.merge_commit.slice(0, 7);
  console.log(`record-signoffs: wrote ${path} (${record.outcome})`);
  const summary = env['GITHUB_STEP_SUMMARY'];
  if (record.outcome === 'signed') {
    if (summary) appendFileSync(summary, `## Sign-off record\n\n${what}: signed — \`${path}\`\n`);
    return;
  }
  const missing = record.missing.map((item) => `${item.text['zh-CN']} / ${item.text.en}`);
  console.log(
    `::error title=merged without sign-off::${what} merged without sign-off: ${missing.join('; ').replace(/[\r\n]/g, ' ')}`,
  );
  if (summary)
    appendFileSync(
      summary,
      `## ✖ Merged without sign-off (未经签字即合并)\n\n${what}, recorded in \`${path}\`. Missing:\n\n${missing.map((line) => `- ${line}`).join('\n')}\n`,
    );
}

process.exitCode = await main(process.env).catch((error: unknown) => {
  console.error(`::error title=sign-off record::the record could not be written: ${String(error)}`);
  return 1;
});
