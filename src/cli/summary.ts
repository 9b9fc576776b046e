/**
 * `docket summary` (what `npm start` runs until the site exists): validate content/ and print
 * the repository at a glance. Exit code as `docket validate`.
 */
import { createWorkingTreeSource } from '../adapters/fs.ts';
import { checkRepository } from '../app/check-repository.ts';
import { countProblems, renderText } from '../core/report.ts';
import { renderSummaryTable } from '../core/summary.ts';
import { parseCommandArgs } from './args.ts';
import type { Context } from './context.ts';
import { EXIT, UsageError } from './errors.ts';
import { ALL_MESSAGES } from '../core/catalogue.ts';
import { headline } from './validate.ts';

export async function runSummary(argv: string[], context: Context): Promise<number> {
  const { positionals } = parseCommandArgs('summary', argv, {});
  if (positionals.length > 0)
    throw new UsageError('usage/bad-option', { command: 'summary', reason: positionals.join(' ') });
  const result = await checkRepository(createWorkingTreeSource(context.root));
  const documents = result.load.documents.length;
  context.out(context.t('summary/title', { root: context.root }));
  context.out('');
  for (const line of renderSummaryTable(
    result.load.documents,
    (file) => result.load.schemas.schemaFor(file),
    context.lang,
  ))
    context.out(line);
  context.out('');
  for (const line of renderText(result.problems, ALL_MESSAGES, context.lang)) context.out(line);
  context.out(headline(context, result.problems, documents));
  return countProblems(result.problems).errors > 0 ? EXIT.problems : EXIT.ok;
}
