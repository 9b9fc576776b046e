/**
 * Writes a plausible git history of the demo content into a NEW repository, for history views
 * and their tests. The source checkout is only read; its own history is never touched.
 *
 *   node scripts/demo-history.ts --out DIR [--source ROOT]
 *
 * ROOT defaults to the repository around the current folder. DIR must not exist or be empty.
 * Prints one line: how many commits, and the first and last commit dates.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileExists, findRoot } from '../src/adapters/fs.ts';
import {
  ConfigUnreadableError,
  createDemoHistory,
  OutputFolderError,
} from '../src/app/demo-history.ts';

const USAGE = 'usage: node scripts/demo-history.ts --out DIR [--source ROOT]';

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: 'string' }, source: { type: 'string' } },
    strict: true,
  });
  const source = values.source === undefined ? findRoot(process.cwd()) : resolve(values.source);
  if (source === undefined || !fileExists(source, 'content/config')) {
    console.error(
      `No content/config in ${values.source === undefined ? 'this folder or above' : `\`${source}\``}: run this in a Docket checkout or pass --source ROOT.`,
    );
    return 2;
  }
  if (values.out === undefined) {
    console.error(USAGE);
    return 2;
  }
  const out = resolve(values.out);
  const summary = await createDemoHistory(source, out);
  console.log(`${out}: ${summary.commits} commits, ${summary.first} … ${summary.last}`);
  return 0;
}

function reportFailure(error: unknown): number {
  if (error instanceof OutputFolderError || error instanceof ConfigUnreadableError) {
    console.error(error.message);
    return 2;
  }
  if (
    error instanceof TypeError &&
    'code' in error &&
    String(error.code).startsWith('ERR_PARSE_ARGS')
  ) {
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }
  console.error(
    `demo-history failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  console.error(
    'This is a bug in Docket if the source passes `docket validate`; please report it with the lines above.',
  );
  return 1;
}

process.exitCode = await main(process.argv.slice(2)).catch(reportFailure);
