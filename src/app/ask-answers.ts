/**
 * Asks a person, through the Prompter port, for every answer the flags left open: required
 * fields always, optional ones the form marks. Each typed answer passes the same check as a flag.
 */
import type { Labels } from '../core/schema-fields.ts';
import {
  checkValue,
  isAnswered,
  isFieldRequired,
  labelsOf,
  type AnswerValue,
  type Answers,
  type AuthoringFacts,
} from '../core/authoring/answers.ts';
import { describePriority } from '../core/authoring/assemble.ts';
import type { FieldSpec } from '../core/authoring/forms.ts';
import type { Lang } from '../core/messages.ts';
import type { MessageParams } from '../core/problem.ts';
import type { PromptChoice, Prompter } from '../core/prompter.ts';
import {
  customerChoices,
  departmentChoices,
  enumPromptChoices,
  personChoices,
  recordChoices,
} from '../core/authoring/choices.ts';

export interface AskOptions {
  prompter: Prompter;
  lang: Lang;
  t: (id: string, params?: MessageParams) => string;
  say: (line: string) => void;
  /** `--editor`: long texts open $EDITOR without asking. */
  useEditor: boolean;
}

interface Session extends AskOptions {
  facts: AuthoringFacts;
  answers: Answers;
  /** Decided at the first long text: the person's editor, or one line in the terminal. */
  editorChosen?: boolean;
}

/** Values of the extra choices; no ID, department or record name starts with a NUL. */
export const OTHER_CHOICE = '\u0000other';
export const NO_CHOICE = '\u0000none';

export async function askForAnswers(
  form: readonly FieldSpec[],
  given: Answers,
  facts: AuthoringFacts,
  options: AskOptions,
): Promise<Answers> {
  const session: Session = { ...options, facts, answers: { ...given } };
  let priorityShown = describePriority(facts.config, given) !== undefined;
  for (const field of form) {
    if (!shouldAsk(field, session)) continue;
    const value = await askField(field, session);
    if (value !== undefined) session.answers[field.flag] = value;
    const priority = priorityShown ? undefined : describePriority(facts.config, session.answers);
    if (priority) {
      session.say(
        session.t('new/priority-note', {
          code: priority.code,
          level: priority.labels[session.lang],
        }),
      );
      priorityShown = true;
    }
  }
  return session.answers;
}

function shouldAsk(field: FieldSpec, session: Session): boolean {
  // A requirement's department is answered with the customer ("an internal department").
  if (
    isAnswered(field, session.answers) ||
    (field.flag === 'department' && session.facts.kind === 'requirement')
  )
    return false;
  if (field.type === 'record' && recordChoices(session.facts, session.answers).length === 0)
    return false;
  return isFieldRequired(field, session.facts) || field.ask === true || field.default !== undefined;
}

function askField(field: FieldSpec, session: Session): Promise<AnswerValue | undefined> {
  const label = labelsOf(field, session.facts.schema)[session.lang];
  switch (field.type) {
    case 'choice':
      return selectFrom(
        session,
        label,
        enumPromptChoices(field, session.facts.schema, session.lang),
        field.default,
      );
    case 'person':
      return selectFrom(session, label, personChoices(field, session.facts.config)).then((id) =>
        field.many ? [id] : id,
      );
    case 'customer':
      return selectFrom(session, label, customerChoices(session.facts, field.flag));
    case 'requester':
      return askRequester(session, label);
    case 'record':
      return askRecord(session, label);
    case 'boolean':
      return session.prompter.confirm({ message: label, default: field.default === 'true' });
    case 'long-text':
      return askLongText(field, session, label);
    default: {
      const required = isFieldRequired(field, session.facts);
      return field.many
        ? askList(field, session, label)
        : askLine(field, session, withOptional(session, label, required), required);
    }
  }
}

function selectFrom(
  session: Session,
  message: string,
  choices: readonly PromptChoice[],
  fallback?: string,
): Promise<string> {
  return session.prompter.select({
    message,
    choices,
    ...(fallback === undefined ? {} : { default: fallback }),
  });
}

