/**
 * The approval check of a pull request, pure: the base's policy and people, the reviews, what
 * changed, and the fingerprints of the changed files at each reviewed commit go in; per changed
 * document the rules that apply, who approved, who still must, and why, come out.
 */
import type { ApprovalPolicy, Person, Role, TierConfig } from '../config.ts';
import type { Requirement } from '../generated/config-types.ts';
import type { Lang } from '../messages.ts';
import type { DocumentIssue } from '../repository.ts';
import { evaluateCondition } from './conditions.ts';
import { evaluateOfflineSignature, type PaperSignOff } from './offline.ts';
import { evaluateRanks, indexPeople, type PeopleIndex } from './people.ts';
import { expandRequirement, matchNeeds, type Candidate, type Need } from './requirements.ts';
import type {
  ApprovalEvaluation,
  Approver,
  NeedResult,
  ReportedDocument,
  SubjectResult,
} from './result.ts';
import { tallyReviews, type CountedReview, type Review, type ReviewTally } from './reviews.ts';
import { explainReviews, explainSubject, type Labels } from './explain.ts';
import type { Subject } from './subject.ts';

/** Fingerprints of files on the head and at each reviewed commit (absent: the file did not exist). */
export interface Fingerprints {
  head: ReadonlyMap<string, string>;
  /** Keyed by commit SHA; a commit that could not be read is absent, so its approvals are stale. */
  at: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

export interface ApprovalInput {
  policy: ApprovalPolicy;
  people: readonly Person[];
  tiers: TierConfig;
  author: string;
  reviews: readonly Review[];
  subjects: readonly Subject[];
  fingerprints: Fingerprints;
  /** Role names in each language, from the base's people schema. */
  roleLabels: Readonly<Record<string, Readonly<Record<Lang, string>>>>;
}

export interface ApprovalOutcome {
  evaluation: ApprovalEvaluation;
  /** Problems to report at a position (a forged or broken paper sign-off). */
  issues: DocumentIssue[];
}

export function evaluateApprovals(input: ApprovalInput): ApprovalOutcome {
  const people = indexPeople(input.people);
  const tally = tallyReviews(input.reviews, people, input.author);
  const ranks = evaluateRanks(input.policy);
  const labels: Labels = { roles: input.roleLabels };
  const issues: DocumentIssue[] = [];
  const subjects = input.subjects.map((subject) => {
    const judged = judgeSubject(subject, input, people, tally, ranks, labels);
    issues.push(...judged.issues);
    return judged.result;
  });
  const { blocks, notes } = explainReviews(tally, labels);
  return {
    evaluation: {
      satisfied: blocks.length === 0 && subjects.every((subject) => subject.satisfied),
      subjects,
      blocks,
      notes,
      approvals: tally.approvals.map(toApprover),
    },
    issues,
  };
}

function judgeSubject(
  subject: Subject,
  input: ApprovalInput,
  people: PeopleIndex,
  tally: ReviewTally,
  ranks: ReadonlyMap<Role, ReadonlySet<Role>>,
  labels: Labels,
): { result: SubjectResult; issues: DocumentIssue[] } {
  const fresh = tally.approvals.filter((review) => isFresh(subject, review, input.fingerprints));
  const stale = tally.approvals.filter((review) => !fresh.includes(review));
  const offline = evaluateOfflineSignature({
    subject,
    people,
    fresh,
    stale,
    headFiles: new Set(input.fingerprints.head.keys()),
  });
  const rules = input.policy.rules.filter((rule) => evaluateCondition(rule.when, subject));
  const candidates = candidatesFor(fresh, offline.signOff);
  const needs = fillNeeds(
    rules.length > 0 ? rules.map((rule) => rule.requires) : [input.policy.otherwise],
    subject,
    input.tiers,
    candidates,
    ranks,
  );
  const satisfied =
    needs.every((need) => need.filledBy !== undefined) && offline.issues.length === 0;
  const result: SubjectResult = {
    key: subject.key,
    paths: subject.paths,
    ...(subject.fileChange === undefined ? {} : { fileChange: subject.fileChange }),
    ...(subject.document === undefined ? {} : { document: summarizeDocument(subject) }),
    customers: subject.customers,
    rules: rules.map((rule) => ({ id: rule.id, title: rule.title })),
    needs,
    satisfied,
    sentences: [],
  };
  const commitGone = (commit: string | null) =>
    commit === null || !input.fingerprints.at.has(commit);
  result.sentences = explainSubject(result, stale, labels, commitGone);
  return { result, issues: offline.issues };
}

/**
 * Two rules that both ask for the general manager (a new customer file, which also touches its
 * confidential fields) need one general manager, not two: identical places filled the same way
 * are merged, keeping the largest number any one rule asks for.
 */
function mergeNeeds(perRule: readonly NeedResult[][]): NeedResult[] {
  const merged: NeedResult[] = [];
  const keyOf = (need: NeedResult) => JSON.stringify([need.need, need.filledBy?.personId ?? null]);
  for (const needs of perRule) {
    const counts = new Map<string, number>();
    for (const need of needs) {
      const key = keyOf(need);
      const seen = (counts.get(key) ?? 0) + 1;
      counts.set(key, seen);
      if (merged.filter((kept) => keyOf(kept) === key).length < seen) merged.push(need);
    }
  }
  return merged;
}

/** Each rule is met on its own (one person fills one place within a rule, and may serve several rules). */
function fillNeeds(
  requirements: readonly Requirement[],
  subject: Subject,
  tiers: TierConfig,
  candidates: readonly RankedCandidate[],
  ranks: ReadonlyMap<Role, ReadonlySet<Role>>,
): NeedResult[] {
  const perRule = requirements.map((requirement) => {
    const alternatives = expandRequirement(requirement, subject, tiers).map((needs) =>
      needs.map((need) => withoutEmptyOrAbove(need, ranks)),
    );
    const best = bestAlternative(alternatives, candidates, ranks);
    return best.needs.map((need, index): NeedResult => {
      const filler = best.filledBy[index];
      const approver = filler === undefined ? undefined : candidates[filler]?.approver;
      return approver ? { need, filledBy: approver } : { need };
    });
  });
  return mergeNeeds(perRule);
}

type RankedCandidate = Candidate & { approver: Approver };

function candidatesFor(
  fresh: readonly CountedReview[],
  paper: PaperSignOff | undefined,
): RankedCandidate[] {
  const candidates: RankedCandidate[] = fresh.map((review) => ({
    person: review.person,
    via: 'review',
    approver: toApprover(review),
  }));
  if (paper) candidates.push({ person: paper.person, via: 'paper', approver: paper.approver });
  return candidates;
}

/** The alternative with the fewest places left open (the first one on a tie). */
function bestAlternative(
  alternatives: readonly Need[][],
  candidates: readonly Candidate[],
  ranks: ReadonlyMap<Role, ReadonlySet<Role>>,
): { needs: Need[]; filledBy: (number | undefined)[] } {
  let best: { needs: Need[]; filledBy: (number | undefined)[]; open: number } | undefined;
  for (const needs of alternatives) {
    const filledBy = matchNeeds(needs, candidates, ranks);
    const open = filledBy.filter((index) => index === undefined).length;
    if (!best || open < best.open) best = { needs, filledBy, open };
  }
  return best ?? { needs: [], filledBy: [] };
}

/** Fresh: every file the subject covers has the same fingerprint at the reviewed commit as on the head. */
export function isFresh(
  subject: Subject,
  review: CountedReview,
  fingerprints: Fingerprints,
): boolean {
  if (review.commitId === null) return false;
  const reviewed = fingerprints.at.get(review.commitId);
  if (!reviewed) return false;
  return subject.paths.every((path) => reviewed.get(path) === fingerprints.head.get(path));
}

export function toApprover(review: CountedReview): Approver {
  return {
    personId: review.person.id,
    name: review.person.name,
    roles: [...review.person.roles],
    ...(review.person.customer === undefined ? {} : { customer: review.person.customer }),
    via: 'review',
    login: review.login,
    userId: review.userId,
    reviewId: review.reviewId,
    commitId: review.commitId,
    ...(review.submittedAt === undefined ? {} : { submittedAt: review.submittedAt }),
  };
}

function summarizeDocument(subject: Subject): ReportedDocument {
  const { kind, id, path, change, previousId, from, to, steps } = subject.document as NonNullable<
    Subject['document']
  >;
  return {
    kind,
    id,
    path,
    change,
    steps,
    ...(previousId === undefined ? {} : { previousId }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
}

/** "Or above" where nothing outranks the role (the general manager) says nothing: drop it. */
function withoutEmptyOrAbove(need: Need, ranks: ReadonlyMap<Role, ReadonlySet<Role>>): Need {
  if (need.type !== 'role' || !need.orAbove) return need;
  const outranked = [...ranks.values()].some((below) => below.has(need.role));
  return outranked ? need : { ...need, orAbove: false };
}
