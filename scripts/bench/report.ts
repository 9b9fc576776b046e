/** The benchmark's result rows, their pass/fail against the targets, and the tables printed from them. */

export interface BenchRow {
  size: number;
  corpus: 'valid' | 'invalid';
  documents: number;
  /** Files the generator broke on purpose. */
  mutated: number;
  docketSeconds: number;
  bareSeconds: number;
  ratio: number;
  docketDocsPerSecond: number;
  bareDocsPerSecond: number;
  docketRssMiB: number;
  bareRssMiB: number;
  /** Errors and warnings docket reported, and the files the errors are in. */
  docketErrors: number;
  docketWarnings: number;
  docketFilesWithErrors: number;
  /** Files the bare loop found invalid (schema or YAML; it checks no links). */
  bareInvalid: number;
  /** Medians of user + system CPU seconds, and every run's wall seconds. */
  docketCpuSeconds: number;
  bareCpuSeconds: number;
  docketRuns: number[];
  bareRuns: number[];
  /** 1-minute load average when the row started: other work on the machine skews wall times. */
  loadAverage: number;
  verdict: 'pass' | 'FAIL' | '—';
  notes: string[];
}

export const TARGETS = {
  maxRatio: 1.5,
  ratioFromSize: 10_000,
  maxRssMiB: 1024,
  rssFromSize: 50_000,
} as const;

/** Pass/fail against the requirement's targets; sizes below 10k have none. */
export function evaluateTargets(
  row: Omit<BenchRow, 'verdict' | 'notes'>,
): Pick<BenchRow, 'verdict' | 'notes'> {
  const notes: string[] = [];
  if (row.size >= TARGETS.ratioFromSize && !(row.ratio <= TARGETS.maxRatio))
    notes.push(`ratio ${row.ratio.toFixed(2)}× > ${TARGETS.maxRatio}×`);
  if (row.size >= TARGETS.rssFromSize && !(row.docketRssMiB < TARGETS.maxRssMiB))
    notes.push(`peak RSS ${row.docketRssMiB.toFixed(0)} MiB ≥ 1 GiB`);
  if (row.corpus === 'valid' && row.docketErrors > 0)
    notes.push(`valid corpus has ${row.docketErrors} errors`);
  if (row.corpus === 'invalid' && row.docketFilesWithErrors < row.mutated)
    notes.push(`only ${row.docketFilesWithErrors} of ${row.mutated} broken files reported`);
  const targeted = row.size >= TARGETS.ratioFromSize;
  return { verdict: notes.length > 0 ? 'FAIL' : targeted ? 'pass' : '—', notes };
}

const HEADER = [
  'documents',
  'corpus',
  'docket s',
  'bare s',
  'ratio',
  'docket docs/s',
  'bare docs/s',
  'docket peak RSS MiB',
  'bare peak RSS MiB',
  'target',
];

function cells(row: BenchRow): string[] {
  const corpus =
    row.corpus === 'valid'
      ? 'valid'
      : `${row.mutated} invalid (${((row.mutated / row.documents) * 100).toFixed(0)} %)`;
  return [
    row.size.toLocaleString('en-US'),
    corpus,
    row.docketSeconds.toFixed(2),
    row.bareSeconds.toFixed(2),
    `${row.ratio.toFixed(2)}×`,
    Math.round(row.docketDocsPerSecond).toLocaleString('en-US'),
    Math.round(row.bareDocsPerSecond).toLocaleString('en-US'),
    row.docketRssMiB.toFixed(0),
    row.bareRssMiB.toFixed(0),
    row.notes.length > 0 ? `${row.verdict}: ${row.notes.join('; ')}` : row.verdict,
  ];
}

/** A plain aligned table for the terminal. */
export function renderTextTable(rows: readonly BenchRow[]): string {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, column) =>
    Math.max(...table.map((line) => (line[column] ?? '').length)),
  );
  return table
    .map((line) =>
      line
        .map((cell, column) =>
          column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  '),
    )
    .join('\n');
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
}

/**
 * One sentence on how busy the machine was. The benchmark's own child adds about 1 to the load
 * average, so only more than one runnable process per core counts as busy.
 */
export function describeLoad(rows: readonly BenchRow[], machine: Machine): string {
  const loads = rows.map((row) => row.loadAverage);
  const range = `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`;
  return Math.max(...loads) > machine.cpus
    ? `The machine was busy (1-minute load average ${range} on ${machine.cpus} cores, the benchmark included): wall times are inflated and ratios less reliable; rerun when it is idle.`
    : `1-minute load average ${range} on ${machine.cpus} cores, the benchmark included.`;
}

/** A Markdown table ready to paste into the README. */
export function renderMarkdown(
  rows: readonly BenchRow[],
  machine: Machine,
  runs: number,
  date: string,
): string {
  const align = HEADER.map((_, column) => (column < 2 ? '---' : '---:'));
  const lines = [HEADER, align, ...rows.map(cells)].map((line) => `| ${line.join(' | ')} |`);
  return [
    `Measured ${date} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node} (${machine.platform}); median of ${runs} runs, warm page cache. ${describeLoad(rows, machine)}`,
    '',
    ...lines,
    '',
    "*docket*: `docket validate --format json`, the whole process from start to exit. *bare*: read each file, `matter(text, {})`, validate with Ajv 2020 (schemas compiled once), nothing else (scripts/bench-bare-loop.ts). Peak RSS is the child's maximum resident set size.",
    `Targets: docket at most ${TARGETS.maxRatio}× the bare loop from ${TARGETS.ratioFromSize.toLocaleString('en-US')} documents, peak RSS under 1 GiB at ${TARGETS.rssFromSize.toLocaleString('en-US')}. Regenerate with \`npm run bench\`.`,
    '',
  ].join('\n');
}
