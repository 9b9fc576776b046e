/**
 * `npm run bench`: docket validate end to end versus the bare read + gray-matter + Ajv loop, on
 * synthetic repositories of each size, valid and with 2 % invalid documents, in the same run.
 * With `--site`, the status site instead: the internal build with its search index versus a
 * bare Astro 7 + Pagefind reference (scripts/bench/site.ts), at 1,000 and 10,000 documents.
 *
 *   node scripts/bench.ts [--sizes 1000,10000,50000] [--runs 3] [--out bench-out/] [--seed 1]
 *   node scripts/bench.ts --site [--sizes 1000,10000] [--runs 3]
 *
 * Corpora are cached under the output folder, keyed by size, invalid share and seed, and
 * regenerated when the generator, schemas/ or content/config/ change. Writes results.json and
 * results.md (the README table) there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
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
import { runHistorySuite } from './bench/history-suite.ts';
import { ensureCorpus, generatorFingerprint } from './bench/corpus-cache.ts';
import { benchSite, commitCorpus, type SiteRow } from './bench/site.ts';
import { renderSiteMarkdown, renderSiteText } from './bench/site-report.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const NODE = join(PROJECT_ROOT, 'node_modules', '.bin', 'node');
const DOCKET = join(PROJECT_ROOT, 'scripts', 'docket.mjs');
const BARE_LOOP = join(PROJECT_ROOT, 'scripts', 'bench-bare-loop.ts');
const INVALID_SHARE = 0.02;

interface Options {
  sizes: number[];
  runs: number;
  out: string;
  seed: number;
  site: boolean;
  /** `--history`: history and pr-check on a 10,000-document repository with 3,000 commits. */
  history: boolean;
}

const showProgress = process.stderr.isTTY && !process.env['CI'];
function progress(message: string): void {
  if (showProgress) process.stderr.write(`${message}\n`);
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string', default: '3' },
      out: { type: 'string', default: 'bench-out' },
      seed: { type: 'string', default: '1' },
      site: { type: 'boolean', default: false },
      history: { type: 'boolean', default: false },
    },
  });
  const sizeList = values.sizes ?? (values.site ? '1000,10000' : '1000,10000,50000');
  const sizes = sizeList.split(',').map((size) => Number(size.trim()));
  const runs = Number(values.runs);
  if (sizes.some((size) => !Number.isInteger(size) || size < 100))
    throw new Error(`--sizes takes whole numbers of at least 100, not ${sizeList}`);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs takes a whole number of at least 1, not ${values.runs}`);
  return {
    sizes,
    runs,
    out: resolve(values.out),
    seed: Number(values.seed),
    site: values.site,
    history: values.history,
  };
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
  const { dir, mutated } = ensureCorpus(options.out, options.seed, size, share, fingerprint);
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

async function mainSite(options: Options, gnuTime: boolean, fingerprint: string): Promise<void> {
  const context = {
    projectRoot: PROJECT_ROOT,
    node: NODE,
    scratch: options.out,
    runs: options.runs,
    gnuTime,
    progress,
  };
  const rows: SiteRow[] = [];
  for (const size of options.sizes) {
    // A corpus of its own: generateCorpus refuses to write into a git repository.
    const { dir } = ensureCorpus(join(options.out, 'site'), options.seed, size, 0, fingerprint);
    commitCorpus(dir);
    progress(
      `measuring the site at ${size} documents (load average ${(loadavg()[0] ?? 0).toFixed(2)})`,
    );
    rows.push(await benchSite(context, dir, size));
  }
  const machine = describeMachine();
  const date = new Date().toISOString().slice(0, 10);
  console.log(renderSiteText(rows));
  writeFileSync(
    join(options.out, 'site-results.json'),
    `${JSON.stringify({ date, machine, runs: options.runs, seed: options.seed, rows }, null, 2)}\n`,
  );
  writeFileSync(
    join(options.out, 'site-results.md'),
    renderSiteMarkdown(rows, machine, options.runs, date),
  );
  console.log(`\nwrote ${join(options.out, 'site-results.json')} and site-results.md`);
  if (rows.some((row) => row.verdict === 'FAIL')) process.exitCode = 1;
}

const USAGE = `usage: npm run bench -- [--sizes 1000,10000,50000] [--runs 3] [--out bench-out] [--seed 1]
       npm run bench -- --site [--sizes 1000,10000] [--runs 3]     the status site beside a bare Astro site
       npm run bench -- --history [--runs 3]                     history and pr-check at 10,000 documents`;

/** A usage mistake is one line and exit 2, never a stack trace. */
function readOptions(argv: string[]): Options | undefined {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return undefined;
  }
  try {
    return parseOptions(argv);
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exitCode = 2;
    return undefined;
  }
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  if (!options) return;
  mkdirSync(options.out, { recursive: true });
  const gnuTime = hasGnuTime();
  if (!gnuTime)
    console.error(
      '/usr/bin/time (GNU time) is missing: install it with `apt-get install -y time`. Peak RSS is read inside each child instead (process.resourceUsage().maxRSS).',
    );
  const fingerprint = generatorFingerprint();
  if (options.history) {
    const passed = runHistorySuite(
      {
        out: options.out,
        runs: options.runs,
        seed: options.seed,
        documents: 10_000,
        commits: 3_000,
        node: NODE,
        docket: DOCKET,
        fingerprint,
      },
      gnuTime,
    );
    if (!passed) process.exitCode = 1;
    return;
  }
  if (options.site) {
    await mainSite(options, gnuTime, fingerprint);
    return;
  }
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

await main();
