/**
 * Dates, numbers and money the way readers of each language expect them: 2026年11月27日 and
 * 2.5 万元 in zh-CN; Nov 27, 2026 and CNY 25,000 in en. Pure: Intl with fixed options and UTC,
 * so no machine's locale or time zone changes the text.
 */
import type { Lang } from '../messages.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_FORMATS: Readonly<Record<Lang, Intl.DateTimeFormat>> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }),
};
// 'min2': separators from five digits on, so a year stays 2024 (not 2,024) and 12,345 is grouped.
const NUMBER_FORMATS: Readonly<Record<Lang, Intl.NumberFormat>> = {
  'zh-CN': new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: 'min2' }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: 'min2' }),
};
/** Money keeps its separators from four digits on, as accounts write it (1,280 万元). */
const MONEY_FORMATS: Readonly<Record<Lang, Intl.NumberFormat>> = {
  'zh-CN': new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};
/** Money is stored in 万元 (10,000 CNY). */
const YUAN_PER_WAN = 10_000;

/** Formatted dates; a repository has a few thousand distinct ones, so each is formatted once. */
const FORMATTED_DATES: Readonly<Record<Lang, Map<string, string>>> = {
  'zh-CN': new Map(),
  en: new Map(),
};

/** `2026-11-27` → `2026年11月27日` / `Nov 27, 2026`; anything else is returned unchanged. */
export function formatDate(date: string, lang: Lang): string {
  const cached = FORMATTED_DATES[lang].get(date);
  if (cached !== undefined) return cached;
  const match = DATE.exec(date);
  if (!match) return date;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const text = Number.isNaN(time) ? date : DATE_FORMATS[lang].format(time);
  FORMATTED_DATES[lang].set(date, text);
  return text;
}

/**
 * An ISO 8601 timestamp with offset (a git author date) → its calendar date and clock time as
 * written, e.g. `2026年11月27日 14:03` / `Nov 27, 2026 14:03`; the writer's offset is kept.
 */
export function formatDateTime(timestamp: string, lang: Lang): string {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(timestamp);
  return match ? `${formatDate(match[1] ?? '', lang)} ${match[2] ?? ''}` : timestamp;
}

export function formatNumber(value: number, lang: Lang): string {
  return NUMBER_FORMATS[lang].format(value);
}

/** An amount in 万元: `2.5 万元` in Chinese, `CNY 25,000` in English. */
export function formatMoney(wan: number, lang: Lang): string {
  return lang === 'zh-CN'
    ? `${MONEY_FORMATS[lang].format(wan)} 万元`
    : `CNY ${MONEY_FORMATS[lang].format(Math.round(wan * YUAN_PER_WAN * 100) / 100)}`;
}

/** A rate between 0 and 1 as a percentage with at most one decimal: `0.955` → `95.5%`. */
export function formatRate(rate: number): string {
  return `${String(Math.round(rate * 1000) / 10)}%`;
}
