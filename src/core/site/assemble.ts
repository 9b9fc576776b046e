/**
 * The whole site model for one audience, from the loaded repository: the visible documents with
 * their links both ways, then dashboards, customers, releases, traceability and reports built
 * from those (so nothing hidden can be counted in), and last one pass that masks every hidden
 * customer's names and every hidden document's ID and title wherever free text mentions them,
 * and one that withholds a text still spelling one in disguise (leak-guard.ts).
 */
import { collectConfidentialValues, type Audience } from '../audience.ts';
import { KIND_LABELS } from '../layout.ts';
import type { ProgressSource } from '../progress.ts';
import { collectChangeDates, createSiteContext } from './context.ts';
import { assembleCustomers } from './customers.ts';
import { assembleDashboard } from './dashboard.ts';
import { assembleBacklinks, assembleDocument, type DocumentHistoryInput } from './document.ts';
import { createGuardedMasker } from './leak-guard.ts';
import { maskData } from './mask.ts';
import { assembleReleases, diffConsecutiveReleases, type ReleaseVersions } from './releases.ts';
import { assembleReports } from './reports.ts';
import { assembleTraceability } from './traceability.ts';
import type { SiteModel } from './page-types.ts';
import type { HistorySource } from './types.ts';
import { evaluateAudience } from './visibility.ts';

export interface SiteModelInput {
  source: ProgressSource;
  audience: Audience;
  today: string;
  commit?: string;
  history: HistorySource;
  /** Revision records and sign-offs by document ID (when `history` is `git`). */
  records?: ReadonlyMap<string, DocumentHistoryInput>;
  /** Each release's requirements as stored at its baseline or release date (from git). */
  releaseVersions?: ReadonlyMap<string, ReleaseVersions>;
}

export function assembleSiteModel(input: SiteModelInput): SiteModel {
  const { source, audience, today } = input;
  const { repository } = source.model;
  const visibility = evaluateAudience(audience, repository);
  const changeDates = collectChangeDates(input.records ?? []);
  const context = createSiteContext({ source, today, audience, visibility, changeDates });
  const documents = assembleBacklinks(
    repository.documents
      .filter((document) => visibility.documents.has(document.id))
      .filter((document) => repository.byId.get(document.id) === document)
      .map((document) =>
        assembleDocument(document, context, input.history, input.records?.get(document.id)),
      ),
    context,
  );
  const { releases, texts } = assembleReleases(documents, context, input.releaseVersions);
  const model: SiteModel = {
    audience: audience.name,
    audienceInfo: {
      name: audience.name,
      label: audience.policy.label,
      ...(audience.customer ? { customer: audience.customer } : {}),
      confidentialValues: audience.policy.confidential_values,
    },
    today,
    organisation: repository.config.settings.organisation,
    ...(input.commit ? { commit: input.commit } : {}),
    documents,
    kindLabels: KIND_LABELS,
    dashboard: assembleDashboard(documents, context),
    customers: assembleCustomers(documents, context, input.records),
    releases,
    releaseDiffs: diffConsecutiveReleases(releases, texts),
    traceability: assembleTraceability(documents, releases, context),
    reports: assembleReports(documents, context),
  };
  const words = hiddenWords(input, visibility.hiddenTerms);
  return words.length === 0 ? model : maskData(model, createGuardedMasker(words));
}

/** Hidden names and IDs, and for an audience without confidential values: every such value. */
function hiddenWords(input: SiteModelInput, hiddenTerms: readonly string[]): string[] {
  if (input.audience.policy.confidential_values) return [...hiddenTerms];
  const { source } = input;
  const values = source.model.repository.documents.flatMap((document) =>
    collectConfidentialValues(document.data, source.schemaOf(document.kind), source.resolveRef),
  );
  return [...hiddenTerms, ...values];
}
