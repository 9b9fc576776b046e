import { describe, expect, it } from 'vitest';
import { todayInTimeZone } from '../../src/core/calendar.ts';
import { parseTodayOverride } from '../../src/cli/today.ts';

describe('today', () => {
  it('reads the clock in the repository time zone: 01:00 in Shanghai is still the day before in UTC', () => {
    const now = new Date('2026-03-01T17:00:00Z');
    expect(todayInTimeZone(now, 'Asia/Shanghai')).toBe('2026-03-02');
    expect(todayInTimeZone(now, 'UTC')).toBe('2026-03-01');
    expect(todayInTimeZone(now, 'Mars/Olympus')).toBeUndefined();
  });

  it('prefers --today over DOCKET_TODAY and checks both', () => {
    expect(parseTodayOverride('2026-01-02', { DOCKET_TODAY: '2026-05-05' })).toBe('2026-01-02');
    expect(parseTodayOverride(undefined, { DOCKET_TODAY: '2026-05-05' })).toBe('2026-05-05');
    expect(parseTodayOverride(undefined, {})).toBeUndefined();
    expect(() => parseTodayOverride('2026-1-2', {})).toThrow('usage/bad-value');
    expect(() => parseTodayOverride(undefined, { DOCKET_TODAY: '2026-02-29' })).toThrow(
      'progress/bad-today-env',
    );
  });
});
