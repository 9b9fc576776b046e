import { describe, expect, it } from 'vitest';
import { ALL_MESSAGES } from '../../src/core/catalogue.ts';
import { formatMessage, parseLang } from '../../src/core/messages.ts';

const placeholders = (text: string) =>
  [...text.matchAll(/\{([\w-]+)\}/g)].map((match) => match[1]).sort();

describe('the message catalogue', () => {
  it.each(Object.entries(ALL_MESSAGES))(
    '%s has zh-CN and en with the same placeholders',
    (_id, templates) => {
      expect(templates['zh-CN'].trim()).not.toBe('');
      expect(templates.en.trim()).not.toBe('');
      expect(/[\u4e00-\u9fff]/.test(templates['zh-CN'])).toBe(true);
      expect(placeholders(templates['zh-CN'])).toEqual(placeholders(templates.en));
    },
  );

  it('prefers a per-language parameter over the plain one', () => {
    const catalogue = { m: { 'zh-CN': '字段 {label}', en: 'field {label}' } };
    const params = { label: 'x', 'label@zh-CN': '标题', 'label@en': 'Title' };
    expect(formatMessage(catalogue, 'm', params, 'zh-CN')).toBe('字段 标题');
    expect(formatMessage(catalogue, 'm', params, 'en')).toBe('field Title');
    expect(formatMessage(catalogue, 'm', {}, 'en')).toBe('field {label}');
  });

  it.each([
    ['zh_CN.UTF-8', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en_US', 'en'],
    ['fr_FR', undefined],
    [undefined, undefined],
  ])('reads the locale %s as %s', (tag, lang) => {
    expect(parseLang(tag)).toBe(lang);
  });
});
