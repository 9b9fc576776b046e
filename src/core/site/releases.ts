/**
 * Release pages: each release's requirement set, and a redline of one release's requirements
 * against another's (added, removed, kept) computed with the `diff` library over the sorted IDs.
 */
import { diffArrays } from 'diff';
import { stringAt, stringsAt } from '../repository.ts';
import type { SiteContext } from './context.ts';
import type {
  DocumentRef,
  ReleaseDiff,
  ReleaseDiffLine,
  SiteDocument,
  SiteRelease,
} from './types.ts';

export function assembleReleases(
  documents: readonly SiteDocument[],
  context: SiteContext,
): SiteRelease[] {
  const { byId } = context.source.model.repository;
  return documents
    .filter((document) => document.kind === 'release')
    .map((release) => {
      const data = byId.get(release.id)?.data ?? {};
      const version = stringAt(data, 'version');
      const plannedOn = stringAt(data, 'planned_on');
      const releasedOn = stringAt(data, 'released_on');
      return {
        id: release.id,
        title: release.title,
        ...(version ? { version } : {}),
        ...(release.state ? { state: release.state } : {}),
        ...(plannedOn ? { plannedOn } : {}),
        ...(releasedOn ? { releasedOn } : {}),
        requirements: stringsAt(data, 'requirements').flatMap((id) => {
          const ref = context.refOf(id);
          return ref ? [ref] : [];
        }),
      };
    })
    .sort(compareReleases);
}

/** Oldest first: by planned (or released) date, then version, then ID. */
function compareReleases(a: SiteRelease, b: SiteRelease): number {
  const day = (release: SiteRelease) => release.releasedOn ?? release.plannedOn ?? '';
  return (
    day(a).localeCompare(day(b)) ||
    (a.version ?? '').localeCompare(b.version ?? '', 'en', { numeric: true }) ||
    a.id.localeCompare(b.id)
  );
}

/** The requirement set of `to` against `from`, line by line in ID order. */
export function diffReleases(from: SiteRelease, to: SiteRelease): ReleaseDiff {
  const titles = new Map<string, DocumentRef>(
    [...from.requirements, ...to.requirements].map((ref) => [ref.id, ref]),
  );
  const ids = (release: SiteRelease) => release.requirements.map((ref) => ref.id).sort();
  const lines: ReleaseDiffLine[] = diffArrays(ids(from), ids(to)).flatMap((part) =>
    part.value.map((id) => ({
      op: part.added ? ('added' as const) : part.removed ? ('removed' as const) : ('kept' as const),
      id,
      title: titles.get(id)?.title ?? id,
    })),
  );
  return {
    from: from.id,
    to: to.id,
    lines,
    added: lines.filter((line) => line.op === 'added').length,
    removed: lines.filter((line) => line.op === 'removed').length,
  };
}

/** Each release against the one before it. */
export function diffConsecutiveReleases(releases: readonly SiteRelease[]): ReleaseDiff[] {
  return releases.slice(1).flatMap((release, index) => {
    const previous = releases[index];
    return previous ? [diffReleases(previous, release)] : [];
  });
}
