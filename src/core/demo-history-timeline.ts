/**
 * The small pure pieces of a demo timeline (src/core/demo-history.ts): the path of states a
 * document walks, its text at an intermediate state, and the days and times of its commits.
 * Days are `YYYY-MM-DD` text counted in UTC, so no time zone shifts a day.
 */
import type { Workflow } from './config.ts';
import { findPath, type CanEnter } from './workflow.ts';

export type { CanEnter };

export const TIME_ZONE_OFFSET = '+08:00';
const DAY_MS = 86_400_000;
/** Each day's first commit falls between 09:00 and 10:29, the same for the same day. */
const DAY_START_SECONDS = 9 * 3600;
const DAY_START_SPREAD_MINUTES = 90;
const WORKING_SECONDS = 8 * 3600;
const MAX_GAP_SECONDS = 37 * 60;

/**
 * The states after `from` on a shortest path to `to` (breadth-first, transitions in listed
 * order), through `via` when that is possible. Only states `canEnter` accepts are passed
 * through; if that leaves no way, any state is; `[to]` when `to` cannot be reached at all.
 */
export function planStatePath(
  workflow: Workflow,
  from: string,
  to: string,
  via?: string,
  canEnter: CanEnter = () => true,
): string[] {
  const find = (start: string, end: string) =>
    findPath(workflow, start, end, canEnter) ?? findPath(workflow, start, end);
  if (via !== undefined && via !== from && via !== to) {
    const first = find(from, via);
    const second = find(via, to);
    if (first && second) return [...first, ...second];
  }
  return find(from, to) ?? [to];
}

/** The text with its front-matter `status:` and `stage_since:` values replaced; every other byte stays. */
export function replaceStatus(text: string, status: string, since: string): string {
  const end = text.indexOf('\n---', 3);
  const head = end === -1 ? text : text.slice(0, end);
  const replaced = head
    .replace(/^status:[^\r\n]*/m, `status: ${status}`)
    .replace(/^stage_since:[^\r\n]*/m, `stage_since: ${since}`);
  return replaced + (end === -1 ? '' : text.slice(end));
}

/**
 * `count` days after `from`, evenly spaced, the last one exactly `to`. An intermediate day that
 * falls on a weekend moves back to the Friday before, unless that is before `from`.
 */
export function spreadDays(from: string, to: string, count: number): string[] {
  const span = Math.max(0, daysBetween(from, to));
  return Array.from({ length: count }, (_, index) => {
    const day = addDays(from, Math.round(((index + 1) * span) / count));
    if (index === count - 1) return day;
    const weekday = new Date(Date.parse(day)).getUTCDay();
    const friday = addDays(day, weekday === 6 ? -1 : weekday === 0 ? -2 : 0);
    return friday < from ? day : friday;
  });
}

/**
 * A time for each commit, given the commits' days in order: a day's commits start between 09:00
 * and 10:29 and follow each other at most 37 minutes apart (closer on a busy day).
 */
export function assignTimes(days: readonly string[]): string[] {
  const perDay = new Map<string, number>();
  for (const day of days) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  const seen = new Map<string, number>();
  return days.map((day) => {
    const index = seen.get(day) ?? 0;
    seen.set(day, index + 1);
    const gap = Math.max(
      1,
      Math.min(MAX_GAP_SECONDS, Math.floor(WORKING_SECONDS / (perDay.get(day) ?? 1))),
    );
    const start =
      DAY_START_SECONDS + ((daysBetween('1970-01-01', day) * 37) % DAY_START_SPREAD_MINUTES) * 60;
    return `${day}T${formatClock(Math.min(start + index * gap, 86_399))}${TIME_ZONE_OFFSET}`;
  });
}

function formatClock(seconds: number): string {
  return [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');
}

/** A `YYYY-MM-DD` field (js-yaml's core schema keeps dates as text); undefined for anything else. */
export function dateField(
  data: Readonly<Record<string, unknown>>,
  key: string,
): string | undefined {
  const value = data[key];
  return typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(value))
    ? value
    : undefined;
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}