/** A customer from the list, or an internal department (then the department answers). */
async function askRequester(session: Session, label: string): Promise<AnswerValue | undefined> {
  const internal = {
    value: OTHER_CHOICE,
    name: session.t('prompt/internal-department'),
    description: '--department …',
  };
  const chosen = await selectFrom(session, label, [
    ...customerChoices(session.facts, 'customer'),
    internal,
  ]);
  if (chosen !== OTHER_CHOICE) return chosen;
  const departmentLabel = session.t('prompt/department');
  const other = { value: OTHER_CHOICE, name: session.t('prompt/other-department') };
  const department = await selectFrom(session, departmentLabel, [
    ...departmentChoices(session.facts.config),
    other,
  ]);
  session.answers['department'] =
    department === OTHER_CHOICE
      ? await askLine({ flag: 'department', type: 'text' }, session, departmentLabel, true)
      : department;
  return undefined;
}

async function askRecord(session: Session, label: string): Promise<AnswerValue | undefined> {
  const none = { value: NO_CHOICE, name: session.t('prompt/no-record') };
  const chosen = await selectFrom(session, label, [
    none,
    ...recordChoices(session.facts, session.answers),
  ]);
  return chosen === NO_CHOICE ? undefined : chosen;
}

/** One line of text; `message` is final (callers add "optional" or "another one"). */
async function askLine(
  field: FieldSpec,
  session: Session,
  message: string,
  required: boolean,
): Promise<AnswerValue | undefined> {
  const validate = (value: string) => {
    if (value.trim() === '') return required ? session.t('prompt/required') : (true as const);
    const checked = checkValue(field, value, session.facts);
    return checked.ok ? (true as const) : expectedText(session, checked.expected);
  };
  const fallback = field.default === 'today' ? session.facts.today : field.default;
  const answer = await session.prompter.input({
    message,
    validate,
    ...(fallback === undefined ? {} : { default: fallback }),
  });
  if (answer.trim() === '') return undefined;
  const checked = checkValue(field, answer, session.facts);
  return checked.ok ? checked.value : undefined;
}

function withOptional(session: Session, label: string, required: boolean): string {
  return required ? label : `${label} ${session.t('prompt/optional')}`;
}

/** Repeated answers: acceptance criteria numbered AC-1, AC-2 …; requirement IDs in one line; an empty answer ends the list. */
async function askList(
  field: FieldSpec,
  session: Session,
  label: string,
): Promise<AnswerValue | undefined> {
  if (field.type === 'requirement') return askIdList(field, session, label);
  const items: string[] = [];
  for (;;) {
    const required = items.length === 0 && isFieldRequired(field, session.facts);
    const numbered = field.flag === 'criterion' ? `${label} AC-${items.length + 1}` : label;
    const message =
      items.length === 0
        ? withOptional(session, numbered, required)
        : `${numbered} ${session.t('prompt/list-more')}`;
    const item = await askLine({ ...field, many: false }, session, message, required);
    if (item === undefined) return items.length > 0 ? items : undefined;
    items.push(String(item));
  }
}

async function askIdList(
  field: FieldSpec,
  session: Session,
  label: string,
): Promise<AnswerValue | undefined> {
  const split = (value: string) => value.split(/[\s,，、]+/).filter(Boolean);
  const validate = (value: string) => {
    if (split(value).length === 0) return session.t('prompt/required');
    for (const id of split(value)) {
      const checked = checkValue(field, id, session.facts);
      if (!checked.ok) return expectedText(session, checked.expected);
    }
    return true as const;
  };
  const answer = await session.prompter.input({
    message: `${label} ${session.t('prompt/id-list')}`,
    validate,
  });
  return split(answer);
}

async function askLongText(
  field: FieldSpec,
  session: Session,
  label: string,
): Promise<AnswerValue | undefined> {
  const required = isFieldRequired(field, session.facts);
  session.editorChosen ??=
    session.useEditor ||
    (await session.prompter.confirm({ message: session.t('prompt/use-editor'), default: false }));
  if (!session.editorChosen)
    return askLine(field, session, withOptional(session, label, required), required);
  const text = (
    await session.prompter.editor({ message: withOptional(session, label, required) })
  ).trim();
  if (text !== '' || !required) return text === '' ? undefined : text;
  // An empty editor for a required text: ask once more, on one line.
  return askLine(field, session, label, true);
}

function expectedText(session: Session, expected: Labels): string {
  return session.t('prompt/expected', { expected: expected[session.lang] });
}
