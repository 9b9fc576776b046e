/**
 * What `list`, `show` and the site share before they render: today's date, the loaded
 * repository with its reverse links, and a View that names things in one language.
 */
import { DEFAULT_TIME_ZONE, todayInTimeZone } from '../core/calendar.ts';
import type { Lang, Translate } from '../core/messages.ts';
import type { MessageParams } from '../core/problem.ts';
import { createView, type View } from '../core/progress-view/view.ts';
import { getProgressSource } from './progress-source.ts';

export interface OpenProgressOptions {
  root: string;
  lang: Lang;
  t: Translate;
  /** A `YYYY-MM-DD` given by the caller (`--today`, DOCKET_TODAY); else the clock decides. */
  today?: string;
  now?: Date;
}

export type OpenProgressResult =
  | { ok: true; view: View }
  | {
      ok: false;
      message: 'progress/config-broken' | 'progress/bad-time-zone';
      params: MessageParams;
    };

/**
 * Fails as data when the repository cannot be read as a whole (broken configuration or an
 * unknown time zone): `docket validate` tells the details.
 */
export function openProgressView(options: OpenProgressOptions): OpenProgressResult {
  const source = getProgressSource(options.root);
  if (!source) return { ok: false, message: 'progress/config-broken', params: {} };
  const timeZone = source.model.repository.config.settings.time_zone || DEFAULT_TIME_ZONE;
  const today = options.today ?? todayInTimeZone(options.now ?? new Date(), timeZone);
  if (today === undefined)
    return { ok: false, message: 'progress/bad-time-zone', params: { value: timeZone } };
  return { ok: true, view: createView({ lang: options.lang, t: options.t }, source, today) };
}
