/**
 * "Today" for ages and overdue checks: `--today`, then DOCKET_TODAY (both for tests and for
 * looking back), else the clock read in the repository's time zone. The only place list/show
 * read the clock; src/core takes the result as a parameter.
 */
import { isCalendarDate } from '../core/calendar.ts';
import { localizedParam } from '../core/messages.ts';
import { UsageError } from './errors.ts';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
const EXPECTED_DATE = localizedParam('expected', {
  'zh-CN': '应为实际存在的日期 YYYY-MM-DD,如 2026-11-26',
  en: 'expected a calendar date YYYY-MM-DD, e.g. 2026-11-26',
});

/** The date given by flag or environment, checked; undefined when neither is set. */
export function parseTodayOverride(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
): string | undefined {
  if (flag !== undefined) {
    if (!isCalendarDate(flag))
      throw new UsageError('usage/bad-value', { option: 'today', value: flag, ...EXPECTED_DATE });
    return flag;
  }
  const fromEnv = env['DOCKET_TODAY'];
  if (fromEnv === undefined || fromEnv === '') return undefined;
  if (!isCalendarDate(fromEnv)) throw new UsageError('progress/bad-today-env', { value: fromEnv });
  return fromEnv;
}

/** The calendar date at `now` in an IANA time zone; undefined when the zone is unknown. */
export function todayInTimeZone(now: Date, timeZone: string): string | undefined {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(now);
  } catch {
    return undefined;
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
