import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSiteSettings } from '../../src/cli/site.ts';

const repo = resolve(import.meta.dirname, '../..');
const context = { root: repo, cwd: repo };

describe('site build options', () => {
  it('builds the public audience into dist/ at / by default', () => {
    const { settings } = parseSiteSettings('build', [], context);
    expect(settings).toMatchObject({ audience: 'public', base: '/', contentRoot: repo });
    expect(settings.outDir).toBe(resolve(repo, 'dist'));
  });

  it('start builds the internal audience into its own folder', () => {
    const { settings } = parseSiteSettings('start', ['--port', '4400'], context);
    expect(settings.audience).toBe('internal');
    expect(settings.outDir).toBe(resolve(repo, 'dist-internal'));
  });

  it('puts a customer portal in its own folder under a project-site base', () => {
    const { settings } = parseSiteSettings(
      'build',
      ['--audience', 'customer:CUS-003', '--base', '/docket'],
      context,
    );
    expect(settings.outDir).toBe(resolve(repo, 'dist-customer-CUS-003'));
    expect(settings.base).toBe('/docket/');
  });

  it.each([
    [['--audience', 'everyone'], 'site/bad-audience'],
    [['--base', 'https://evil.example/'], 'site/bad-base'],
    [['--out', '.'], 'site/unsafe-out'],
    [['--out', '..'], 'site/unsafe-out'],
    [['--out', '/'], 'site/unsafe-out'],
    [['--colour'], 'usage/unknown-option'],
  ])('refuses %j with %s', (args, messageId) => {
    expect(() => parseSiteSettings('build', args, context)).toThrow(
      expect.objectContaining({ messageId }),
    );
  });
});
