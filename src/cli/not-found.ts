/** An ID that names no document: one line for people, and with `--format json` an object for machines. */
import type { Context } from './context.ts';

export function reportUnknownId(
  context: Context,
  format: string,
  error: { rule: string; value: string; message: string },
): void {
  context.err(error.message);
  if (format === 'json') context.out(JSON.stringify({ error }, null, 2));
}
