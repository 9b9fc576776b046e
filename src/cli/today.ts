/**
 * "Today" for ages and overdue checks: `--today`, then DOCKET_TODAY (both for tests and for
 * looking back); without either, src/app reads the clock in the repository's time zone.
 */
import { isCalendarDate } from '../core/calendar.ts';
import { localizedParam } from '../core/messages.ts';
import { UsageError } from './errors.ts';

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
