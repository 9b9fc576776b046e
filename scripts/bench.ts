/**
 * `npm run bench`: docket validate end to end versus the bare read + gray-matter + Ajv loop, on
 * synthetic repositories of each size, valid and with 2 % invalid documents, in the same run.
 *
 *   node scripts/bench.ts [--sizes 1000,10000,50000] [--runs 3] [--out bench-out/] [--seed 1]
 *
 * Corpora are cached under the output folder, keyed by size, invalid share and seed, and
 * regenerated when the generator, schemas/ or content/config/ change. Writes results.json and
 * results.md (the README table) there.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hasGnuTime, measure, median, type Measurement, type RunSpec } from './bench/measure.ts';
import {
  describeLoad,
  evaluateTargets,
  renderMarkdown,
  renderTextTable,
  type BenchRow,
  type Machine,
} from './bench/report.ts';
import { generateCorpus, MANIFEST } from './generate-corpus.ts';
import { benchHistory, type HistoryBenchRow } from './bench/history.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const NODE = join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
const DOCKET = join(PROJECT_ROOT, 'scripts', 'docket.mjs');
const BARE_LOOP = join(PROJECT_ROOT, 'scripts', 'bench-bare-loop.ts');
const INVALID_SHARE = 0.02;
const STAMP = '.bench-stamp';

interface Options {
  sizes: number[];
  runs: number;
  out: string;
  seed: number;
  /** `validate` (the table above), `history` (history and pr-check on a repository with commits). */
  suites: string[];
  historyDocuments: number;
  historyCommits: number;
}

