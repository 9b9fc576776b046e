/**
 * Release pages: each release's requirement set, and a redline of one release's requirements
 * against another's: added, removed, changed (the texts differ) and kept, computed with the `diff`
 * library over the sorted IDs. Each release's texts are its requirements as they were at its
 * basis (see ReleaseBasis), read by the caller from git; missing ones come from the current file.
 */
import { diffArrays } from 'diff';
import { redactFor } from '../audience.ts';
import { decodeDocumentBytes } from '../decode.ts';
import { parseDocumentText } from '../parse.ts';
import { stringAt, stringsAt } from '../repository.ts';
import { joinCjkLines, joinCjkText } from '../text/cjk.ts';
import type { SiteContext } from './context.ts';
import type { ReleaseBasis, ReleaseDiff, ReleaseDiffLine, SiteRelease } from './customer-types.ts';
import type { DocumentRef, SiteDocument } from './types.ts';
import { MASK } from './mask.ts';
import { isRequirementVisible } from './visibility.ts';

/** Stored versions of a release's requirements at its basis (from git), by requirement ID. */
export interface ReleaseVersions {
  basis: Omit<ReleaseBasis, 'current'>;
  documents: ReadonlyMap<string, Uint8Array>;
}

/**
 * What a redline compares of a requirement: its head (title and acceptance criteria) and body.
 * An added or removed requirement is shown by its head; a changed one by all of it.
 */
export interface RequirementText {
  head: string;
  body: string;
}

/** Each release's requirement texts, by release ID and then requirement ID. */
export type ReleaseTexts = ReadonlyMap<string, ReadonlyMap<string, RequirementText>>;

export function assembleReleases(
  documents: readonly SiteDocument[],
  context: SiteContext,
  versions?: ReadonlyMap<string, ReleaseVersions>,
): { releases: SiteRelease[]; texts: ReleaseTexts } {
  const { byId } = context.source.model.repository;
  const texts = new Map<string, Map<string, RequirementText>>();
  const releases = documents
    .filter((document) => document.kind === 'release')
    .map((release): SiteRelease => {
      const data = byId.get(release.id)?.data ?? {};
      const requirements = stringsAt(data, 'requirements').flatMap((id) => {
        const ref = context.refOf(id);
        return ref ? [ref] : [];
      });
      const read = readTexts(requirements, versions?.get(release.id), context);
      texts.set(release.id, read.texts);
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
        requirements,
        basis: read.basis,
      };
    })
    .sort(compareReleases);
  return { releases, texts };
}

function readTexts(
  requirements: readonly DocumentRef[],
  versions: ReleaseVersions | undefined,
  context: SiteContext,
): { texts: Map<string, RequirementText>; basis: ReleaseBasis } {
  const texts = new Map<string, RequirementText>();
  const current: string[] = [];
  for (const { id } of requirements) {
    const stored = versions?.documents.get(id);
    const text = stored ? storedText(stored, context) : undefined;
    if (text !== undefined) texts.set(id, text);
    else {
      const loaded = context.source.model.repository.byId.get(id);
      if (loaded) texts.set(id, requirementText(loaded.data, loaded.parsed.body, context));
      if (versions && versions.basis.kind !== 'current') current.push(id);
    }
  }
  return { texts, basis: { ...(versions?.basis ?? { kind: 'current' }), current } };
}

function storedText(bytes: Uint8Array, context: SiteContext): RequirementText | undefined {
  const decoded = decodeDocumentBytes(bytes);
  const parsed = decoded.ok ? parseDocumentText(decoded.text) : undefined;
  if (!parsed?.ok) return undefined;
  const { data, body } = parsed.doc;
  // A version the audience could not have read then (机密 at the time, say) is not shown now.
  if (!isRequirementVisible(data, context.audience, context.visibility.customers)) return WITHHELD;
  return requirementText(data, body, context);
}

/** The text of an older version the audience may not read: the redline says only that it differs. */
const WITHHELD: RequirementText = { head: MASK, body: '' };

/** The title, each acceptance criterion and the body, redacted like the requirement's page. */
export function requirementText(
  data: Readonly<Record<string, unknown>>,
  body: string,
  context: SiteContext,
): RequirementText {
  const { source, audience } = context;
  const visible = redactFor(audience, data, source.schemaOf('requirement'), source.resolveRef);
  const fields = (visible ?? {}) as Record<string, unknown>;
  const criteria = Array.isArray(fields['acceptance_criteria'])
    ? (fields['acceptance_criteria'] as unknown[]).flatMap((item) => {
        const record = (item ?? {}) as Record<string, unknown>;
        const text = stringAt(record, 'text');
        return text ? [`${stringAt(record, 'id') ?? '-'} ${joinCjkText(text)}`] : [];
      })
    : [];
  const title = stringAt(fields, 'title') ?? '';
  const head = [title, criteria.join('\n')].filter((part) => part !== '').join('\n\n');
  return { head, body: joinCjkLines(body).trim() };
}

function fullText(text: RequirementText): string {
  return text.body === '' ? text.head : `${text.head}\n\n${text.body}`;
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

/** The requirements of `to` against `from`, line by line in ID order, with texts where known. */
export function diffReleases(
  from: SiteRelease,
  to: SiteRelease,
  texts: ReleaseTexts = new Map(),
): ReleaseDiff {
  const titles = new Map<string, DocumentRef>(
    [...from.requirements, ...to.requirements].map((ref) => [ref.id, ref]),
  );
  const before = texts.get(from.id);
  const after = texts.get(to.id);
  const ids = (release: SiteRelease) => release.requirements.map((ref) => ref.id).sort();
  const lines: ReleaseDiffLine[] = diffArrays(ids(from), ids(to)).flatMap((part) =>
    part.value.map((id) => {
      const old = part.added ? undefined : before?.get(id);
      const now = part.removed ? undefined : after?.get(id);
      const op = part.added
        ? ('added' as const)
        : part.removed
          ? ('removed' as const)
          : old && now && fullText(old) !== fullText(now)
            ? ('changed' as const)
            : ('kept' as const);
      return { op, id, title: titles.get(id)?.title ?? id, ...shownTexts(op, old, now) };
    }),
  );
  const count = (op: ReleaseDiffLine['op']) => lines.filter((line) => line.op === op).length;
  return {
    from: from.id,
    to: to.id,
    lines,
    added: count('added'),
    removed: count('removed'),
    changed: count('changed'),
  };
}

/** Kept requirements carry no text (the page lists them by title); added and removed ones their head. */
function shownTexts(
  op: ReleaseDiffLine['op'],
  old: RequirementText | undefined,
  now: RequirementText | undefined,
): Pick<ReleaseDiffLine, 'before' | 'after'> {
  if (op === 'changed' && old && now) return { before: fullText(old), after: fullText(now) };
  if (op === 'added' && now) return { after: now.head };
  if (op === 'removed' && old) return { before: old.head };
  return {};
}

/** Each release against the one before it. */
export function diffConsecutiveReleases(
  releases: readonly SiteRelease[],
  texts?: ReleaseTexts,
): ReleaseDiff[] {
  return releases.slice(1).flatMap((release, index) => {
    const previous = releases[index];
    return previous ? [diffReleases(previous, release, texts)] : [];
  });
}
