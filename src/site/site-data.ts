/**
 * The model for this build, loaded once and shared by every page (Astro renders all pages in one
 * process): indexes by ID and kind, and each body rendered to HTML once for both languages.
 */
import { renderMarkdown } from '../core/markdown.ts';
import type { ReleaseDiff, SiteCustomer } from '../core/site/customer-types.ts';
import type { SiteModel } from '../core/site/page-types.ts';
import type { SiteDocument } from '../core/site/types.ts';
import { SITE_SETTINGS } from './settings.ts';
import { loadSiteModel } from '../app/site-model.ts';
import { ALL_MESSAGES } from '../core/catalogue.ts';
import { formatMessage } from '../core/messages.ts';

import { pageSectionOf, SECTION_OF } from '../core/site/sections.ts';

export { pageSectionOf, SECTION_OF };

export interface SiteData {
  model: SiteModel;
  byId: ReadonlyMap<string, SiteDocument>;
  ofKind(kind: string): readonly SiteDocument[];
  /** A customer page's tier history, timeline and satisfaction; a release's redline. */
  customerOf(id: string): SiteCustomer | undefined;
  releaseDiffOf(id: string): ReleaseDiff | undefined;
  bodyHtml(document: SiteDocument): string;
}

/**
 * Loaded once per build, before any page renders (top-level await: every page and helper can
 * then read it synchronously). A model that cannot be built stops the build with its reason.
 */
const loaded = await loadSiteModel({ root: SITE_SETTINGS.root, audience: SITE_SETTINGS.audience });
if (!loaded.ok) throw new Error(formatMessage(ALL_MESSAGES, loaded.message, loaded.params, 'en'));
const data: SiteData = indexModel(loaded.model);

export function getSiteData(): SiteData {
  return data;
}

function indexModel(model: SiteModel): SiteData {
  const byId = new Map(model.documents.map((document) => [document.id, document]));
  const byKind = new Map<string, SiteDocument[]>();
  for (const document of model.documents) {
    const list = byKind.get(document.kind) ?? [];
    list.push(document);
    byKind.set(document.kind, list);
  }
  const rendered = new Map<string, string>();
  const customers = new Map(model.customers.map((customer) => [customer.id, customer]));
  const diffs = new Map(model.releaseDiffs.map((diff) => [diff.to, diff]));
  return {
    model,
    byId,
    ofKind: (kind) => byKind.get(kind) ?? [],
    customerOf: (id) => customers.get(id),
    releaseDiffOf: (id) => diffs.get(id),
    bodyHtml(document) {
      let html = rendered.get(document.id);
      if (html === undefined) rendered.set(document.id, (html = renderMarkdown(document.body)));
      return html;
    },
  };
}

/** The site path of a document's page (`requirements/REQ-0001/`). */
export function documentPath(document: Pick<SiteDocument, 'id' | 'kind'>): string {
  // A record's ID (CUS-005/visits/2026-07-30-…) puts its page under its customer's.
  return `${pageSectionOf(document.kind) ?? document.kind}/${document.id}/`;
}