const showProgress = process.stderr.isTTY && !process.env['CI'];
function progress(message: string): void {
  if (showProgress) process.stderr.write(`${message}\n`);
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,10000,50000' },
      runs: { type: 'string', default: '3' },
      out: { type: 'string', default: 'bench-out' },
      seed: { type: 'string', default: '1' },
      suites: { type: 'string', default: 'validate,history' },
      'history-documents': { type: 'string', default: '10000' },
      'history-commits': { type: 'string', default: '3000' },
    },
  });
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  const runs = Number(values.runs);
  if (sizes.some((size) => !Number.isInteger(size) || size < 100))
    throw new Error(`--sizes takes whole numbers of at least 100, not ${values.sizes}`);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs takes a whole number of at least 1, not ${values.runs}`);
  return {
    sizes,
    runs,
    out: resolve(values.out),
    seed: Number(values.seed),
    suites: values.suites.split(','),
    historyDocuments: Number(values['history-documents']),
    historyCommits: Number(values['history-commits']),
  };
}

/** Everything a corpus is made from: when any of it changes, cached corpora are stale. */
function generatorFingerprint(): string {
  const hash = createHash('sha256');
  const folders = ['schemas', 'content/config', 'scripts/corpus'];
  const files = folders.flatMap((folder) =>
    readdirSync(join(PROJECT_ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  for (const path of [...files.sort(), join(PROJECT_ROOT, 'scripts', 'generate-corpus.ts')])
    hash.update(relative(PROJECT_ROOT, path)).update(readFileSync(path));
  return hash.digest('hex').slice(0, 16);
}

function ensureCorpus(
  options: Options,
  size: number,
  share: number,
  fingerprint: string,
): { dir: string; mutated: number } {
  const dir = join(options.out, `corpus-${size}-${share}-seed${options.seed}`);
  const stamp = join(dir, STAMP);
  const fresh =
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === fingerprint &&
    existsSync(join(dir, MANIFEST));
  if (!fresh) {
    progress(
      `generating ${size} documents (${share === 0 ? 'valid' : `${share * 100} % invalid`}) in ${dir}`,
    );
    mkdirSync(dir, { recursive: true });
    generateCorpus({ dir, documents: size, invalidShare: share, seed: options.seed });
    writeFileSync(stamp, fingerprint);
  }
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as {
    invalid: Record<string, string>;
  };
  return { dir, mutated: Object.keys(manifest.invalid).length };
}

interface ValidateReport {
  errors: number;
  warnings: number;
  problems: { path: string; severity: string }[];
}

function docketSpec(dir: string, scratch: string, captureStdout: boolean): RunSpec {
  return {
    node: NODE,
    args: [DOCKET, 'validate', '--format', 'json'],
    cwd: dir,
    scratch,
    captureStdout,
  };
}

function bareSpec(dir: string, scratch: string): RunSpec {
  return { node: NODE, args: [BARE_LOOP, dir], cwd: PROJECT_ROOT, scratch, captureStdout: true };
}

/** One untimed run of each (warms the page cache, and gives the outputs to check), then the timed runs, alternating. */
function benchCorpus(
  options: Options,
  dir: string,
  gnuTime: boolean,
): { docket: Measurement[]; bare: Measurement[]; report: ValidateReport; bareInvalid: number } {
  const report = JSON.parse(
    measure(docketSpec(dir, options.out, true), gnuTime).stdout,
  ) as ValidateReport;
  const bareInvalid = (
    JSON.parse(measure(bareSpec(dir, options.out), gnuTime).stdout) as { invalid: number }
  ).invalid;
  const docket: Measurement[] = [];
  const bare: Measurement[] = [];
  for (let run = 0; run < options.runs; run++) {
    const timeDocket = () => docket.push(measure(docketSpec(dir, options.out, false), gnuTime));
    const timeBare = () => bare.push(measure(bareSpec(dir, options.out), gnuTime));
    if (run % 2 === 0) {
      timeDocket();
      timeBare();
    } else {
      timeBare();
      timeDocket();
    }
    progress(
      `  run ${run + 1}/${options.runs}: docket ${docket.at(-1)?.seconds.toFixed(2)} s, bare ${bare.at(-1)?.seconds.toFixed(2)} s`,
    );
  }
  return { docket, bare, report, bareInvalid };
}

function benchRow(
  options: Options,
  size: number,
  share: number,
  fingerprint: string,
  gnuTime: boolean,
): BenchRow {
  const { dir, mutated } = ensureCorpus(options, size, share, fingerprint);
  const loadAverage = loadavg()[0] ?? 0;
  progress(
    `measuring ${size} documents, ${share === 0 ? 'valid' : 'invalid'} (load average ${loadAverage.toFixed(2)})`,
  );
  const { docket, bare, report, bareInvalid } = benchCorpus(options, dir, gnuTime);
  const docketSeconds = median(docket.map((m) => m.seconds));
  const bareSeconds = median(bare.map((m) => m.seconds));
  const measured = {
    size,
    corpus: share === 0 ? ('valid' as const) : ('invalid' as const),
    documents: size,
    mutated,
    docketSeconds,
    bareSeconds,
    ratio: docketSeconds / bareSeconds,
    docketDocsPerSecond: size / docketSeconds,
    bareDocsPerSecond: size / bareSeconds,
    docketRssMiB: Math.max(...docket.map((m) => m.rssMiB)),
    bareRssMiB: Math.max(...bare.map((m) => m.rssMiB)),
    docketErrors: report.errors,
    docketWarnings: report.warnings,
    docketFilesWithErrors: new Set(
      report.problems.filter((p) => p.severity === 'error').map((p) => p.path),
    ).size,
    bareInvalid,
    docketCpuSeconds: median(docket.map((m) => m.cpuSeconds)),
    bareCpuSeconds: median(bare.map((m) => m.cpuSeconds)),
    docketRuns: docket.map((m) => m.seconds),
    bareRuns: bare.map((m) => m.seconds),
    loadAverage,
  };
  return { ...measured, ...evaluateTargets(measured) };
}

function describeMachine(): Machine {
  const cores = cpus();
  return {
    cpus: cores.length,
    cpuModel: cores[0]?.model.trim() ?? 'unknown CPU',
    memoryGiB: Math.round(totalmem() / 1_073_741_824),
    node: process.versions.node,
    platform: `${process.platform} ${process.arch}`,
  };
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(options.out, { recursive: true });
  const gnuTime = hasGnuTime();
  if (!gnuTime)
    console.error(
      '/usr/bin/time (GNU time) is missing: install it with `apt-get install -y time`. Peak RSS is read inside each child instead (process.resourceUsage().maxRSS).',
    );
  if (options.suites.includes('history')) runHistorySuite(options, gnuTime);
  if (!options.suites.includes('validate')) return;
  const fingerprint = generatorFingerprint();
  const rows: BenchRow[] = [];
  for (const size of options.sizes) {
    for (const share of [0, INVALID_SHARE])
      rows.push(benchRow(options, size, share, fingerprint, gnuTime));
  }
  const machine = describeMachine();
  const date = new Date().toISOString().slice(0, 10);
  console.log(renderTextTable(rows));
  console.log(`\n${describeLoad(rows, machine)}`);
  writeFileSync(
    join(options.out, 'results.json'),
    `${JSON.stringify({ date, machine, runs: options.runs, seed: options.seed, peakRssFrom: gnuTime ? '/usr/bin/time -f %M' : 'process.resourceUsage().maxRSS', rows }, null, 2)}\n`,
  );
  writeFileSync(join(options.out, 'results.md'), renderMarkdown(rows, machine, options.runs, date));
  console.log(`\nwrote ${join(options.out, 'results.json')} and results.md`);
  if (rows.some((row) => row.verdict === 'FAIL')) process.exitCode = 1;
}

/** `docket history --all` and `docket pr-check` beside `git log --name-only`, in the same run. */
function runHistorySuite(options: Options, gnuTime: boolean): void {
  progress(`history: ${options.historyDocuments} documents, ${options.historyCommits} commits`);
  const rows = benchHistory(
    {
      out: options.out,
      documents: options.historyDocuments,
      commits: options.historyCommits,
      runs: options.runs,
      seed: options.seed,
      node: NODE,
      docket: DOCKET,
    },
    gnuTime,
  );
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
  const table = renderHistoryMarkdown(rows, options, load);
  console.log(table);
  writeFileSync(join(options.out, 'history-results.md'), `${table}\n`);
  writeFileSync(
    join(options.out, 'history-results.json'),
    `${JSON.stringify({ date: new Date().toISOString(), load, rows }, null, 2)}\n`,
  );
  if (rows.some((row) => row.verdict === 'FAIL')) process.exitCode = 1;
}

function renderHistoryMarkdown(rows: readonly HistoryBenchRow[], options: Options, load: string) {
  const lines = [
    `${options.historyDocuments.toLocaleString('en')} documents, ${options.historyCommits.toLocaleString('en')} commits (linear; every tenth titled like a merged pull request); median of ${options.runs} runs; load average (1/5/15 min) ${load} on ${cpus().length} cores.`,
    '',
    '| operation | wall s | CPU s | peak RSS MiB | target | verdict |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map(
      (row) =>
        `| ${row.operation} | ${row.seconds.toFixed(2)} | ${row.cpuSeconds.toFixed(2)} | ${Math.round(row.rssMiB)} | ${row.target === undefined ? '—' : `< ${row.target} s`} | ${row.verdict} |`,
    ),
  ];
  return lines.join('\n');
}

main();
