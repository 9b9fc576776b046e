/**
 * What every part of the site model reads: the loaded repository with its schemas, today's
 * date, the audience and what it may see, and names and labels in both languages.
 */
import type { Audience } from '../audience.ts';
import { ALL_MESSAGES } from '../catalogue.ts';
import { findPerson } from '../config.ts';
import { KIND_LABELS, type DocumentKind } from '../layout.ts';
import { formatMessage, LANGS, type Lang } from '../messages.ts';
import type { MessageParams } from '../problem.ts';
import { evaluateProgress, type Progress, type ProgressSource } from '../progress.ts';
import { stringAt } from '../repository.ts';
import { WORKFLOW_FIELDS } from '../signoffs.ts';
import { enumChoices } from '../schema-fields.ts';
import { createView, type View } from '../progress-view/view.ts';
import type { Choice, CustomerRef, DocumentRef, Labels, RevisionView } from './types.ts';
import type { Visibility } from './visibility.ts';

export interface SiteContext {
  source: ProgressSource;
  today: string;
  audience: Audience;
  visibility: Visibility;
  /** A catalogue message in both languages. */
  labels(id: string, params?: MessageParams): Labels;
  personName(id: string): string;
  /** A visible customer's ID and short name; undefined when the audience may not see it. */
  customerRef(id: string): CustomerRef | undefined;
  /** Progress of a document, computed once. */
  progressOf(id: string): Progress | undefined;
  stateChoice(kind: DocumentKind, code: string | undefined): Choice | undefined;
  priorityChoice(code: string | undefined): Choice | undefined;
  /** A visible document as a short reference; undefined when hidden or unknown. */
  refOf(id: string): DocumentRef | undefined;
  /** Last change of a document (`YYYY-MM-DD`): its last commit, else `stage_since`. */
  updatedOf(id: string): string | undefined;
  /** Last change of its content (not a state move alone): its creation counts; else `stage_since`. */
  contentChangedOf(id: string): string | undefined;
  /** When it entered its current state: the commit that moved it, else `stage_since`. */
  stageEnteredOf(id: string): string | undefined;
  /** The CLI's View in one language, for the renderers the CLI and site share. */
  viewIn(lang: Lang): View;
}

export interface SiteContextInput {
  source: ProgressSource;
  today: string;
  audience: Audience;
  visibility: Visibility;
  /** Per document ID, when the git history is known: see `collectChangeDates`. */
  changeDates?: ChangeDates;
}

export interface ChangeDates {
  last: ReadonlyMap<string, string>;
  content: ReadonlyMap<string, string>;
  stage: ReadonlyMap<string, string>;
}

/** From the revision records: each document's last commit, last content change and last state move. */
export function collectChangeDates(
  records: Iterable<[string, { revisions: readonly RevisionView[] }]>,
): ChangeDates {
  const dates = { last: new Map(), content: new Map(), stage: new Map() };
  for (const [id, { revisions }] of records)
    for (const revision of revisions) {
      dates.last.set(id, revision.date);
      const content = revision.keys.some((key) => !WORKFLOW_FIELDS.has(key));
      if (revision.change === 'created' || content) dates.content.set(id, revision.date);
      if (revision.to !== undefined) dates.stage.set(id, revision.date);
    }
  return dates;
}

export function createSiteContext(input: SiteContextInput): SiteContext {
  const { source, today, visibility } = input;
  const { repository } = source.model;
  const progressOf = cacheProgress(source, today);
  const stateChoice = (kind: DocumentKind, code: string | undefined) =>
    code === undefined
      ? undefined
      : { code, labels: source.model.statusLabels(kind)[code] ?? both(code) };
  const priorityChoice = (code: string | undefined) => {
    const level = repository.config.priority.levels.find((item) => item.code === code);
    return level && { code: level.code, labels: { 'zh-CN': level['zh-CN'], en: level.en } };
  };
  const t =
    (lang: Lang) =>
    (id: string, params: MessageParams = {}) =>
      formatMessage(ALL_MESSAGES, id, params, lang);
  const views = Object.fromEntries(
    LANGS.map((lang) => [lang, createView({ lang, t: t(lang) }, source, today)]),
  ) as Record<Lang, View>;
  const dates = datedLookups(repository, input.changeDates);
  const { updatedOf } = dates;
  return {
    ...input,
    labels: (id, params = {}) => bothLanguages((lang) => t(lang)(id, params)),
    viewIn: (lang) => views[lang],
    personName: (id) => findPerson(repository.config, id)?.name ?? id,
    customerRef: (id) => {
      if (!visibility.customers.has(id)) return undefined;
      const data = repository.byId.get(id)?.data ?? {};
      return { id, name: stringAt(data, 'short_name') ?? stringAt(data, 'name') ?? id };
    },
    progressOf,
    stateChoice,
    priorityChoice,
    ...dates,
    refOf: (id) => {
      const item = visibility.documents.has(id) ? progressOf(id) : undefined;
      return (
        item &&
        assembleRef(
          item,
          stateChoice(item.kind, item.status),
          priorityChoice(item.priority),
          updatedOf(id),
        )
      );
    },
  };
}

/** Each date from git when the history is known, else the document's `stage_since`. */
function datedLookups(
  repository: ProgressSource['model']['repository'],
  dates: ChangeDates | undefined,
): Pick<SiteContext, 'updatedOf' | 'contentChangedOf' | 'stageEnteredOf'> {
  const dated = (known: ReadonlyMap<string, string> | undefined) => (id: string) =>
    known?.get(id) ?? stringAt(repository.byId.get(id)?.data ?? {}, 'stage_since');
  return {
    updatedOf: dated(dates?.last),
    contentChangedOf: dated(dates?.content),
    stageEnteredOf: dated(dates?.stage),
  };
}

/** Progress of each document, computed the first time it is asked for. */
function cacheProgress(source: ProgressSource, today: string) {
  const progress = new Map<string, Progress>();
  return (id: string): Progress | undefined => {
    let found = progress.get(id);
    const document = found ? undefined : source.model.repository.byId.get(id);
    if (document) progress.set(id, (found = evaluateProgress(document, source.model, today)));
    return found;
  };
}

function assembleRef(
  item: Progress,
  state: Choice | undefined,
  priority: Choice | undefined,
  updated: string | undefined,
): DocumentRef {
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    ...(state ? { state } : {}),
    ...(priority ? { priority } : {}),
    ...(updated ? { updated } : {}),
  };
}

export function bothLanguages(text: (lang: Lang) => string): Labels {
  return Object.fromEntries(LANGS.map((lang) => [lang, text(lang)])) as Record<Lang, string>;
}

export function both(text: string): Labels {
  return { 'zh-CN': text, en: text };
}

export function kindLabel(kind: DocumentKind): Labels {
  return KIND_LABELS[kind];
}

/** An enum code with its schema labels (the code itself when unlabelled). */
export function choiceAt(
  source: ProgressSource,
  kind: DocumentKind,
  path: readonly string[],
  code: unknown,
): Choice | undefined {
  if (typeof code !== 'string') return undefined;
  const found = enumChoices(source.schemaOf(kind), path).find((choice) => choice.code === code);
  return { code, labels: found?.labels ?? both(code) };
}
