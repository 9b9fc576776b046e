/**
 * The docket CLI entry point and its only exit point. Each command's code is imported only when
 * that command runs, so `docket validate` does not pay for prompts or git.
 */
import { readFileSync } from 'node:fs';
import { createContext, resolveLang, type Context } from '../src/cli/context.ts';
import { describeFailure, EXIT, UsageError } from '../src/cli/errors.ts';
import { ALL_MESSAGES } from '../src/core/catalogue.ts';
import { formatMessage } from '../src/core/messages.ts';

type Command = (argv: string[], context: Context) => Promise<number>;

const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  validate: async () => (await import('../src/cli/validate.ts')).runValidate,
  new: async () => (await import('../src/cli/new.ts')).runNew,
  renumber: async () => (await import('../src/cli/renumber.ts')).runRenumber,
  list: async () => (await import('../src/cli/list.ts')).runList,
  show: async () => (await import('../src/cli/show.ts')).runShow,
  summary: async () => (await import('../src/cli/summary.ts')).runSummary,
  history: async () => (await import('../src/cli/history.ts')).runHistory,
  verify: async () => (await import('../src/cli/verify.ts')).runVerify,
  'pr-check': async () => (await import('../src/cli/pr-check.ts')).runPrCheck,
};

async function main(argv: string[]): Promise<number> {
  const { lang: langFlag, rest } = extractLang(argv);
  const [command, ...args] = rest;
  if (command === '--version' || command === '-v') {
    const manifest = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    console.log(manifest.version);
    return EXIT.ok;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const { printHelp } = await import('../src/cli/help.ts');
    printHelp(resolveLang(langFlag, process.env, undefined), args[0]);
    return EXIT.ok;
  }
  const load = COMMANDS[command];
  if (!load)
    throw new UsageError('usage/unknown-command', {
      value: command,
      commands: Object.keys(COMMANDS).join(', '),
    });
  if (args.includes('--help') || args.includes('-h')) {
    const { printHelp } = await import('../src/cli/help.ts');
    printHelp(resolveLang(langFlag, process.env, undefined), command);
    return EXIT.ok;
  }
  const context = createContext(
    {
      cwd: process.cwd(),
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
      stdinIsTTY: process.stdin.isTTY,
    },
    langFlag,
  );
  return (await load())(args, context);
}

/** `--lang` is global: it may stand anywhere. */
function extractLang(argv: string[]): { lang: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let lang: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--lang') lang = argv[++index] ?? '';
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  return { lang, rest };
}

function reportFailure(error: unknown): number {
  const lang = (() => {
    try {
      // `--lang en` must hold for the error line too.
      return resolveLang(extractLang(process.argv.slice(2)).lang, process.env, undefined);
    } catch {
      return 'zh-CN' as const;
    }
  })();
  const failure = describeFailure(error);
  writeError(formatMessage(ALL_MESSAGES, failure.messageId, failure.params, lang));
  if (process.env['DOCKET_DEBUG'] && error instanceof Error) writeError(error.stack ?? '');
  return EXIT.usage;
}

/** The error line, even when stderr itself cannot be written (then there is no one to tell). */
function writeError(line: string): void {
  try {
    console.error(line);
  } catch {
    // stderr is gone or full: the exit code still says what happened.
  }
}

// `docket list | head` closes the pipe early: the reader has what it wanted, which is not a
// failure. Any other failure to write the output (a full disk) is one line and exit 2.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  process.exit(reportFailure(error));
});
process.exitCode = await main(process.argv.slice(2)).catch(reportFailure);
