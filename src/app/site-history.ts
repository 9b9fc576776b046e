/**
 * What the status site reads from git beside the content: every document's revision record and
 * sign-offs (one log pass, see readDocumentRecords), each customer's tier after every commit that
 * set it, and each release's requirements as stored at its baseline (a tag or commit) or, without
 * one, on the day it was released or frozen. Stored versions come from one `git cat-file --batch`.
 */
import { openGitHistory } from '../adapters/git-history.ts';
import type { DocumentHistory } from '../core/history.ts';
import type { ProgressSource } from '../core/progress.ts';
import { stringAt, stringsAt } from '../core/repository.ts';
import type { TierValue } from '../core/site/customer-types.ts';
import type { DocumentHistoryInput } from '../core/site/document.ts';
import { assembleHistoryInput } from '../core/site/history.ts';
import type { ReleaseVersions } from '../core/site/releases.ts';
import { parseTierValue, touchesTier } from '../core/site/tier-history.ts';
import type { GitHistory } from '../core/ports/git-history.ts';
import { readDocumentRecords, type DocumentRecords } from './document-records.ts';
import { GitHistoryError } from './revision-records.ts';

export interface SiteHistory {
  records: Map<string, DocumentHistoryInput>;
  releaseVersions: Map<string, ReleaseVersions>;
}

/** Undefined outside a git repository (a downloaded copy still builds, saying it has no history). */
export async function readSiteHistory(
  root: string,
  source: ProgressSource,
  git: GitHistory = openGitHistory(root),
): Promise<SiteHistory | undefined> {
  let records: DocumentRecords;
  try {
    records = await readDocumentRecords(root, { git });
  } catch (error) {
    if (error instanceof GitHistoryError) return undefined;
    throw error;
  }
  const tiers = await readTierValues(git, source, records);
  const inputs = new Map<string, DocumentHistoryInput>();
  for (const document of source.model.repository.documents) {
    const record = records.byId.get(document.id);
    if (!record) continue;
    const input = assembleHistoryInput(document.kind, record, source);
    const tiersOf = tiers.get(record.history);
    inputs.set(document.id, tiersOf ? { ...input, tiers: tiersOf } : input);
  }
  return { records: inputs, releaseVersions: await readReleaseVersions(git, source, records) };
}

/** Per customer history: the tier after each commit that created the file or changed a tier field. */
async function readTierValues(
  git: GitHistory,
  source: ProgressSource,
  records: DocumentRecords,
): Promise<Map<DocumentHistory, Map<string, TierValue>>> {
  const histories = source.model.repository
    .ofKind('customer')
    .flatMap((customer) => records.byId.get(customer.id)?.history ?? []);
  const wanted = histories.flatMap((history) =>
    history.revisions.filter((revision) => revision.blob && touchesTier(revision)),
  );
  const objects = await git.readObjects(wanted.flatMap((revision) => revision.blob ?? []));
  const result = new Map<DocumentHistory, Map<string, TierValue>>();
  for (const history of histories) {
    const values = new Map<string, TierValue>();
    for (const revision of history.revisions) {
      const bytes = revision.blob ? objects.get(revision.blob) : undefined;
      const value = bytes && touchesTier(revision) ? parseTierValue(bytes) : undefined;
      if (value) values.set(revision.commit, value);
    }
    result.set(history, values);
  }
  return result;
}

interface ReleasePlan {
  id: string;
  basis: ReleaseVersions['basis'];
  /** Object name (`COMMIT:path` or a blob ID) per requirement ID. */
  names: Map<string, string>;
}

async function readReleaseVersions(
  git: GitHistory,
  source: ProgressSource,
  records: DocumentRecords,
): Promise<Map<string, ReleaseVersions>> {
  const plans: ReleasePlan[] = [];
  for (const release of source.model.repository.ofKind('release'))
    plans.push(await planRelease(git, source, records, release.id));
  const objects = await git.readObjects(plans.flatMap((plan) => [...plan.names.values()]));
  return new Map(
    plans.map((plan) => {
      const documents = new Map<string, Uint8Array>();
      for (const [id, name] of plan.names) {
        const bytes = objects.get(name);
        if (bytes) documents.set(id, bytes);
      }
      return [plan.id, { basis: plan.basis, documents }];
    }),
  );
}

/**
 * Which stored version of each requirement a release is compared by: its baseline's file when
 * the baseline names a commit; else the last version on or before the day it was released (or
 * frozen); else none (a planned release is compared by the current texts).
 */
async function planRelease(
  git: GitHistory,
  source: ProgressSource,
  records: DocumentRecords,
  id: string,
): Promise<ReleasePlan> {
  const { byId } = source.model.repository;
  const data = byId.get(id)?.data ?? {};
  const requirements = stringsAt(data, 'requirements');
  const baseline = stringAt(data, 'baseline');
  const commit = baseline ? await git.resolveCommit(baseline) : undefined;
  if (baseline && commit) {
    const names = new Map<string, string>();
    for (const requirement of requirements) {
      const path = byId.get(requirement)?.path;
      if (path) names.set(requirement, `${commit}:${path}`);
    }
    return { id, basis: { kind: 'baseline', baseline, commit }, names };
  }
  const unresolved = baseline ? { unresolved: baseline } : {};
  const status = stringAt(data, 'status');
  const date =
    stringAt(data, 'released_on') ??
    (status === 'frozen' || status === 'released' ? stringAt(data, 'stage_since') : undefined);
  if (!date) return { id, basis: { kind: 'current', ...unresolved }, names: new Map() };
  const names = new Map<string, string>();
  for (const requirement of requirements) {
    const blob = lastBlobOn(records.byId.get(requirement)?.history, date);
    if (blob) names.set(requirement, blob);
  }
  return { id, basis: { kind: 'date', date, ...unresolved }, names };
}

/** The document's stored version at the end of `date` (`YYYY-MM-DD`), if it existed then. */
function lastBlobOn(history: DocumentHistory | undefined, date: string): string | undefined {
  const revisions = history?.revisions.filter((revision) => revision.date.slice(0, 10) <= date);
  return revisions?.at(-1)?.blob;
}
