/**
 * A plausible git history for the demo content, planned as data: who committed what, when, with
 * which message and which file contents. Pure and deterministic; src/app/demo-history.ts replays
 * the plan into a new repository.
 *
 * Each document gets a timeline. It is created on its creation day (customers at `since`,
 * requirements at `submitted_on` as `submitted` or else at `stage_since` as the initial state,
 * change requests at `requested_on`, records at `date`, releases {@link RELEASE_PLANNING_DAYS}
 * before `planned_on`), then moves along the shortest workflow path to its `status`, passing
 * through a state its data shows it went through ({@link EVIDENCE_STATES}) and, where there is
 * a choice, only through states whose required fields it has (no detour via `on-hold` without a
 * `hold_reason`). Moves are spread evenly between the creation day and `stage_since`; the last
 * move is on `stage_since` and writes the document's exact text. An intermediate version is that final text with only the
 * front-matter lines `status:` and `stage_since:` replaced, so later fields (owner, evaluation…)
 * are already there: simple, and documented as such. A status the workflow cannot reach is
 * entered in one direct move.
 *
 * Commits are ordered by day, then customers, requirements, records, change requests, releases,
 * then path (code-unit order); each day's commits get times from 09:00–10:29 (+08:00) onwards.
 * Authors: a customer's account manager creates its file and requirements and change requests
 * for it (else the requester, matched by name); the requirement's owner moves them (for a change
 * request, the owner of its first requirement); a record's visitor, surveyor or handler adds
 * and moves it; a project manager plans releases. A person with a GitHub login is preferred.
 */
import type { Person, Workflow } from './config.ts';

export { toAuthor, type CommitAuthor, type HistoryDocument } from './demo-history-authors.ts';
import {
  TIME_ZONE_OFFSET,
  addDays,
  assignTimes,
  dateField,
  planStatePath,
  replaceStatus,
  spreadDays,
} from './demo-history-timeline.ts';
import {
  RELEASE_AUTHOR_ROLE,
  creatorCandidates,
  ownerCandidates,
  peopleWithRole,
  pickAuthor,
  toAuthor,
  type CommitAuthor,
  type HistoryDocument,
} from './demo-history-authors.ts';
import {
  KIND_LABELS,
  classifyPath,
  workflowOf,
  type DocumentKind,
  type WorkflowKind,
} from './layout.ts';

export interface HistoryInput {
  documents: readonly HistoryDocument[];
  people: readonly Person[];
  workflows: Readonly<Partial<Record<WorkflowKind, Workflow>>>;
  /** The zh-CN label of each state (`evaluating` → `评估中`); a missing label shows the code. */
  stateLabels: Readonly<Partial<Record<WorkflowKind, Readonly<Record<string, string>>>>>;
  /** Files the first commit copies unchanged: schemas, configuration, attachments. */
  setupPaths: readonly string[];
}

export interface PlannedCommit {
  author: CommitAuthor;
  /** ISO 8601 with the offset, e.g. `2026-04-01T09:10:00+08:00`. */
  date: string;
  message: string;
  writes: { path: string; text: string }[];
}

export interface HistoryPlan {
  /** The first commit: copies `copies` from the source, and writes documents that have no usable date. */
  setup: PlannedCommit & { copies: string[] };
  commits: PlannedCommit[];
}

export const RELEASE_PLANNING_DAYS = 56;

/** Kind order among commits of one day. */
const KIND_RANK: Readonly<Record<DocumentKind, number>> = {
  customer: 0,
  requirement: 1,
  visit: 2,
  complaint: 2,
  'service-request': 2,
  survey: 2,
  change: 3,
  release: 4,
};
/** The field that records a kind's creation day (releases are derived, see {@link creationDay}). */
const CREATED_ON: Readonly<Partial<Record<DocumentKind, string>>> = {
  customer: 'since',
  requirement: 'submitted_on',
  change: 'requested_on',
  visit: 'date',
  complaint: 'date',
  'service-request': 'date',
  survey: 'date',
};
/** A field whose presence shows the document passed through a state on its way. */
const EVIDENCE_STATES: Readonly<Partial<Record<WorkflowKind, { field: string; state: string }>>> = {
  requirement: { field: 'evaluation', state: 'evaluating' },
  change: { field: 'impact', state: 'impact-assessed' },
  complaint: { field: 'resolution', state: 'resolved' },
  'service-request': { field: 'reply', state: 'replied' },
};

interface Step {
  day: string;
  rank: number;
  path: string;
  order: number;
  author: Person | undefined;
  message: string;
  text: string;
}

/** The whole plan: a setup commit (by a project manager, before the first document) and one commit per step, in order. */
export function assembleDemoHistory(input: HistoryInput): HistoryPlan {
  const byId = new Map(input.documents.map((document) => [idOf(document), document]));
  const undated: HistoryDocument[] = [];
  const steps = input.documents.flatMap((document) => {
    const timeline = planDocument(document, input, byId);
    if (!timeline) undated.push(document);
    return timeline ?? [];
  });
  steps.sort(compareSteps);
  const times = assignTimes(steps.map((step) => step.day));
  const fallback = pickAuthor(input.people, []);
  const commits = steps.map((step, index) => ({
    author: toAuthor(step.author ?? fallback),
    date: times[index] ?? '',
    message: step.message,
    writes: [{ path: step.path, text: step.text }],
  }));
  const setup = {
    author: toAuthor(pickAuthor(input.people, peopleWithRole(input.people, RELEASE_AUTHOR_ROLE))),
    date: `${steps[0]?.day ?? '2000-01-01'}T08:30:00${TIME_ZONE_OFFSET}`,
    message: 'Set up Docket: schemas, configuration and attachments',
    copies: [...input.setupPaths].sort(),
    writes: undated.map((document) => ({ path: document.path, text: document.text })),
  };
  return { setup, commits };
}

