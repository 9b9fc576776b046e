/** The history suite of `npm run bench -- --history`: `docket history --all` and `pr-check` beside `git log --name-only`. */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchHistory, type HistoryBenchRow } from './history.ts';

export interface HistorySuiteOptions {
  out: string;
  runs: number;
  seed: number;
  documents: number;
  commits: number;
  node: string;
  docket: string;
  fingerprint: string;
}

export function runHistorySuite(options: HistorySuiteOptions, gnuTime: boolean): boolean {
  const rows = benchHistory(options, gnuTime);
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
  return rows.every((row) => row.verdict !== 'FAIL');
}

function renderHistoryMarkdown(
  rows: readonly HistoryBenchRow[],
  options: HistorySuiteOptions,
  load: string,
): string {
  const lines = [
    `${options.documents.toLocaleString('en')} documents, ${options.commits.toLocaleString('en')} commits (linear; every tenth titled like a merged pull request); median of ${options.runs} runs; load average (1/5/15 min) ${load} on ${cpus().length} cores.`,
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
