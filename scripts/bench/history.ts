/**
 * The history benchmark: a generated repository of N documents with C commits (built with one
 * `git fast-import`: the corpus, then commits editing 3 documents each), then, in the
 * same run: `docket history --all --format json` (every document's revision record), `docket
 * pr-check` of a pull request changing 5 documents, and the bare `git log --name-only` pass over
 * the same history for comparison.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../generate-corpus.ts';
import { measure, median, type RunSpec } from './measure.ts';

export interface HistoryBenchOptions {
  out: string;
  documents: number;
  commits: number;
  runs: number;
  seed: number;
  node: string;
  docket: string;
  /** generatorFingerprint(): a repository built from other schemas or generator is rebuilt. */
  fingerprint: string;
}

export interface HistoryBenchRow {
  operation: string;
  seconds: number;
  cpuSeconds: number;
  rssMiB: number;
  target?: number;
  verdict: 'pass' | 'FAIL' | '—';
}

const EPOCH = 1_767_225_600; // 2026-01-01T00:00:00Z: fixed dates, reproducible history

function git(cwd: string, args: readonly string[], input?: Buffer): string {
  const result = spawnSync(
    'git',
    ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgSign=false', ...args],
    {
      cwd,
      input,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'bench',
        GIT_AUTHOR_EMAIL: 'b@example.com',
        GIT_COMMITTER_NAME: 'bench',
        GIT_COMMITTER_EMAIL: 'b@example.com',
      },
    },
  );
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** A fast-import stream: the corpus as the first commit, then small edits, some merged as PRs. */
function buildStream(dir: string, files: readonly string[], commits: number): Buffer {
  const parts: Buffer[] = [];
  const push = (text: string | Buffer) =>
    parts.push(typeof text === 'string' ? Buffer.from(text) : text);
  const data = (content: Buffer) => {
    push(`data ${content.length}\n`);
    push(content);
    push('\n');
  };
  const documents = files.filter(
    (file) => file.endsWith('.md') && !file.startsWith('content/config/'),
  );
  const texts = new Map<string, Buffer>();
  const header = (mark: number, at: number, message: string) => {
    push(`commit refs/heads/main\nmark :${mark}\n`);
    push(`author 林涛 <lintao@example.com> ${EPOCH + at * 3600} +0800\n`);
    push(`committer 林涛 <lintao@example.com> ${EPOCH + at * 3600} +0800\n`);
    data(Buffer.from(message));
  };
  header(1, 0, 'Import the corpus');
  for (const file of files) {
    push(`M 100644 inline ${file}\n`);
    data(readFileSync(join(dir, file)));
  }
  for (let index = 1; index < commits; index++) {
    const edited = [0, 1, 2].map(
      (k) => documents[(index * 7919 + k * 104_729) % documents.length] ?? '',
    );
    const merge = index % 10 === 0;
    header(
      index + 1,
      index,
      merge
        ? `Merge pull request #${index} from team/change-${index}`
        : `Edit ${edited.join(', ')}`,
    );
    push(`from :${index}\n`);
    for (const file of edited) {
      const before = texts.get(file) ?? readFileSync(join(dir, file));
      const after = Buffer.concat([before, Buffer.from(`\n修订 ${index}: 补充说明。\n`)]);
      texts.set(file, after);
      push(`M 100644 inline ${file}\n`);
      data(after);
    }
  }
  return Buffer.concat(parts);
}

/** The repository, built once per size and commit count (cached in the output folder). */
export function ensureHistoryRepo(options: HistoryBenchOptions): string {
  const root = join(options.out, `history-${options.documents}-${options.commits}`);
  const stamp = join(root, '.git', 'docket-bench-done');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === options.fingerprint) return root;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  generateCorpus({
    dir: root,
    documents: options.documents,
    invalidShare: 0,
    seed: options.seed,
  });
  const files = git(root, ['init', '--quiet', '--initial-branch=main']) ? [] : listTree(root);
  git(root, ['fast-import', '--quiet'], buildStream(root, files, options.commits));
  git(root, ['reset', '--quiet', '--hard', 'main']);
  writeFileSync(stamp, options.fingerprint);
  return root;
}

function listTree(root: string): string[] {
  const result = spawnSync('find', ['.', '-type', 'f', '-not', '-path', './.git/*'], {
    cwd: root,
    encoding: 'utf8',
  });
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((path) => path.slice(2))
    .filter((path) => path !== 'corpus.json')
    .sort();
}

