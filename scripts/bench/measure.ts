/**
 * Runs one child process and measures what the benchmark reports: whole-process wall time
 * (process start included) and peak memory, the child's maximum RSS. Peak RSS comes from GNU
 * time (`/usr/bin/time -f %M`); without it, from inside the child through a preloaded module
 * that writes `process.resourceUsage().maxRSS` on exit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const GNU_TIME = '/usr/bin/time';

export interface Measurement {
  /** Wall time, process start to exit. */
  seconds: number;
  /** User + system CPU time (all threads): steadier than wall time on a busy machine. */
  cpuSeconds: number;
  rssMiB: number;
  exitCode: number;
  stdout: string;
}

export interface RunSpec {
  node: string;
  args: readonly string[];
  cwd: string;
  /** Scratch folder for the RSS figure. */
  scratch: string;
  /** Keep stdout (to check the output); otherwise it goes to /dev/null, as in the timed runs. */
  captureStdout: boolean;
}

/** GNU time's output: max RSS in KiB, user and system CPU seconds. */
const TIME_FORMAT = '%M %U %S';
/** A data: URL module that writes the same three figures on exit to the file named in BENCH_RSS_FILE. */
const RSS_PRELOAD = `data:text/javascript,${encodeURIComponent(
  "import{writeFileSync}from'node:fs';process.on('exit',()=>{const u=process.resourceUsage();writeFileSync(process.env.BENCH_RSS_FILE,`${u.maxRSS} ${u.userCPUTime/1e6} ${u.systemCPUTime/1e6}`)});",
)}`;

export function hasGnuTime(): boolean {
  return (
    existsSync(GNU_TIME) &&
    spawnSync(GNU_TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0
  );
}

export function measure(spec: RunSpec, gnuTime: boolean): Measurement {
  const rssFile = join(spec.scratch, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const [command, args] = gnuTime
    ? [GNU_TIME, ['-f', TIME_FORMAT, '-o', rssFile, spec.node, ...spec.args]]
    : [spec.node, ['--import', RSS_PRELOAD, ...spec.args]];
  const started = performance.now();
  const child = spawnSync(command, args, {
    cwd: spec.cwd,
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', spec.captureStdout ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 256 * 1_048_576,
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.error) throw child.error;
  const exitCode = child.status ?? -1;
  if (exitCode !== 0 && exitCode !== 1)
    throw new Error(`${spec.args.join(' ')} exited with ${exitCode}: ${child.stderr.slice(-2000)}`);
  // GNU time puts "Command exited with non-zero status 1" before the figures.
  const figures = existsSync(rssFile)
    ? (readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number)
    : [];
  const [kib = Number.NaN, user = Number.NaN, system = Number.NaN] = figures;
  rmSync(rssFile, { force: true });
  // An ignored stdout comes back as null whatever the types say.
  return {
    seconds,
    cpuSeconds: user + system,
    rssMiB: kib / 1024,
    exitCode,
    stdout: spec.captureStdout ? child.stdout : '',
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
