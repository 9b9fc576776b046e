/**
 * The site part of `npm run bench -- --site`: on the synthetic repository (a git repository with
 * one commit), the internal build with its search index (`node scripts/site.ts build --audience
 * internal`, one process: Astro, then Pagefind) beside a bare reference over the same files: a
 * bare Astro 7 site emitting the same number of plain pages (scripts/bench/bare-site.ts), then
 * the Pagefind CLI over its output. Alternating order, same run, same machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeBareSite } from './bare-site.ts';
import { median, type RunSpec } from './measure.ts';
import { measureTree, type TreeMeasurement } from './measure-tree.ts';

export interface SiteBenchContext {
  projectRoot: string;
  node: string;
  scratch: string;
  runs: number;
  gnuTime: boolean;
  progress: (message: string) => void;
}

export interface SiteRow {
  documents: number;
  pages: number;
  pagesPerDocument: number;
  /** Pages the bare reference emitted (must equal `pages`). */
  barePages: number;
  docketSeconds: number;
  bareAstroSeconds: number;
  barePagefindSeconds: number;
  bareSeconds: number;
  ratio: number;
  /** Peak resident memory of the whole process tree (sampled), the figure the target is about. */
  docketRssMiB: number;
  bareRssMiB: number;
  /** GNU time's figure: the largest single process it waited for. */
  docketLargestProcessMiB: number;
  docketCpuSeconds: number;
  bareCpuSeconds: number;
  docketRuns: number[];
  bareRuns: number[];
  /** What the build printed about itself (Astro and search seconds). */
  docketReport: string;
  verdict: 'pass' | 'FAIL' | '—';
  notes: string[];
}

export const SITE_TARGETS = { maxRatio: 1.25, fromSize: 10_000, maxRssMiB: 4096 } as const;

/** Makes the corpus a git repository with one commit (the site reads history), once. */
export function commitCorpus(dir: string): void {
  if (existsSync(join(dir, '.git'))) return;
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  };
  git('init', '--quiet', '--initial-branch=main');
  git('add', '--all');
  git(
    '-c',
    'user.name=bench',
    '-c',
    'user.email=bench@example.com',
    'commit',
    '--quiet',
    '-m',
    'corpus',
  );
}

export function countPages(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter(
    (entry) =>
      entry.isFile() && entry.name.endsWith('.html') && !entry.parentPath.includes('pagefind'),
  ).length;
}

function docketSpec(context: SiteBenchContext, corpus: string, out: string): RunSpec {
  const site = join(context.projectRoot, 'scripts', 'site.ts');
  return {
    node: context.node,
    args: [site, 'build', '--audience', 'internal', '--root', corpus, '--out', out],
    cwd: context.projectRoot,
    scratch: context.scratch,
    captureStdout: true,
  };
}

interface BareRun {
  astro: TreeMeasurement;
  pagefind: TreeMeasurement;
}

