/**
 * Wiring for `docket list` and `docket show`: load the repository, index its reverse links and
 * hand out schema labels. Undefined when the configuration is broken (then `docket validate`
 * says why); documents with problems are still shown as far as their data allows.
 */
import { SCHEMA_OF, type DocumentKind } from '../core/layout.ts';
import { indexLinks, type EnumLabels, type ProgressSource } from '../core/progress.ts';
import { createRefResolver } from '../core/schema-walk.ts';
import { statusLabels } from '../core/summary.ts';
import type { ContentSource } from '../core/ports/content-source.ts';
import { loadRepository } from './load-repository.ts';

export type { ProgressSource };

export async function getProgressSource(
  source: ContentSource,
): Promise<ProgressSource | undefined> {
  const load = await loadRepository(source);
  const repository = load.repository;
  if (!repository) return undefined;
  const schemaOf = (kind: DocumentKind) => load.schemas.schemaFor(SCHEMA_OF[kind]);
  const labels = new Map<DocumentKind, EnumLabels>();
  const labelsOf = (kind: DocumentKind): EnumLabels => {
    const cached = labels.get(kind) ?? statusLabels(schemaOf(kind)).labels;
    labels.set(kind, cached);
    return cached;
  };
  return {
    model: { repository, links: indexLinks(repository), statusLabels: labelsOf },
    schemaOf,
    schemaFor: (file) => load.schemas.schemaFor(file),
    resolveRef: createRefResolver((file) => load.schemas.schemaFor(file)),
  };
}
