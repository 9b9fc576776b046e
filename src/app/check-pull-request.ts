/**
 * `docket pr-check` and the GitHub gate: may this pull request merge? The policy, people,
 * workflows and schemas come from the base branch's tip, never from the head; the head is
 * validated with them; the changes are judged between the merge base and the head; each approval
 * counts only where the files it covers are unchanged since the reviewed commit. Returns a
 * data-only result; nothing here prints or exits.
 */
import { readDocumentCache, type DocumentCacheFile } from '../adapters/document-cache-file.ts';
import type { BlobReader } from '../adapters/git-blobs.ts';
import {
  createSharedBlobReader,
  findCommit,
  findMergeBase,
  openCommit,
  resolveCommit,
  type OpenedCommit,
} from '../adapters/git-content.ts';
import { assembleChanges } from '../core/approvals/changes.ts';
import {
  assembleHeadline,
  createErrorCheck,
  evaluateStatus,
  type PullRequestCheck,
} from '../core/approvals/check-result.ts';
import { viewConfidential } from '../core/approvals/confidential.ts';
import { evaluateApprovals } from '../core/approvals/evaluate.ts';
import { assembleImpact, type KnownSignOff } from '../core/approvals/impact.ts';
import type { Review } from '../core/approvals/reviews.ts';
import { indexSnapshot } from '../core/approvals/snapshot.ts';
import type { Subject } from '../core/approvals/subject.ts';
import { SCHEMA_OF, type DocumentKind } from '../core/layout.ts';
import type { Lang } from '../core/messages.ts';
import { ContentSourceError } from '../core/ports/content-source.ts';
import { createRefResolver } from '../core/schema-walk.ts';
import type { SchemaSet } from '../core/schema-set.ts';
import { checkRepository } from './check-repository.ts';
import { SetupError } from './errors.ts';
import {
  readKnownSignOffs,
  readReviewedFingerprints,
  type ReviewedCommits,
} from './pull-request-snapshots.ts';
import {
  isConfiguration,
  loadSides,
  type Commits,
  type Open,
  type Sides,
} from './pull-request-sides.ts';

export interface CheckPullRequestInput {
  /** A clone holding both commits (the gate fetches the head as git objects only). */
  root: string;
  /** The base branch (its current tip is read), e.g. `origin/main` or a SHA. */
  base: string;
  head: string;
  /** The pull request's author (GitHub login): their own approval never counts. */
  author: string;
  /** The pull request's reviews, checked (parseReviewList for a file, the adapter for the API). */
  reviews: readonly Review[];
  /** Sign-offs known from the records in git, to date "sign-off lapses" warnings. */
  signOffs?: readonly KnownSignOff[];
}

export async function checkPullRequest(input: CheckPullRequestInput): Promise<PullRequestCheck> {
  const refs = { base: input.base, head: input.head, author: input.author };
  // Read while git resolves the commits; it is checked against the base's schemas later.
  const cacheFile = readDocumentCache(input.root);
  cacheFile.catch(() => undefined);
  let commits: Commits;
  try {
    commits = await resolveCommits(input);
  } catch (error) {
    if (error instanceof ContentSourceError && error.failure === 'bad-revision')
      return createErrorCheck({ id: 'check/error-ref', params: { ref: error.path } }, refs);
    throw error;
  }
  // Each commit's tree is listed once, however often it is asked for; one git process reads blobs.
  const opened = new Map<string, Promise<OpenedCommit>>();
  const blobs = createSharedBlobReader(input.root);
  const open: Open = (commit) => {
    let opening = opened.get(commit);
    if (!opening) {
      opening = openCommit(input.root, commit, blobs.get);
      opened.set(commit, opening);
    }
    return opening;
  };
  try {
    return await judge(input, commits, { open, blobs: blobs.get }, cacheFile);
  } catch (error) {
    // The base's schemas are missing or broken: its policy cannot be read, so nothing passes.
    if (!(error instanceof SetupError)) throw error;
    const path = String(error.params['files'] ?? error.params['path'] ?? 'schemas/');
    return createErrorCheck(
      { id: 'check/error-base-config', params: { ref: input.base, path } },
      refs,
    );
  } finally {
    await blobs.close();
  }
}

/** Both commits and their merge base, asked of git side by side. */
async function resolveCommits(input: CheckPullRequestInput): Promise<Commits> {
  const [baseResolved, headResolved, mergeBaseFound] = await Promise.allSettled([
    resolveCommit(input.root, input.base),
    resolveCommit(input.root, input.head),
    findMergeBase(input.root, input.base, input.head),
  ]);
  // Both unknown: name the base first, as a person reads the command line.
  if (baseResolved.status === 'rejected') throw baseResolved.reason;
  if (headResolved.status === 'rejected') throw headResolved.reason;
  const mergeBase = mergeBaseFound.status === 'fulfilled' ? mergeBaseFound.value : undefined;
  if (!mergeBase)
    throw new ContentSourceError('bad-revision', input.head, 'no common history with the base');
  return { base: baseResolved.value, head: headResolved.value, mergeBase };
}

