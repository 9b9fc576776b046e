/**
 * `docket new KIND [flags]`: create a requirement, change request, customer file or release with
 * the next free ID, or log a customer's visit, complaint, service request or survey. Questions
 * in a terminal; without one, every answer comes from flags and missing ones are listed at once.
 */
import type { ParseArgsConfig } from 'node:util';
import { createDocument, type CreateOutcome } from '../app/create-document.ts';
import { FORMS, NEW_KINDS, START_FLAGS, type NewKind } from '../core/authoring/forms.ts';
import { KIND_LABELS } from '../core/layout.ts';
import { localizedParam } from '../core/messages.ts';
import { countProblems, renderText } from '../core/report.ts';
import type { Prompter } from '../core/prompter.ts';
import { parseCommandArgs } from './args.ts';
import type { Context } from './context.ts';
import { EXIT, UsageError } from './errors.ts';
import { ALL_MESSAGES } from '../core/catalogue.ts';
import { DEFAULT_TIME_ZONE, todayInTimeZone } from '../core/calendar.ts';
import { parseTodayOverride } from './today.ts';

/** The shell's code for "stopped by Ctrl+C"; nothing was written. */
const CANCELLED = 130;

type Options = NonNullable<ParseArgsConfig['options']>;

export async function runNew(argv: string[], context: Context): Promise<number> {
  const kind = parseKind(argv[0]);
  const { values, positionals } = parseCommandArgs('new', argv.slice(1), optionsFor(kind));
  if (positionals.length > 0)
    throw new UsageError('new/extra-argument', { value: positionals.join(' ') });
  const override = parseTodayOverride(values['today'] as string | undefined, context.env);
  const todayFor = (timeZone: string) =>
    override ??
    todayInTimeZone(new Date(), timeZone) ??
    todayInTimeZone(new Date(), DEFAULT_TIME_ZONE) ??
    '';
  const prompter = context.interactive ? await openTerminalPrompter() : undefined;
  const ask = prompter && {
    prompter,
    lang: context.lang,
    t: context.t,
    say: context.out,
    useEditor: values['editor'] === true,
  };
  try {
    return report(
      await createDocument({
        root: context.root,
        kind,
        flags: values,
        todayFor,
        ...(ask ? { ask } : {}),
      }),
      kind,
      context,
    );
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'ExitPromptError') throw error;
    context.err(context.t('new/cancelled'));
    return CANCELLED;
  }
}

/** Loaded only when a person is there: scripts and CI never pay for the prompt library. */
async function openTerminalPrompter(): Promise<Prompter> {
  return (await import('../adapters/prompter.ts')).createTerminalPrompter();
}

/** The kind comes first; a flag in its place (`docket new --title …`) means it was left out. */
function parseKind(value: string | undefined): NewKind {
  const kind = NEW_KINDS.find((candidate) => candidate === value);
  if (kind) return kind;
  const kinds = NEW_KINDS.join(' | ');
  if (value === undefined || value.startsWith('-'))
    throw new UsageError('new/needs-kind', { kinds });
  throw new UsageError('new/unknown-kind', { value, kinds });
}

/** One flag per question of the kind's form, plus `--today`, `--editor` and the kind's start flag (`--draft`, `--new`). */
export function optionsFor(kind: NewKind): Options {
  const options: Options = { today: { type: 'string' }, editor: { type: 'boolean' } };
  for (const field of FORMS[kind])
    options[field.flag] =
      field.type === 'boolean'
        ? { type: 'boolean' }
        : { type: 'string', multiple: field.many === true };
  const start = START_FLAGS[kind];
  if (start) options[start] = { type: 'boolean' };
  return options;
}

function report(outcome: CreateOutcome, kind: NewKind, context: Context): number {
  switch (outcome.type) {
    case 'broken-config':
      for (const line of renderText(outcome.problems, ALL_MESSAGES, context.lang))
        context.err(line);
      context.err(context.t('new/broken-config'));
      return EXIT.problems;
    case 'invalid':
      throw new UsageError('usage/bad-value', {
        option: outcome.invalid.flag,
        value: outcome.invalid.value,
        ...localizedParam('expected', outcome.invalid.expected),
      });
    case 'missing':
      throw new UsageError('new/missing-flags', { kind, flags: outcome.flags.join(' ') });
    case 'taken':
      context.err(context.t('new/id-taken', { id: outcome.id, path: outcome.path }));
      return EXIT.problems;
    case 'created':
      return reportCreated(outcome, kind, context);
  }
}

function reportCreated(
  outcome: Extract<CreateOutcome, { type: 'created' }>,
  kind: NewKind,
  context: Context,
): number {
  context.out(
    context.t('new/created', {
      kind: KIND_LABELS[kind][context.lang],
      id: outcome.id,
      path: outcome.path,
    }),
  );
  if (outcome.status)
    context.out(
      context.t('new/status', { status: outcome.status[context.lang], since: outcome.since }),
    );
  if (outcome.priority)
    context.out(
      context.t('new/priority', {
        code: outcome.priority.code,
        level: outcome.priority.labels[context.lang],
      }),
    );
  for (const line of renderText(outcome.problems, ALL_MESSAGES, context.lang)) context.out(line);
  const { errors } = countProblems(outcome.problems);
  context.out(context.t(errors > 0 ? 'new/fix-problems' : 'new/next', { path: outcome.path }));
  return errors > 0 ? EXIT.problems : EXIT.ok;
}
