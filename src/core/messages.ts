/**
 * Message catalogue: one zh-CN and one en template per message id.
 * Templates use `{name}` placeholders filled from an issue's params; a user never sees raw
 * library wording. Each checking module exports its own part; ALL_MESSAGES merges them.
 */
import type { MessageParams } from './problem.ts';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** A message lookup bound to one language and catalogue. */
export type Translate = (id: string, params?: MessageParams) => string;

export type Catalogue = Readonly<Record<string, Readonly<Record<Lang, string>>>>;

/**
 * Fills `{name}` placeholders. A parameter may come in per-language variants, `name@zh-CN` and
 * `name@en` (labels, type names), which win over plain `name`. An unknown placeholder stays
 * visible so tests catch it.
 */
export function formatMessage(
  catalogue: Catalogue,
  id: string,
  params: MessageParams,
  lang: Lang,
): string {
  const template = catalogue[id]?.[lang] ?? id;
  return template.replace(/\{([\w-]+)\}/g, (whole, name: string) => {
    const value = params[`${name}@${lang}`] ?? params[name];
    return value === undefined ? whole : showControls(String(value));
  });
}

/**
 * Values come from untrusted documents: a newline or an escape sequence in one must not start a
 * second report line or repaint the terminal, so control characters are shown, not sent.
 */
export function showControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) =>
    char === '\n' ? '\\n' : char === '\t' ? '\\t' : `\\u{${char.charCodeAt(0).toString(16)}}`,
  );
}

/**
 * A line for a terminal with the control characters of untrusted values shown, not sent (an
 * escape sequence could repaint the screen or retitle the window, a carriage return overwrite
 * the line); tabs and line ends stay.
 */
export function showTerminalControls(line: string): string {
  return (
    line
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => showControls(char))
      // Bidirectional overrides reorder what the reader sees (U+202E). Shown as `\u202e`, which
      // JSON reads as the same character, so a JSON line stays valid.
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16)}`)
  );
}

/** Turns `{ 'zh-CN': …, en: … }` into per-language params `name@zh-CN`, `name@en`. */
export function localizedParam(
  name: string,
  labels: Readonly<Record<Lang, string>>,
): Record<string, string> {
  return { [`${name}@zh-CN`]: labels['zh-CN'], [`${name}@en`]: labels.en };
}

/** Picks a supported language from a loose tag such as `zh_CN.UTF-8`, `zh`, `en-US`. */
export function parseLang(tag: string | undefined): Lang | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return undefined;
}
