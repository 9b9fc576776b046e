/**
 * Like measure(), for a child that starts children of its own (the site build runs Pagefind's
 * binary beside Node, and exits without waiting for it, so GNU time never sees its memory): the
 * resident memory of the whole process tree is sampled from /proc every 100 ms, and its peak
 * (the sum over all processes at one moment) is reported beside GNU time's figure.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { GNU_TIME, type Measurement, type RunSpec } from './measure.ts';

export interface TreeMeasurement extends Measurement {
  /** Peak of the summed RSS of the child and all its descendants, sampled. */
  treeRssMiB: number;
}

const SAMPLE_MS = 100;

/** RSS in KiB of a process and all its descendants, read from /proc (0 once it is gone). */
export function readTreeRssKiB(pid: number): number {
  let total = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children.split(/\s+/).filter(Boolean))
        total += readTreeRssKiB(Number(child));
    }
  } catch {
    // The process ended between two reads.
  }
  return total;
}

export async function measureTree(spec: RunSpec, gnuTime: boolean): Promise<TreeMeasurement> {
  const rssFile = join(spec.scratch, `rss-tree-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const [command, args] = gnuTime
    ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, spec.node, ...spec.args]]
    : [spec.node, [...spec.args]];
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: spec.cwd,
    env: process.env,
    stdio: ['ignore', spec.captureStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on(
    'data',
    (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)),
  );
  let peakKiB = 0;
  const timer = setInterval(() => {
    if (child.pid !== undefined) peakKiB = Math.max(peakKiB, readTreeRssKiB(child.pid));
  }, SAMPLE_MS);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      resolve(code ?? -1);
    });
  });
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (exitCode !== 0) throw new Error(`${spec.args.join(' ')} exited with ${exitCode}: ${stderr}`);
  const figures = existsSync(rssFile)
    ? (readFileSync(rssFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number)
    : [];
  rmSync(rssFile, { force: true });
  const [kib = Number.NaN, user = Number.NaN, system = Number.NaN] = figures;
  return {
    seconds,
    cpuSeconds: user + system,
    rssMiB: kib / 1024,
    treeRssMiB: peakKiB / 1024,
    exitCode,
    stdout,
  };
}
