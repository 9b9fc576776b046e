/**
 * The show use case: find one document by ID and assemble what `docket show --format json`
 * (and the site) reads about it — progress, next states, links, members, the tier review —
 * with the data redacted for the audience.
 */
import { redactFor, type Audience } from '../core/audience.ts';
import { evaluateNextStates, evaluateProgress } from '../core/progress.ts';
import { evaluateCustomerOverview } from '../core/progress-query.ts';
import { memberProgress, progressFields } from '../core/progress-view/list-rows.ts';
import { assembleTierRow, hiddenTierFields } from '../core/progress-view/tier-review-rows.ts';
import type { View } from '../core/progress-view/view.ts';
import { stringsAt, type LoadedDocument } from '../core/repository.ts';
import { closestMatch } from '../core/text.ts';
import { evaluateTierReview } from '../core/tier-review.ts';

export type FoundDocument = { ok: true; document: LoadedDocument } | { ok: false; hint?: string };

/** Exact ID first; `req-0012` is forgiven as `REQ-0012`; otherwise the closest ID as a hint. */
export function findDocument(view: View, id: string): FoundDocument {
  const { byId } = view.source.model.repository;
  const document = byId.get(id) ?? byId.get(id.toUpperCase());
  if (document) return { ok: true, document };
  const hint = closestMatch(id, [...byId.keys()]);
  return hint === undefined ? { ok: false } : { ok: false, hint };
}

export function assembleShowJson(
  document: LoadedDocument,
  view: View,
  audience: Audience,
): Record<string, unknown> {
  const { model } = view.source;
  const progress = evaluateProgress(document, model, view.today);
  return {
    today: view.today,
    progress: progressFields(progress, view),
    next_states: evaluateNextStates(document, model.repository),
    ...kindJson(document, view, audience),
    data: redactFor(
      audience,
      document.data,
      view.source.schemaOf(document.kind),
      view.source.resolveRef,
    ),
  };
}

function kindJson(
  document: LoadedDocument,
  view: View,
  audience: Audience,
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
      return {
        open_requirements: overview.openRequirements,
        requirements: overview.requirements.map((item) => progressFields(item, view)),
        records: overview.records.map((record) => record.id),
        tier_review: assembleTierRow(review, hiddenTierFields(audience, view)),
      };
    }
    default:
      return {};
  }
}
