import { describe, expect, it } from 'vitest';
import { isSafeUrl, renderMarkdown } from '../../src/core/markdown.ts';

describe('renderMarkdown', () => {
  it('makes **强调** beside Chinese punctuation bold', () => {
    expect(renderMarkdown('这是**强调。**后面，还有**“引号”**测试。')).toBe(
      '<p>这是<strong>强调。</strong>后面，还有<strong>“引号”</strong>测试。</p>\n',
    );
  });

  it('joins Chinese lines without a space and keeps English line breaks', () => {
    expect(renderMarkdown('需要\n电话叫醒\nand English\nline')).toBe(
      '<p>需要电话叫醒\nand English\nline</p>\n',
    );
  });

  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['<svg onload=alert(1)>', '&lt;svg onload=alert(1)&gt;'],
    ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>', '&lt;math&gt;'],
  ])('escapes raw HTML %s', (source, escaped) => {
    const html = renderMarkdown(source);
    expect(html).toContain(escaped);
    expect(html).not.toMatch(/<(script|img|svg|math)/);
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](java\tscript:alert(1))',
    '[x](vbscript:msgbox(1))',
    '![x](data:image/png;base64,AAAA)',
    '[x](data:text/html,<script>alert(1)</script>)',
    '<javascript:alert(1)>',
    '[x](//evil.example/)',
  ])('renders no link for the unsafe target in %s', (source) => {
    expect(renderMarkdown(source)).not.toMatch(/<a |<img /);
  });

  it('keeps http, https, mailto and relative links, marked noopener', () => {
    const html = renderMarkdown(
      '[a](https://x.example/) [b](mailto:a@b.example) [c](../REQ-0001/)',
    );
    expect(html).toContain('<a href="https://x.example/" rel="noopener noreferrer nofollow">a</a>');
    expect(html).toContain('<a href="mailto:a@b.example"');
    expect(html).toContain('<a href="../REQ-0001/"');
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://a.example', true],
    ['#top', true],
    ['docs/a.md', true],
    ['?q=1:2', true],
    [' javascript:alert(1)', false],
    ['ftp://a.example', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});
