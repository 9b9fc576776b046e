/**
 * Calendar arithmetic on `YYYY-MM-DD` text. Dates stay text everywhere (a document's dates are
 * never timestamps); these helpers count whole days in UTC, so no time zone can shift a day.
 * No clock is read: `today` always comes in from the caller.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a real calendar date; undefined for `2026-02-30` or `26-1-1`. */
export function parseDayNumber(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  )
    return undefined;
  return time / DAY_MS;
}

export function isCalendarDate(text: unknown): text is string {
  return parseDayNumber(text) !== undefined;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); undefined if either is not a date. */
export function daysBetween(from: unknown, to: unknown): number | undefined {
  const start = parseDayNumber(from);
  const end = parseDayNumber(to);
  return start === undefined || end === undefined ? undefined : end - start;
}

/** `date` plus whole months; a day past the end of the target month falls on its last day (01-31 + 1 → 02-28). */
export function addMonths(date: string, months: number): string | undefined {
  const match = ISO_DATE.exec(date);
  if (!match || !isCalendarDate(date)) return undefined;
  const monthIndex = Number(match[1]) * 12 + Number(match[2]) - 1 + months;
  const [year, month] = [Math.floor(monthIndex / 12), (monthIndex % 12) + 1];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return formatDate(year, month, Math.min(Number(match[3]), lastDay));
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function formatDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The zone used when the repository names none. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

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
