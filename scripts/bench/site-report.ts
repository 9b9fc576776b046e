/** Tables for the site benchmark: the terminal's and the README's. */
import type { Machine } from './report.ts';
import { SITE_TARGETS, type SiteRow } from './site.ts';

const HEADER = [
  'documents',
  'pages',
  'pages/doc',
  'docket s',
  'bare Astro s',
  'bare Pagefind s',
  'bare s',
  'ratio',
  'docket peak RSS MiB',
  'bare peak RSS MiB',
  'target',
];

function cells(row: SiteRow): string[] {
  return [
    row.documents.toLocaleString('en-US'),
    row.pages.toLocaleString('en-US'),
    row.pagesPerDocument.toFixed(2),
    row.docketSeconds.toFixed(1),
    row.bareAstroSeconds.toFixed(1),
    row.barePagefindSeconds.toFixed(1),
    row.bareSeconds.toFixed(1),
    `${row.ratio.toFixed(2)}×`,
    row.docketRssMiB.toFixed(0),
    row.bareRssMiB.toFixed(0),
    row.notes.length > 0 ? `${row.verdict}: ${row.notes.join('; ')}` : row.verdict,
  ];
}

export function renderSiteText(rows: readonly SiteRow[]): string {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, column) =>
    Math.max(...table.map((line) => (line[column] ?? '').length)),
  );
  const lines = table.map((line) =>
    line.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  '),
  );
  const reports = rows.map((row) => `${row.documents} documents, docket said: ${row.docketReport}`);
  return [...lines, '', ...reports].join('\n');
}

export function renderSiteMarkdown(
  rows: readonly SiteRow[],
  machine: Machine,
  runs: number,
  date: string,
): string {
  const align = HEADER.map(() => '---:');
  const lines = [HEADER, align, ...rows.map(cells)].map((line) => `| ${line.join(' | ')} |`);
  return [
    `Measured ${date} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node} (${machine.platform}); median of ${runs} runs.`,
    '',
    ...lines,
    '',
    '*docket*: `node scripts/site.ts build --audience internal` (Astro, then the Pagefind index), the whole process. *bare*: a bare Astro 7 site emitting the same number of plain pages from the same Markdown files (scripts/bench/bare-site.ts), then the Pagefind CLI over its output; times added, peak RSS the larger of the two.',
    `Targets from ${SITE_TARGETS.fromSize.toLocaleString('en-US')} documents: docket at most ${SITE_TARGETS.maxRatio}× bare, peak RSS under 4 GiB. Regenerate with \`npm run bench -- --site\`.`,
    '',
  ].join('\n');
}
