/**
 * Message catalogue: one zh-CN and one en template per message id.
 * Templates use `{name}` placeholders filled from an issue's params; a user never sees raw
 * library wording. Each checking module exports its own part; ALL_MESSAGES merges them.
 */
import type { MessageParams } from './problem.ts';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export type Catalogue = Readonly<Record<string, Readonly<Record<Lang, string>>>>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible so tests catch it. */
export function formatMessage(catalogue: Catalogue, id: string, params: MessageParams, lang: Lang): string {
  const template = catalogue[id]?.[lang] ?? catalogue['internal/unknown-message']?.[lang] ?? id;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = name === 'id' && !(name in params) ? id : params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Picks a supported language from a loose tag such as `zh_CN.UTF-8`, `zh`, `en-US`. */
export function parseLang(tag: string | undefined): Lang | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return undefined;
}
