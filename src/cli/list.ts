/**
 * `docket list [requirements|changes|customers|releases|records]`: progress of many documents,
 * highest priority first, then overdue, then longest in stage (需求进度监控及查询).
 * `docket list customers --tier-review` prints the yearly tier review instead.
 * Exit 0 on success, 1 when the configuration cannot be loaded, 2 for usage mistakes.
 */
import { stringify } from 'csv-stringify/sync';
import { listDocuments, listTierReviews } from '../app/list-documents.ts';
import { localizedParam } from '../core/messages.ts';
import type { ProgressFilter } from '../core/progress-query.ts';
import {
  flattenRow,
  FIELDS,
  LIST_KINDS,
  renderRowsTable,
  type ListKind,
  type Row,
} from '../core/progress-view/list-rows.ts';
import {
  renderTierReviewText,
  TIER_REVIEW_FIELDS,
} from '../core/progress-view/tier-review-rows.ts';
import type { View } from '../core/progress-view/view.ts';
import { closestMatch } from '../core/text.ts';
import { parseCommandArgs, parseFormat } from './args.ts';
import { cliAudience } from './audience.ts';
import { withSafeOutput, type Context } from './context.ts';
import { EXIT, UsageError } from './errors.ts';
import { openProgress } from './open-progress.ts';

const OPTIONS = {
  customer: { type: 'string' },
  state: { type: 'string' },
  priority: { type: 'string' },
  owner: { type: 'string' },
  overdue: { type: 'boolean' },
  kind: { type: 'string' },
  format: { type: 'string' },
  today: { type: 'string' },
  'tier-review': { type: 'boolean' },
  'include-confidential': { type: 'boolean' },
} as const;

type Format = 'text' | 'json' | 'csv';
type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

export async function runList(argv: string[], given: Context): Promise<number> {
  // Values are untrusted: an escape sequence in a title must not reach the terminal.
  const context = withSafeOutput(given);
  const { values, positionals } = parseCommandArgs('list', argv, OPTIONS);
  const kind = parseListKind(positionals);
  const format = parseFormat<Format>(values.format, ['text', 'json', 'csv']);
  checkOptionScope(kind, values);
  const view = await openProgress(context, values.today);
  if (!view) return EXIT.problems;
  const filter = parseFilter(kind, values, view);
  if (values['tier-review'])
    printTierReview(view, filter, format, values['include-confidential'] === true, context);
  else printList(kind, view, filter, format, context);
  return EXIT.ok;
}

function parseListKind(positionals: readonly string[]): ListKind {
  if (positionals.length > 1)
    throw new UsageError('usage/bad-option', {
      command: 'list',
      ...localizedParam('reason', {
        'zh-CN': `最多一种类型,却给了 ${positionals.join(' ')}`,
        en: `one kind at most, got ${positionals.join(' ')}`,
      }),
    });
  const kind = positionals[0] ?? 'requirements';
  if (!(kind in LIST_KINDS))
    throw new UsageError('usage/bad-value', {
      option: 'kind',
      value: kind,
      expected: Object.keys(LIST_KINDS).join(' | '),
    });
  return kind as ListKind;
}

/** Options that only make sense for one kind are mistakes elsewhere, not silently empty lists. */
function checkOptionScope(kind: ListKind, values: Values): void {
  const scoped: [keyof Values, ListKind][] = [
    ['priority', 'requirements'],
    ['kind', 'records'],
    ['tier-review', 'customers'],
  ];
  for (const [option, only] of scoped) {
    if (values[option] !== undefined && kind !== only)
      throw new UsageError('progress/option-scope', { option, kind: only });
  }
}

function parseFilter(kind: ListKind, values: Values, view: View): ProgressFilter {
  const { repository } = view.source.model;
  const documentKinds =
    values.kind === undefined
      ? LIST_KINDS[kind]
      : [checkValue('kind', values.kind, LIST_KINDS.records)];
  const states = [
    ...new Set(
      documentKinds.flatMap((documentKind) =>
        Object.keys(view.source.model.statusLabels(documentKind)),
      ),
    ),
  ];
  const customers = repository.ofKind('customer').map((document) => document.id);
  return {
    kinds: new Set(documentKinds),
    ...(values.customer === undefined
      ? {}
      : { customer: checkValue('customer', values.customer, customers) }),
    ...(values.state === undefined ? {} : { state: checkValue('state', values.state, states) }),
    ...(values.priority === undefined
      ? {}
      : {
          priority: checkValue(
            'priority',
            values.priority,
            repository.config.priority.levels.map((level) => level.code),
          ),
        }),
    ...(values.owner === undefined
      ? {}
      : {
          owner: checkValue(
            'owner',
            values.owner,
            repository.config.people.map((person) => person.id),
          ),
        }),
    ...(values.overdue === true ? { overdue: true } : {}),
  };
}

/** A filter value must exist: a typo would otherwise print an empty list that looks like good news. */
function checkValue<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (allowed.includes(value as T)) return value as T;
  const hint = closestMatch(value, allowed);
  const expected =
    hint === undefined ? allowed.join(' | ') : `${allowed.join(' | ')} (\`${hint}\`?)`;
  throw new UsageError('usage/bad-value', { option, value, expected });
}

function printList(
  kind: ListKind,
  view: View,
  filter: ProgressFilter,
  format: Format,
  context: Context,
): void {
  const { rows, overdue } = listDocuments(view, kind, filter);
  if (format === 'json')
    context.out(
      JSON.stringify({ kind, today: view.today, count: rows.length, items: rows }, null, 2),
    );
  else if (format === 'csv') writeCsv(FIELDS[kind], rows, context);
  else {
    for (const line of renderRowsTable(kind, rows, view)) context.out(line);
    context.out('');
    context.out(view.t('progress/list-footer', { count: rows.length, overdue, today: view.today }));
  }
}

function printTierReview(
  view: View,
  filter: ProgressFilter,
  format: Format,
  includeConfidential: boolean,
  context: Context,
): void {
  const audience = cliAudience(view, includeConfidential);
  const { reviews, rows, hidden } = listTierReviews(view, filter, audience);
  if (format === 'text') {
    for (const line of renderTierReviewText(reviews, view)) context.out(line);
    return;
  }
  const { note, unit } = view.source.model.repository.config.tiers;
  if (format === 'json')
    context.out(
      JSON.stringify(
        {
          kind: 'tier-review',
          today: view.today,
          year: reviews[0]?.year ?? null,
          unit,
          note: note?.trim() ?? null,
          items: rows,
        },
        null,
        2,
      ),
    );
  else
    writeCsv(
      TIER_REVIEW_FIELDS.filter((key) => !hidden.has(key)),
      rows,
      context,
    );
}

/**
 * UTF-8 with a byte-order mark: without it, Excel on Chinese Windows shows the names as mojibake.
 * Text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so a title such as
 * `=HYPERLINK(…)` stays text instead of running as a formula when the file is opened.
 */
function writeCsv(fields: readonly string[], rows: readonly Row[], context: Context): void {
  const text = stringify([[...fields], ...rows.map((row) => flattenRow(row, fields))], {
    bom: true,
    record_delimiter: 'unix',
    escape_formulas: true,
  });
  context.out(text.replace(/\n$/, ''));
}