async function judge(
  input: CheckPullRequestInput,
  commits: Commits,
  { open, blobs }: Repository,
  cacheFile: Promise<DocumentCacheFile>,
): Promise<PullRequestCheck> {
  const refs = { base: commits.base, head: commits.head, author: input.author };
  const sides = await loadSides(commits, open, cacheFile);
  if (!('config' in sides)) {
    const path = sides.problems[0]?.path ?? sides.dataIssues[0]?.path ?? 'content/config/';
    return createErrorCheck(
      { id: 'check/error-base-config', params: { ref: input.base, path } },
      refs,
    );
  }
  const { config, head } = sides;
  const changes = assembleChanges({
    before: sides.before.snapshot,
    after: head.snapshot,
    baseTipIds: sides.baseIds,
    baseTipCustomers: sides.baseCustomers,
    workflows: config.workflows,
    confidentialView: confidentialViewer(sides.schemas),
  });
  const outcome = await evaluateReviews(input, sides, changes.subjects, input.reviews, {
    treeOf: reviewedTrees(input.root, commits.head, open),
    blobs,
  });
  const problems = [
    ...sides.headCheck.problems,
    ...changes.problems,
    ...(await sides.headCheck.locate([...changes.issues, ...outcome.issues])),
    ...(await checkChangedConfiguration(changes.subjects, open, commits.head)),
  ];
  const impact = assembleImpact({
    head: indexSnapshot(head.snapshot),
    subjects: changes.subjects,
    results: outcome.evaluation.subjects,
    policy: config.approvals,
    signOffs: input.signOffs ?? (await readKnownSignOffs(sides.baseTree, sides.schemas, blobs)),
  });
  const { evaluation } = outcome;
  const status = evaluateStatus(problems, evaluation);
  const headline = assembleHeadline(problems, evaluation);
  return { status, headline, ...refs, mergeBase: commits.mergeBase, problems, evaluation, impact };
}

/** The commits of a check and the one git process that reads their blobs. */
interface Repository {
  open: Open;
  blobs: () => BlobReader;
}

/** A reviewed commit's tree; undefined when it is gone (force-pushed away). The head exists. */
function reviewedTrees(root: string, head: string, open: Open) {
  return async (commit: string) => {
    const found = commit === head ? commit : await findCommit(root, commit);
    return found === undefined ? undefined : (await open(found)).tree;
  };
}

async function evaluateReviews(
  input: CheckPullRequestInput,
  sides: Sides,
  subjects: readonly Subject[],
  reviews: readonly Review[],
  commitsRead: ReviewedCommits,
) {
  const approved = reviews.flatMap((r) =>
    r.state === 'APPROVED' && r.commit_id ? [r.commit_id] : [],
  );
  const paths = subjects.flatMap((subject) => subject.paths);
  const at = await readReviewedFingerprints(approved, paths, sides.head, commitsRead);
  return evaluateApprovals({
    policy: sides.config.approvals,
    people: sides.config.people,
    tiers: sides.config.tiers,
    author: input.author,
    reviews,
    subjects,
    fingerprints: { head: sides.head.snapshot.files, at },
    roleLabels: roleLabels(sides.schemas),
  });
}

/** The head's own configuration and schemas, when the pull request changes them (they become the base's once merged). */
async function checkChangedConfiguration(
  subjects: Parameters<typeof assembleImpact>[0]['subjects'],
  open: Open,
  head: string,
) {
  if (!subjects.some((subject) => subject.paths.some(isConfiguration))) return [];
  try {
    const own = await checkRepository((await open(head)).source);
    return own.problems.filter((problem) => isConfiguration(problem.path));
  } catch (error) {
    if (error instanceof ContentSourceError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        path: 'schemas/',
        line: 1,
        col: 1,
        severity: 'error' as const,
        rule: 'setup/schema-invalid',
        message: 'setup/schema-invalid',
        params: { path: 'schemas/', reason },
      },
    ];
  }
}

function confidentialViewer(schemas: SchemaSet) {
  const resolve = createRefResolver((file) => schemas.schemaFor(file));
  return (kind: DocumentKind, data: Readonly<Record<string, unknown>>) =>
    viewConfidential(data, schemas.schemaFor(SCHEMA_OF[kind]), resolve);
}

function roleLabels(schemas: SchemaSet): Readonly<Record<string, Readonly<Record<Lang, string>>>> {
  const defs = schemas.schemaFor('common.schema.json')['$defs'] as
    Record<string, Record<string, unknown>> | undefined;
  return (defs?.['role']?.['x-enum-labels'] ?? {}) as Readonly<
    Record<string, Readonly<Record<Lang, string>>>
  >;
}