/** The steps of one document, or undefined when it has no usable date. */
function planDocument(
  document: HistoryDocument,
  input: HistoryInput,
  byId: ReadonlyMap<string, HistoryDocument>,
): Step[] | undefined {
  const workflowKind = workflowOf(document.kind);
  const workflow = workflowKind ? input.workflows[workflowKind] : undefined;
  const created = creationDay(document, workflow?.initial);
  if (created === undefined) return undefined;
  const id = idOf(document);
  const status = document.data['status'];
  const base = { rank: KIND_RANK[document.kind], path: document.path };
  const creator = pickAuthor(input.people, creatorCandidates(document, byId, input.people));
  const label = KIND_LABELS[document.kind]['zh-CN'];
  const title = titleOf(document);
  const createMessage = `Add ${id} (${title ? `${label}: ${title}` : label})`;
  if (!workflowKind || !workflow || typeof status !== 'string') {
    return [
      {
        ...base,
        day: created,
        order: 0,
        author: creator,
        message: createMessage,
        text: document.text,
      },
    ];
  }
  return planMoves(document, input, byId, { base, created, creator, createMessage, id });
}

interface Creation {
  base: Pick<Step, 'rank' | 'path'>;
  created: string;
  creator: Step['author'];
  createMessage: string;
  id: string;
}

/** The creation step and one step per state move, spread between creation and `stage_since`. */
function planMoves(
  document: HistoryDocument,
  input: HistoryInput,
  byId: ReadonlyMap<string, HistoryDocument>,
  { base, created, creator, createMessage, id }: Creation,
): Step[] {
  const workflowKind = workflowOf(document.kind);
  const workflow = workflowKind ? input.workflows[workflowKind] : undefined;
  const status = document.data['status'];
  if (!workflowKind || !workflow || typeof status !== 'string') return [];
  const first = createdState(document, workflow);
  const hasRequiredFields = (state: string) =>
    (workflow.states[state]?.required ?? []).every((field) => document.data[field] !== undefined);
  const moves = planStatePath(
    workflow,
    first,
    status,
    evidenceState(workflowKind, document.data),
    hasRequiredFields,
  );
  const since = dateField(document.data, 'stage_since') ?? created;
  const finalDay = since < created ? created : since;
  const days = spreadDays(created, finalDay, moves.length);
  const mover = pickAuthor(input.people, [
    ...ownerCandidates(document, byId, input.people),
    ...creatorCandidates(document, byId, input.people),
  ]);
  const labelOf = (state: string) => input.stateLabels[workflowKind]?.[state] ?? state;
  const textAt = (index: number, state: string, day: string) =>
    index === moves.length ? document.text : replaceStatus(document.text, state, day);
  const creation: Step = {
    ...{ ...base, day: created, order: 0, author: creator },
    ...{ message: createMessage, text: textAt(0, first, created) },
  };
  const steps = moves.map((state, index): Step => {
    const day = days[index] ?? finalDay;
    const from = index === 0 ? first : (moves[index - 1] ?? first);
    const message = `${id}: ${labelOf(from)} → ${labelOf(state)}`;
    return {
      ...base,
      day,
      order: index + 1,
      author: mover,
      message,
      text: textAt(index + 1, state, day),
    };
  });
  return [creation, ...steps];
}

/** The day a document was added; a release still in its initial state was added on `stage_since`. */
function creationDay(document: HistoryDocument, initial: string | undefined): string | undefined {
  const since = dateField(document.data, 'stage_since');
  const field = CREATED_ON[document.kind];
  if (field !== undefined) return dateField(document.data, field) ?? since;
  if (since === undefined || document.data['status'] === initial) return since;
  const planned = dateField(document.data, 'planned_on') ?? since;
  const planning = addDays(planned, -RELEASE_PLANNING_DAYS);
  return planning < since ? planning : since;
}

/** A requirement that has been submitted starts as `submitted`; everything else in its initial state. */
function createdState(document: HistoryDocument, workflow: Workflow): string {
  const submitted =
    document.kind === 'requirement' && dateField(document.data, 'submitted_on') !== undefined;
  return submitted && 'submitted' in workflow.states ? 'submitted' : workflow.initial;
}

function evidenceState(
  kind: WorkflowKind,
  data: Readonly<Record<string, unknown>>,
): string | undefined {
  const evidence = EVIDENCE_STATES[kind];
  return evidence && data[evidence.field] !== undefined ? evidence.state : undefined;
}

function compareSteps(a: Step, b: Step): number {
  return (
    compareText(a.day, b.day) || a.rank - b.rank || compareText(a.path, b.path) || a.order - b.order
  );
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function idOf(document: HistoryDocument): string {
  const where = classifyPath(document.path);
  const stored = document.data['id'];
  return typeof stored === 'string'
    ? stored
    : where.type === 'document'
      ? where.expectedId
      : document.path;
}

function titleOf(document: HistoryDocument): string | undefined {
  const title = document.data['title'] ?? document.data['short_name'] ?? document.data['name'];
  return typeof title === 'string' ? title : undefined;
}
