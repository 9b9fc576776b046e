import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatRate,
} from '../../../src/core/text/format.ts';

describe('zh-CN and en formats', () => {
  it.each([
    [formatDate('2026-11-27', 'zh-CN'), '2026年11月27日'],
    [formatDate('2026-11-27', 'en'), 'Nov 27, 2026'],
    [formatDate('2026-02-01', 'zh-CN'), '2026年2月1日'],
    [formatDate('soon', 'zh-CN'), 'soon'],
    [formatDateTime('2026-11-27T14:03:09+08:00', 'zh-CN'), '2026年11月27日 14:03'],
    [formatDateTime('2026-11-27T14:03:09+08:00', 'en'), 'Nov 27, 2026 14:03'],
    [formatMoney(2.5, 'zh-CN'), '2.5 万元'],
    [formatMoney(2.5, 'en'), 'CNY 25,000'],
    [formatMoney(1280, 'zh-CN'), '1,280 万元'],
    [formatNumber(12345.678, 'en'), '12,345.68'],
    // A year is no amount: no separator below five digits.
    [formatNumber(2024, 'zh-CN'), '2024'],
    [formatNumber(2024, 'en'), '2024'],
    [formatRate(0.955), '95.5%'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
