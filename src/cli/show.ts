/**
 * `docket show ID`: one document's progress — status and days in stage against the limit,
 * priority, owner, links computed from the other side, what may come next.
 * Exit 0 when shown; 1 when the ID does not exist (like grep finding nothing: the command was
 * used correctly) or the configuration cannot be loaded; 2 for usage mistakes.
 */
import { assembleShowJson, findDocument } from '../app/show-document.ts';
import { evaluateProgress, type Progress } from '../core/progress.ts';
import type { View } from '../core/progress-view/view.ts';
import type { LoadedDocument } from '../core/repository.ts';
import { parseCommandArgs, parseFormat } from './args.ts';
import { cliAudience } from './audience.ts';
import { withSafeOutput, type Context } from './context.ts';
import { EXIT, UsageError } from './errors.ts';
import { reportUnknownId } from './not-found.ts';
import { openProgress } from './open-progress.ts';
import { renderCustomer } from './show-customer.ts';
import { renderChange, renderRecord, renderRelease } from './show-render.ts';
import { renderRequirement } from './show-requirement.ts';
import { readSignoffStatusQuietly, renderSignoffLine, signoffJson } from './show-signoff.ts';

const OPTIONS = {
  format: { type: 'string' },
  today: { type: 'string' },
  'include-confidential': { type: 'boolean' },
} as const;

export async function runShow(argv: string[], given: Context): Promise<number> {
  // Values are untrusted: an escape sequence in a title must not reach the terminal.
  const context = withSafeOutput(given);
  const { values, positionals } = parseCommandArgs('show', argv, OPTIONS);
  const [id, ...extra] = positionals;
  if (id === undefined || extra.length > 0) throw new UsageError('progress/show-needs-id');
  const format = parseFormat(values.format, ['text', 'json']);
  const view = await openProgress(context, values.today);
  if (!view) return EXIT.problems;
  const found = findDocument(view, id);
  if (!found.ok) {
    const rule = found.hint === undefined ? 'progress/unknown-id' : 'progress/unknown-id-hint';
    const message = view.t(rule, { value: id, hint: found.hint ?? '' });
    reportUnknownId(context, format, { rule, value: id, message });
    return EXIT.problems;
  }
  const { document } = found;
  const signoff = await readSignoffStatusQuietly(context.root, document.id);
  if (format === 'json') {
    const audience = cliAudience(view, values['include-confidential'] === true);
    context.out(
      JSON.stringify(
        {
          ...assembleShowJson(document, view, audience),
          signoff: signoff ? signoffJson(signoff) : null,
        },
        null,
        2,
      ),
    );
  } else {
    const progress = evaluateProgress(document, view.source.model, view.today);
    for (const line of renderShowText(document, progress, view)) context.out(line);
    const line = signoff ? renderSignoffLine(document.id, signoff, view) : '';
    if (line) context.out(line);
  }
  return EXIT.ok;
}

function renderShowText(document: LoadedDocument, progress: Progress, view: View): string[] {
  switch (document.kind) {
    case 'requirement':
      return renderRequirement(document, progress, view);
    case 'change':
      return renderChange(document, progress, view);
    case 'release':
      return renderRelease(document, progress, view);
    case 'customer':
      return renderCustomer(document, progress, view);
    default:
      return renderRecord(document, progress, view);
  }
}
