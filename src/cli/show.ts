/**
 * `docket show ID`: one document's progress — status and days in stage against the limit,
 * priority, owner, links computed from the other side, what may come next.
 * Exit 0 when shown; 1 when the ID does not exist (like grep finding nothing: the command was
 * used correctly) or the configuration cannot be loaded; 2 for usage mistakes.
 */
import {
  evaluateCustomerOverview,
  evaluateNextStates,
  evaluateProgress,
  type Progress,
} from '../core/progress.ts';
import { stringsAt, type LoadedDocument } from '../core/repository.ts';
import { omitConfidential } from '../core/schema-walk.ts';
import { closestMatch } from '../core/text.ts';
import { evaluateTierReview } from '../core/tier-review.ts';
import { parseCommandArgs, parseFormat } from './args.ts';
import type { Context } from './context.ts';
import { EXIT, UsageError } from './errors.ts';
import { progressFields } from './list-rows.ts';
import { openProgress } from './progress-command.ts';
import { renderCustomer } from './show-customer.ts';
import { readSignoffStatusQuietly, renderSignoffLine, signoffJson } from './show-signoff.ts';
import {
  memberProgress,
  renderChange,
  renderRecord,
  renderRelease,
  renderRequirement,
} from './show-render.ts';
import { assembleTierRow, confidentialTierFields } from './tier-review-render.ts';
import type { View } from './view.ts';

const OPTIONS = {
  format: { type: 'string' },
  today: { type: 'string' },
  'include-confidential': { type: 'boolean' },
} as const;

export async function runShow(argv: string[], context: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs('show', argv, OPTIONS);
  const [id, ...extra] = positionals;
  if (id === undefined || extra.length > 0) throw new UsageError('progress/show-needs-id');
  const format = parseFormat(values.format, ['text', 'json']);
  const view = openProgress(context, values.today);
  if (!view) return EXIT.problems;
  const document = findDocument(view, id);
  if (!document) {
    const hint = closestMatch(id, [...view.source.model.repository.byId.keys()]);
    context.err(
      view.t(hint === undefined ? 'progress/unknown-id' : 'progress/unknown-id-hint', {
        value: id,
        hint: hint ?? '',
      }),
    );
    return EXIT.problems;
  }
  const progress = evaluateProgress(document, view.source.model, view.today);
  const signoff = await readSignoffStatusQuietly(context.root, document.id);
  if (format === 'json')
    context.out(
      JSON.stringify(
        {
          ...assembleShowJson(document, progress, view, values['include-confidential'] === true),
          signoff: signoff ? signoffJson(signoff) : null,
        },
        null,
        2,
      ),
    );
  else {
    for (const line of renderShowText(document, progress, view)) context.out(line);
    const line = signoff ? renderSignoffLine(document.id, signoff, view) : '';
    if (line) context.out(line);
  }
  return EXIT.ok;
}

/** Exact ID first; `req-0012` is forgiven as `REQ-0012`. */
function findDocument(view: View, id: string): LoadedDocument | undefined {
  const { byId } = view.source.model.repository;
  return byId.get(id) ?? byId.get(id.toUpperCase());
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

function assembleShowJson(
  document: LoadedDocument,
  progress: Progress,
  view: View,
  includeConfidential: boolean,
): Record<string, unknown> {
  const { model } = view.source;
  const data = includeConfidential
    ? document.data
    : omitConfidential(document.data, view.source.schemaOf(document.kind), view.source.resolveRef);
  return {
    today: view.today,
    progress: progressFields(progress, view),
    next_states: evaluateNextStates(document, model.repository),
    ...kindJson(document, view, includeConfidential),
    data,
  };
}

function kindJson(
  document: LoadedDocument,
  view: View,
  includeConfidential: boolean,
): Record<string, unknown> {
  const { model } = view.source;
  switch (document.kind) {
    case 'requirement':
      return { links: model.links.ofRequirement(document.id) };
    case 'change':
    case 'release':
      return {
        requirements: memberProgress(stringsAt(document.data, 'requirements'), view).map((item) =>
          progressFields(item, view),
        ),
      };
    case 'customer': {
      const overview = evaluateCustomerOverview(document.id, model, view.today);
      const review = evaluateTierReview(document, model.repository.config, view.today);
      const hidden = includeConfidential ? new Set<string>() : confidentialTierFields(view);
      return {
        open_requirements: overview.openRequirements,
        requirements: overview.requirements.map((item) => progressFields(item, view)),
        records: overview.records.map((record) => record.id),
        tier_review: assembleTierRow(review, hidden),
      };
    }
    default:
      return {};
  }
}