/** A branch `bench-pr` that edits 5 documents, and a reviews file approving its head. */
function preparePullRequest(root: string): { reviews: string } {
  git(root, ['checkout', '--quiet', '-B', 'bench-pr', 'main']);
  const changed = git(root, ['ls-files', 'content/requirements'])
    .split('\n')
    .filter(Boolean)
    .slice(0, 5);
  for (const file of changed)
    writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}\n补充。\n`);
  git(root, ['commit', '--quiet', '--all', '--message', 'Edit five requirements']);
  const head = git(root, ['rev-parse', 'HEAD']).trim();
  git(root, ['checkout', '--quiet', 'main']);
  const reviews = join(root, '.git', 'bench-reviews.json');
  // Every field GitHub's list-reviews endpoint returns: pr-check refuses a partial review.
  const review = {
    id: 1,
    node_id: 'PRR_1',
    user: { login: 'zhaolei-yf', id: 2, type: 'User' },
    body: '',
    state: 'APPROVED',
    html_url: 'https://github.com/acme/req/pull/1#pullrequestreview-1',
    pull_request_url: 'https://api.github.com/repos/acme/req/pulls/1',
    author_association: 'MEMBER',
    _links: { html: { href: 'x' }, pull_request: { href: 'y' } },
    commit_id: head,
    submitted_at: '2026-03-01T00:00:00Z',
  };
  writeFileSync(reviews, JSON.stringify([review]));
  return { reviews };
}

/** `before` runs ahead of each timed run, untimed. */
function timed(spec: RunSpec, runs: number, gnuTime: boolean, before?: () => void) {
  const all = Array.from({ length: runs }, () => {
    before?.();
    return measure(spec, gnuTime);
  });
  const failed = all.find((run) => run.exitCode !== 0 && run.exitCode !== 1);
  if (failed) throw new Error(`${spec.args.join(' ')} exited ${failed.exitCode}`);
  return {
    seconds: median(all.map((run) => run.seconds)),
    cpuSeconds: median(all.map((run) => run.cpuSeconds)),
    rssMiB: Math.max(...all.map((run) => run.rssMiB)),
  };
}

function prCheckArgs(reviews: string): string[] {
  return [
    'pr-check',
    '--base',
    'main',
    '--head',
    'bench-pr',
    '--author',
    'lintao-yf',
    '--reviews',
    reviews,
    '--format',
    'json',
  ];
}

export function benchHistory(options: HistoryBenchOptions, gnuTime: boolean): HistoryBenchRow[] {
  const root = ensureHistoryRepo(options);
  const scratch = join(options.out, 'scratch');
  mkdirSync(scratch, { recursive: true });
  const spec = (node: string, args: string[]): RunSpec => ({
    node,
    args,
    cwd: root,
    scratch,
    captureStdout: false,
  });
  const rows: HistoryBenchRow[] = [];
  const row = (operation: string, result: ReturnType<typeof timed>, target?: number) => {
    const verdict = target === undefined ? '—' : result.seconds < target ? 'pass' : 'FAIL';
    rows.push({ operation, ...result, ...(target === undefined ? {} : { target }), verdict });
  };
  row(
    'docket history --all --format json',
    timed(
      spec(options.node, [options.docket, 'history', '--all', '--format', 'json']),
      options.runs,
      gnuTime,
    ),
    5,
  );
  try {
    benchPrCheck(root, spec(options.node, []), options, gnuTime, row);
  } catch (error) {
    // pr-check comes from the approvals slice; before it exists the row says so instead of failing.
    console.error(`pr-check not measured: ${String(error)}`);
  }
  const gitPath = spawnSync('which', ['git'], { encoding: 'utf8' }).stdout.trim();
  row(
    'git log --name-only (same history)',
    timed(
      spec(gitPath, ['log', '--first-parent', '--name-only', '--format=%H']),
      options.runs,
      gnuTime,
    ),
  );
  return rows;
}

/** pr-check in a clone without the document cache, and again with the cache of an earlier run. */
function benchPrCheck(
  root: string,
  base: RunSpec,
  options: HistoryBenchOptions,
  gnuTime: boolean,
  row: (operation: string, result: ReturnType<typeof timed>, target?: number) => void,
): void {
  const { reviews } = preparePullRequest(root);
  const prCheck = { ...base, args: [options.docket, ...prCheckArgs(reviews)] };
  const dropCache = () => {
    rmSync(join(root, '.git', 'docket'), { recursive: true, force: true });
  };
  row(
    'docket pr-check (5 documents changed), first run in a clone (no document cache)',
    timed(prCheck, options.runs, gnuTime, dropCache),
    2,
  );
  // One untimed run leaves the cache that an earlier check of the branch would have left.
  measure(prCheck, gnuTime);
  row(
    'docket pr-check (5 documents changed), again (document cache of an earlier run)',
    timed(prCheck, options.runs, gnuTime),
    2,
  );
}