async function runBare(context: SiteBenchContext, bareRoot: string, out: string): Promise<BareRun> {
  rmSync(out, { recursive: true, force: true });
  process.env['BARE_SITE_OUT'] = out;
  const astro = await measureTree(
    {
      node: context.node,
      args: [join(bareRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--silent'],
      cwd: bareRoot,
      scratch: context.scratch,
      captureStdout: false,
    },
    context.gnuTime,
  );
  const pagefindBin = join(
    context.projectRoot,
    'node_modules',
    'pagefind',
    'lib',
    'runner',
    'bin.cjs',
  );
  const pagefind = await measureTree(
    {
      node: context.node,
      args: [pagefindBin, '--site', out],
      cwd: bareRoot,
      scratch: context.scratch,
      captureStdout: true,
    },
    context.gnuTime,
  );
  if (astro.exitCode !== 0 || pagefind.exitCode !== 0)
    throw new Error(
      `the bare reference failed (astro ${astro.exitCode}, pagefind ${pagefind.exitCode})`,
    );
  return { astro, pagefind };
}

async function runDocket(
  context: SiteBenchContext,
  corpus: string,
  out: string,
): Promise<TreeMeasurement> {
  const run = await measureTree(docketSpec(context, corpus, out), context.gnuTime);
  if (run.exitCode !== 0) throw new Error(`docket site build failed with ${run.exitCode}`);
  return run;
}

/** Measures one corpus: a first docket build to count pages, then alternating timed runs. */
export async function benchSite(
  context: SiteBenchContext,
  corpus: string,
  documents: number,
): Promise<SiteRow> {
  const ours = join(context.scratch, `site-docket-${documents}`);
  const bareOut = join(context.scratch, `site-bare-${documents}`);
  const bareRoot = join(context.scratch, `bare-astro-${documents}`);
  context.progress(`  site, ${documents} documents: docket build to count its pages`);
  const docket = [await runDocket(context, corpus, ours)];
  const pages = countPages(ours);
  writeBareSite(bareRoot, corpus, pages, join(context.projectRoot, 'node_modules'));
  const bare: BareRun[] = [];
  for (let run = 0; run < context.runs; run++) {
    // D B, then D B and B D alternately: neither side always runs on a warmer machine.
    if (run > 0 && run % 2 === 1) docket.push(await runDocket(context, corpus, ours));
    bare.push(await runBare(context, bareRoot, bareOut));
    if (run > 0 && run % 2 === 0) docket.push(await runDocket(context, corpus, ours));
    context.progress(
      `  run ${run + 1}/${context.runs}: docket ${docket.at(-1)?.seconds.toFixed(1)} s, bare ${total(bare.at(-1)).toFixed(1)} s`,
    );
  }
  return assembleRow(documents, pages, countPages(bareOut), docket, bare);
}

function total(run: BareRun | undefined): number {
  return run ? run.astro.seconds + run.pagefind.seconds : Number.NaN;
}

function assembleRow(
  documents: number,
  pages: number,
  barePages: number,
  docket: TreeMeasurement[],
  bare: BareRun[],
): SiteRow {
  const docketSeconds = median(docket.map((m) => m.seconds));
  const bareSeconds = median(bare.map(total));
  const row = {
    documents,
    pages,
    pagesPerDocument: pages / documents,
    barePages,
    docketSeconds,
    bareAstroSeconds: median(bare.map((run) => run.astro.seconds)),
    barePagefindSeconds: median(bare.map((run) => run.pagefind.seconds)),
    bareSeconds,
    ratio: docketSeconds / bareSeconds,
    docketRssMiB: Math.max(...docket.map((m) => m.treeRssMiB)),
    bareRssMiB: Math.max(...bare.flatMap((run) => [run.astro.treeRssMiB, run.pagefind.treeRssMiB])),
    docketLargestProcessMiB: Math.max(...docket.map((m) => m.rssMiB)),
    docketCpuSeconds: median(docket.map((m) => m.cpuSeconds)),
    bareCpuSeconds: median(bare.map((run) => run.astro.cpuSeconds + run.pagefind.cpuSeconds)),
    docketRuns: docket.map((m) => m.seconds),
    bareRuns: bare.map(total),
    docketReport: docket[0]?.stdout.trim() ?? '',
  };
  return { ...row, ...evaluateSiteTargets(row) };
}

export function evaluateSiteTargets(
  row: Pick<SiteRow, 'documents' | 'ratio' | 'docketRssMiB' | 'pages' | 'barePages'>,
): Pick<SiteRow, 'verdict' | 'notes'> {
  const notes: string[] = [];
  const targeted = row.documents >= SITE_TARGETS.fromSize;
  if (targeted && !(row.ratio <= SITE_TARGETS.maxRatio))
    notes.push(`ratio ${row.ratio.toFixed(2)}× > ${SITE_TARGETS.maxRatio}×`);
  if (targeted && !(row.docketRssMiB < SITE_TARGETS.maxRssMiB))
    notes.push(`peak RSS ${row.docketRssMiB.toFixed(0)} MiB ≥ 4 GiB`);
  if (row.barePages !== row.pages)
    notes.push(`bare reference emitted ${row.barePages} pages, not ${row.pages}`);
  return { verdict: notes.length > 0 ? 'FAIL' : targeted ? 'pass' : '—', notes };
}
