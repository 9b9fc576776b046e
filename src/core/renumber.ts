/**
 * Plans `docket renumber OLD NEW` as pure text edits: which files move (the document, or a
 * customer's whole folder) and which files change because they mention the ID. Every mention
 * counts — front-matter links (parent, depends_on, customer, requirements, source.record,
 * people.yaml `customer`) and words in bodies — as long as it stands alone as a word.
 */
import { ID_FORMATS, formatId, isIdOf, kindOfPrefix, type NumberedKind } from './ids.ts';
import { CUSTOMERS_DIR, KIND_LABELS, pathForId } from './layout.ts';
import { localizedParam } from './messages.ts';
import type { MessageParams } from './problem.ts';

export interface RenumberInput {
  oldId: string;
  newId: string;
  /** Every file under content/, repository-relative. */
  paths: readonly string[];
  /** The text of each file that may mention IDs (Markdown documents, YAML configuration). */
  texts: ReadonlyMap<string, string>;
}

export interface FileMove {
  from: string;
  to: string;
  /** The new text when the file mentions the ID; otherwise the file moves byte for byte. */
  text?: string;
  mentions: number;
}

export interface FileRewrite {
  path: string;
  text: string;
  mentions: number;
}

export interface RenumberPlan {
  kind: NumberedKind;
  oldId: string;
  newId: string;
  moves: FileMove[];
  rewrites: FileRewrite[];
}

export type RenumberResult =
  { ok: true; plan: RenumberPlan } | { ok: false; message: string; params: MessageParams };

export function planRenumber(input: RenumberInput): RenumberResult {
  const { oldId, newId } = input;
  const checked = checkRenumber(input);
  if (!checked.ok) return checked;
  const { kind } = checked;
  const moves = filesOf(kind, oldId, input.paths).map((from) => {
    const to = from.replace(folderOrFile(kind, oldId), folderOrFile(kind, newId));
    const edited = editText(input.texts.get(from), oldId, newId);
    return { from, to, mentions: edited?.count ?? 0, ...(edited ? { text: edited.text } : {}) };
  });
  const moved = new Set(moves.map((move) => move.from));
  const rewrites = [...input.texts.keys()]
    .filter((path) => !moved.has(path))
    .sort()
    .flatMap((path) => {
      const edited = editText(input.texts.get(path), oldId, newId);
      return edited ? [{ path, text: edited.text, mentions: edited.count }] : [];
    });
  return { ok: true, plan: { kind, oldId, newId, moves, rewrites } };
}

type Refusal = Extract<RenumberResult, { ok: false }>;

/** The kind being renumbered, or the first reason not to, checked in the order a person would fix them. */
function checkRenumber(input: RenumberInput): { ok: true; kind: NumberedKind } | Refusal {
  const { oldId, newId, paths } = input;
  const kind = kindOfPrefix(oldId);
  const refuse = (message: string, params: MessageParams): Refusal => ({
    ok: false,
    message,
    params,
  });
  if (!kind || !isIdOf(kind, oldId)) return refuse('renumber/old-format', { value: oldId });
  const labels = localizedParam('kind', KIND_LABELS[kind]);
  if (oldId === newId) return refuse('renumber/same', { value: oldId });
  const newKind = kindOfPrefix(newId);
  if (newKind && newKind !== kind)
    return refuse('renumber/other-kind', {
      value: newId,
      old: oldId,
      prefix: ID_FORMATS[kind].prefix,
      ...labels,
    });
  if (!isIdOf(kind, newId))
    return refuse('renumber/new-format', { value: newId, example: formatId(kind, 42), ...labels });
  if (filesOf(kind, oldId, paths).length === 0)
    return refuse('renumber/missing', { value: oldId, path: pathForId(kind, oldId), ...labels });
  if (filesOf(kind, newId, paths).length > 0)
    return refuse('renumber/taken', { value: newId, path: pathForId(kind, newId), ...labels });
  return { ok: true, kind };
}

/** A customer is its folder (file, records, attachments); other kinds are one file. */
function folderOrFile(kind: NumberedKind, id: string): string {
  return kind === 'customer' ? `${CUSTOMERS_DIR}/${id}/` : pathForId(kind, id);
}

function filesOf(kind: NumberedKind, id: string, paths: readonly string[]): string[] {
  const target = folderOrFile(kind, id);
  return paths.filter((path) => (kind === 'customer' ? path.startsWith(target) : path === target));
}

function editText(
  text: string | undefined,
  oldId: string,
  newId: string,
): { text: string; count: number } | undefined {
  if (text === undefined) return undefined;
  const replaced = replaceMentions(text, oldId, newId);
  return replaced.count > 0 ? replaced : undefined;
}

/**
 * Replaces `oldId` where it stands alone: not inside a longer ID (`REQ-00011`, `XREQ-0001`), and
 * not as the start of an attachment's name (`REQ-0001-scan.pdf`, `REQ-0001.pdf`), which keeps its
 * name. `REQ-0001.md` does change: that file is the one being renamed.
 */
export function replaceMentions(
  text: string,
  oldId: string,
  newId: string,
): { text: string; count: number } {
  const escaped = oldId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const mention = new RegExp(
    `(?<![A-Za-z0-9_-])${escaped}(?![A-Za-z0-9_]|-[A-Za-z0-9]|\\.(?!md\\b)[A-Za-z0-9])`,
    'g',
  );
  let count = 0;
  const replaced = text.replace(mention, () => {
    count++;
    return newId;
  });
  return { text: replaced, count };
}
