import { describe, expect, it } from 'vitest';
import { joinCjkLines, joinCjkText } from '../../../src/core/text/cjk.ts';

describe('joinCjkText (front-matter values)', () => {
  it.each([
    ['a folded YAML break between Chinese', '需要 电话叫醒', '需要电话叫醒'],
    ['a raw line break between Chinese', '需要\n  电话叫醒', '需要电话叫醒'],
    ['after full-width punctuation', '升级;\n30分钟', '升级;30分钟'],
    ['after a half-width comma ending Chinese', '物流部经理, 60分钟', '物流部经理,60分钟'],
    ['before full-width punctuation', 'REQ-0010 \uff08首期\uff09', 'REQ-0010\uff08首期\uff09'],
    ['English words keep their spaces', 'the app works', 'the app works'],
    ['Chinese next to a Latin word keeps its space', '接入 API 网关', '接入 API 网关'],
    ['a comma after English keeps its space', 'Hello, 世界', 'Hello, 世界'],
    ['a paragraph break stays', '第一段\n\n第二段', '第一段\n\n第二段'],
  ])('%s', (_case, input, expected) => {
    expect(joinCjkText(input)).toBe(expected);
  });
});

describe('joinCjkLines (Markdown bodies)', () => {
  it('joins soft breaks in Chinese prose and keeps paragraphs', () => {
    expect(
      joinCjkLines('冻结后新的变更(如 CR-0011、\nCR-0013)\n不进入本版本。\n\n## 计划内容\n'),
    ).toBe('冻结后新的变更(如 CR-0011、CR-0013)\n不进入本版本。\n\n## 计划内容\n');
    expect(joinCjkLines('第一行中文\n第二行中文')).toBe('第一行中文第二行中文');
  });

  it('keeps hard breaks, list items, English lines and fenced code as written', () => {
    const text =
      '硬换行  \n下一行\n- 列表\n- 第二项\nEnglish line\nnext line\n```\n代码\n代码\n```\n';
    expect(joinCjkLines(text)).toBe(text);
  });

  it('keeps list items and headings apart when a line ends in Chinese punctuation', () => {
    const items =
      '- 统一采集温湿度数据。\n- 只追加存储。\n1. 第一步。\n2. 第二步\n> 引用。\n| 表格 |\n';
    expect(joinCjkLines(items)).toBe(items);
    expect(joinCjkLines('## 需求内容\n正文第一行,\n接着写。')).toBe(
      '## 需求内容\n正文第一行,接着写。',
    );
  });
});
