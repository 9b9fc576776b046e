/**
 * `docket history ID [--format text|json]` and `docket history --all`: the revision record
 * (修改记录) from one git log pass, with the document's sign-offs and whether it needs
 * re-confirmation. Exit 0 when shown, 1 when the ID has no history, 2 for usage or git errors.
 */
import { GitHistoryError, isShallowClone } from '../app/revision-records.ts';
import { readDocumentRecords, type DocumentRecords } from '../app/document-records.ts';
import { closestMatch } from '../core/text.ts';
import { parseCommandArgs, parseFormat } from './args.ts';
import { withSafeOutput, type Context } from './context.ts';
import { EXIT, UsageError } from './errors.ts';
import { reportUnknownId } from './not-found.ts';
import { assembleHistoryJson, renderHistoryText } from './history-render.ts';
import { readRecordLabels } from './record-labels.ts';

const OPTIONS = { format: { type: 'string' }, all: { type: 'boolean' } } as const;

export async function runHistory(argv: string[], given: Context): Promise<number> {
  // Values and commit authors are untrusted: an escape sequence must not reach the terminal.
  const context = withSafeOutput(given);
  const { values, positionals } = parseCommandArgs('history', argv, OPTIONS);
  const all = values.all === true;
  const [id, ...extra] = positionals;
  if ((id === undefined) === !all || extra.length > 0) throw new UsageError('history/needs-id');
  const format = parseFormat(values.format, ['text', 'json']);
  const records = await readRecordsOrExplain(context.root);
  const chosen = all ? records.documents : findRecord(records, id ?? '');
  if (!chosen) {
    const hint = closestMatch(id ?? '', [...records.byId.keys()]);
    const message =
      context.t('history/unknown-id', { value: id ?? '' }) + (hint ? ` (${hint}?)` : '');
    reportUnknownId(context, format, { rule: 'history/unknown-id', value: id ?? '', message });
    return EXIT.problems;
  }
  const list = Array.isArray(chosen) ? chosen : [chosen];
  if (format === 'json') {
    const json = list.map(assembleHistoryJson);
    context.out(JSON.stringify(all ? { documents: json } : json[0], null, 2));
    return EXIT.ok;
  }
  const labels = readRecordLabels(context.root, context.lang);
  for (const [index, record] of list.entries()) {
    if (index > 0) context.out('');
    for (const line of renderHistoryText(record, context.t, labels)) context.out(line);
  }
  return EXIT.ok;
}

function findRecord(records: DocumentRecords, id: string) {
  return records.byId.get(id) ?? records.byId.get(id.toUpperCase());
}

async function readRecordsOrExplain(root: string): Promise<DocumentRecords> {
  // The site may show what a shallow clone has; a revision record printed as the record may not.
  if (await isShallowClone(root)) throw new UsageError('history/shallow');
  try {
    return await readDocumentRecords(root);
  } catch (error) {
    if (!(error instanceof GitHistoryError)) throw error;
    throw new UsageError('history/git-failed', { reason: error.message.split('\n')[0] ?? '' });
  }
}
