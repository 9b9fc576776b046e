/**
 * Language helpers for pages: zh-CN at the site root, English under /en/. Every word comes from
 * the merged catalogue (the site's own SITE_MESSAGES, and the CLI's where a page says the same
 * thing, such as the tier review) or from the schemas' labels carried by the model.
 */
import { formatMessage, type Lang } from '../core/messages.ts';
import type { MessageParams } from '../core/problem.ts';
import { ALL_MESSAGES } from '../core/catalogue.ts';
import type { Labels } from '../core/site/types.ts';

import { LANG_PREFIX } from '../core/site/sections.ts';

export { LANG_PREFIX };

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh-CN' : 'en';
}

/** A catalogue message in `lang`. */
export function say(lang: Lang, id: string, params: MessageParams = {}): string {
  return formatMessage(ALL_MESSAGES, id, params, lang);
}

/** A schema label in `lang`, falling back to the other language and then to `fallback`. */
export function labelIn(labels: Labels | undefined, lang: Lang, fallback = ''): string {
  return labels?.[lang] ?? labels?.[otherLang(lang)] ?? fallback;
}

/**
 * The URL of a site path (`requirements/REQ-0001/`, '' for the dashboard) in `lang`, under the
 * configured base (`/` or `/repo/`).
 */
export function pageUrl(base: string, lang: Lang, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${LANG_PREFIX[lang]}${path}`;
}

/** Route params for the language segment: none for zh-CN, `en` for English. */
export const LANG_PARAMS: readonly { lang: string | undefined; locale: Lang }[] = [
  { lang: undefined, locale: 'zh-CN' },
  { lang: 'en', locale: 'en' },
];
