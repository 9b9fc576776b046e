/** Argument parsing on node:util's parseArgs, with mistakes turned into UsageErrors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<T extends Options>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw explainParseError(command, error);
  }
}

/** node:util's parseArgs speaks English only; say the same thing in the user's language. */
function explainParseError(command: string, error: unknown): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  const code = (error as { code?: string }).code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new UsageError('usage/unknown-option', { command, option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new UsageError('usage/option-value', { command, option });
  return new UsageError('usage/bad-option', { command, reason: message.split('\n')[0] ?? '' });
}

export function parseFormat<F extends string>(value: string | undefined, allowed: readonly F[]): F {
  const format = value ?? allowed[0];
  if (!allowed.includes(format as F))
    throw new UsageError('usage/bad-value', {
      option: 'format',
      value: String(value),
      expected: allowed.join(' | '),
    });
  return format as F;
}

export function parseCount(option: string, value: string): number {
  if (!/^(0|[1-9][0-9]*)$/.test(value))
    throw new UsageError('usage/bad-value', { option, value, expected: '0, 1, 2 …' });
  return Number(value);
}
