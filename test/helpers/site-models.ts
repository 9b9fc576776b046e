/** The site model of a repository for several audiences, as the site build loads it. */
import { loadSiteModel, type SiteModel } from '../../src/app/site-model.ts';

export async function loadSiteModels(
  root: string,
  audiences: readonly string[],
): Promise<Map<string, SiteModel>> {
  const models = new Map<string, SiteModel>();
  for (const audience of audiences) {
    const result = await loadSiteModel({ root, audience, today: '2026-11-28' });
    if (!result.ok) throw new Error(result.message);
    models.set(audience, result.model);
  }
  return models;
}
