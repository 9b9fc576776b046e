/**
 * `docket new`: gather answers (flags, then questions when a person is there), assemble the
 * document, write it without ever replacing a file, and check it the way `docket validate` does.
 * Every outcome is data; the CLI decides what to print and the exit code.
 */
import { createWorkingTreeSource, fileExists, writeFileAtomic } from '../adapters/fs.ts';
import {
  applyDefaults,
  findMissing,
  readFlagAnswers,
  type Answers,
  type AuthoringFacts,
  type FlagValues,
  type InvalidAnswer,
} from '../core/authoring/answers.ts';
import {
  assembleDocument,
  describePriority,
  evaluateRecordPath,
  recordSlug,
  type PriorityNote,
} from '../core/authoring/assemble.ts';
import { evaluateStartStatus, FORMS, START_FLAGS, type NewKind } from '../core/authoring/forms.ts';
import { renderDocumentText } from '../core/document-text.ts';
import { evaluateNextId, idsInPaths, type NumberedKind } from '../core/ids.ts';
import { classifyPath, pathForId, SCHEMA_OF, workflowOf, type RecordKind } from '../core/layout.ts';
import { enumChoices, type Labels } from '../core/schema-fields.ts';
import type { Problem } from '../core/problem.ts';
import { askForAnswers, type AskOptions } from './ask-answers.ts';
import { checkRepository } from './check-repository.ts';
import { loadRepository, type LoadResult } from './load-repository.ts';

export interface CreateRequest {
  root: string;
  kind: NewKind;
  flags: FlagValues;
  /** Today's date for the repository's time zone (read from its configuration). */
  todayFor: (timeZone: string) => string;
  /** Present when a person can answer questions in a terminal. */
  ask?: AskOptions;
}

export type CreateOutcome =
  | { type: 'broken-config'; problems: Problem[] }
  | { type: 'invalid'; invalid: InvalidAnswer }
  | { type: 'missing'; flags: string[] }
  | { type: 'taken'; id: string; path: string }
  | {
      type: 'created';
      id: string;
      path: string;
      status?: Labels;
      since: string;
      priority?: PriorityNote;
      problems: Problem[];
    };

const RECORD_ATTEMPTS = 20;

export async function createDocument(request: CreateRequest): Promise<CreateOutcome> {
  const load = await loadRepository(createWorkingTreeSource(request.root));
  const config = load.repository?.config;
  if (!config) return { type: 'broken-config', problems: load.problems };
  const facts = gatherFacts(load, request, config);
  const form = FORMS[request.kind];
  const flagged = readFlagAnswers(form, request.flags, facts);
  if (flagged.invalid) return { type: 'invalid', invalid: flagged.invalid };
  const asked = request.ask
    ? await askForAnswers(form, flagged.answers, facts, request.ask)
    : flagged.answers;
  const answers = applyDefaults(form, asked, facts);
  const missing = findMissing(form, answers, facts);
  if (missing.length > 0) return { type: 'missing', flags: missing };
  const written = writeDocument(request.root, load, answers, facts);
  if (written.type === 'taken') return written;
  const problems = (
    await checkRepository(createWorkingTreeSource(request.root), { paths: [written.path] })
  ).problems;
  const priority = request.kind === 'requirement' ? describePriority(config, answers) : undefined;
  const status = enumChoices(facts.schema, ['status']).find(
    (choice) => choice.code === facts.status,
  )?.labels;
  // A record's stage starts on its own date (a complaint logged late is still in it since it came in).
  const since = isRecordKind(request.kind) ? String(answers['date']) : facts.today;
  return {
    type: 'created',
    id: written.id,
    path: written.path,
    since,
    problems,
    ...(status ? { status } : {}),
    ...(priority ? { priority } : {}),
  };
}

function gatherFacts(
  load: LoadResult,
  request: CreateRequest,
  config: NonNullable<LoadResult['repository']>['config'],
): AuthoringFacts {
  const workflow = workflowOf(request.kind);
  const startFlag = START_FLAGS[request.kind];
  const status = evaluateStartStatus(
    request.kind,
    startFlag !== undefined && request.flags[startFlag] === true,
    workflow ? config.workflows[workflow] : undefined,
  );
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    kind: request.kind,
    schema: load.schemas.schemaFor(SCHEMA_OF[request.kind]),
    config,
    status,
    today: request.todayFor(config.settings.time_zone),
    // Only customers whose stored ID is their folder's name: a record's path is built from it, and
    // an `id` such as `../../..` would otherwise write outside the repository.
    customers: load.documents
      .filter((document) => document.kind === 'customer' && document.id === document.customer)
      .map((document) => ({
        id: document.id,
        name: text(document.data['short_name']) || text(document.data['name']),
        tier: text(document.data['tier']),
      })),
    requirementIds: new Set(
      load.documents
        .filter((document) => document.kind === 'requirement')
        .map((document) => document.id),
    ),
    records: load.documents
      .filter((document) => document.customer !== undefined && document.kind !== 'customer')
      .map((document) => ({
        id: document.id,
        customer: document.customer ?? '',
        kind: document.kind as RecordKind,
        date: text(document.data['date']),
      })),
  };
}

type Written =
  { type: 'written'; id: string; path: string } | { type: 'taken'; id: string; path: string };

function writeDocument(
  root: string,
  load: LoadResult,
  answers: Answers,
  facts: AuthoringFacts,
): Written {
  const bodyLang = facts.config.settings.default_language;
  const render = (id: string) => {
    const draft = assembleDocument(answers, facts, id, bodyLang);
    return renderDocumentText(facts.schema, draft.data, draft.body);
  };
  if (isRecordKind(facts.kind)) return writeRecord(root, facts.kind, answers, render(''));
  const kind: NumberedKind = facts.kind;
  const id = evaluateNextId(kind, idsInPaths(kind, load.files));
  const path = pathForId(kind, id);
  // Someone may have written the same ID since we listed the files: refuse rather than replace.
  return tryCreate(root, path, render(id))
    ? { type: 'written', id, path }
    : { type: 'taken', id, path };
}

/** A record's name is free to change, so a name taken meanwhile just moves on to the next suffix. */
function writeRecord(root: string, kind: RecordKind, answers: Answers, text: string): Written {
  const tried = new Set<string>();
  const customer = String(answers['customer']);
  for (let attempt = 0; attempt < RECORD_ATTEMPTS; attempt++) {
    const path = evaluateRecordPath(
      kind,
      customer,
      String(answers['date']),
      recordSlug(answers) ?? kind,
      (candidate) => tried.has(candidate) || fileExists(root, candidate),
    );
    const where = classifyPath(path);
    if (tryCreate(root, path, text))
      return { type: 'written', id: where.type === 'document' ? where.expectedId : path, path };
    tried.add(path);
  }
  return { type: 'taken', id: customer, path: `content/customers/${customer}` };
}

function tryCreate(root: string, path: string, text: string): boolean {
  try {
    writeFileAtomic(root, path, text, 'create');
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function isRecordKind(kind: NewKind): kind is RecordKind {
  return (
    kind === 'visit' || kind === 'complaint' || kind === 'service-request' || kind === 'survey'
  );
}
