/**
 * What list and show need to turn progress data into words: the language, message lookup,
 * today's date, and names for people, customers, states, fields and enum codes. Built once
 * per command from the loaded repository; the renderers stay pure functions of it.
 */
import stringWidth from 'string-width';
import { findPerson, type Role } from '../config.ts';
import type { DocumentKind } from '../layout.ts';
import type { Lang, Translate } from '../messages.ts';
import type { Progress, ProgressSource } from '../progress.ts';
import { stringAt } from '../repository.ts';
import { enumLabelAt, labelAt } from '../schema-walk.ts';

const ROLE_REF = 'common.schema.json#/$defs/role';

export interface View {
  lang: Lang;
  t: Translate;
  today: string;
  source: ProgressSource;
  personName(id: string | undefined): string;
  customerName(id: string, full?: boolean): string;
  statusText(progress: Progress): string;
  fieldLabel(kind: DocumentKind, path: readonly (string | number)[]): string;
  enumLabel(kind: DocumentKind, path: readonly (string | number)[], code: unknown): string;
  priorityText(code: string | undefined): string;
  roleLabel(role: Role): string;
}

export const NONE = '—';

export function createView(
  context: { lang: Lang; t: Translate },
  source: ProgressSource,
  today: string,
): View {
  const { lang } = context;
  const { repository } = source.model;
  return {
    lang,
    t: context.t,
    today,
    source,
    personName: (id) => (id === undefined ? NONE : (findPerson(repository.config, id)?.name ?? id)),
    customerName: (id, full = false) => {
      const data = repository.byId.get(id)?.data;
      return (
        (data &&
          (full
            ? stringAt(data, 'name')
            : (stringAt(data, 'short_name') ?? stringAt(data, 'name')))) ??
        id
      );
    },
    statusText: (progress) => progress.statusLabel?.[lang] ?? progress.status ?? NONE,
    fieldLabel: (kind, path) => labelAt(source.schemaOf(kind), path, lang) ?? path.join('.'),
    // A field an invalid document leaves out reads as —, never as `undefined`.
    enumLabel: (kind, path, code) =>
      code === undefined || code === null
        ? NONE
        : enumLabelAt(source.schemaOf(kind), path, code, lang),
    priorityText: (code) => {
      const level = repository.config.priority.levels.find((candidate) => candidate.code === code);
      return level ? `${level.code} ${level[lang]}` : NONE;
    },
    // Roles are defined once, in common.schema.json#/$defs/role.
    roleLabel: (role) => enumLabelAt(source.resolveRef(ROLE_REF), [], role, lang),
  };
}

/** A scalar from document data as text; anything else (missing, lists, objects) as `—`. */
export function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : NONE;
}

/** Cuts text to a display width (Chinese characters count two), marking the cut with `…`. */
export function truncateText(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let cut = '';
  for (const char of text) {
    if (stringWidth(cut + char) > width - 1) break;
    cut += char;
  }
  return `${cut}…`;
}
