/**
 * The status site's entry point and its only exit point:
 *   node scripts/site.ts build [--audience internal|public|customer:CUS-003] [--base /repo/] [--out DIR]
 *   node scripts/site.ts start [--port N]
 * `npm run build` builds the public site into dist/; `npm start` builds the internal site and
 * serves it on localhost.
 */
import { createContext, resolveLang } from '../src/cli/context.ts';
import { describeFailure, EXIT } from '../src/cli/errors.ts';
import { ALL_MESSAGES } from '../src/core/catalogue.ts';
import { runSiteBuild, runSiteStart } from '../src/cli/site.ts';
import { formatMessage } from '../src/core/messages.ts';

const COMMANDS = { build: runSiteBuild, start: runSiteStart } as const;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const context = createContext(
    {
      cwd: process.cwd(),
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
      stdinIsTTY: process.stdin.isTTY,
    },
    undefined,
  );
  if (command !== 'build' && command !== 'start') {
    context.err(context.t('site/usage'));
    return command === '--help' || command === '-h' ? EXIT.ok : EXIT.usage;
  }
  return COMMANDS[command](args, context);
}

function reportFailure(error: unknown): number {
  const lang = resolveLang(undefined, process.env, undefined);
  const failure = describeFailure(error);
  console.error(formatMessage(ALL_MESSAGES, failure.messageId, failure.params, lang));
  if (process.env['DOCKET_DEBUG'] && error instanceof Error) console.error(error.stack);
  return EXIT.usage;
}

process.exitCode = await main(process.argv.slice(2)).catch(reportFailure);
