/**
 * Issue 5, point 5: builds the demo content for every audience and scans every output file
 * (HTML, JSON, SVG, scripts, styles, source maps, Pagefind's compressed index) for what the
 * audience must never see. The internal build is scanned with the same needles to prove the
 * scanner finds them when they are there.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/repo.ts';
import { buildSiteOnce } from './helpers/site-build.ts';
import { needlesFor, type Audience } from './leak/audience-needles.ts';
import { loadContent, type LoadedContent } from './leak/confidential-values.ts';
import { findLeaks, readOutputFiles, type Leak, type OutputFile } from './leak/scan-output.ts';

const RESTRICTED: Audience[] = ['public', 'customer:CUS-001', 'customer:CUS-004'];

let content: LoadedContent;
const outputs = new Map<Audience, OutputFile[]>();

beforeAll(async () => {
  content = await loadContent(PROJECT_ROOT);
  for (const audience of ['internal', ...RESTRICTED] as const) {
    const key = `demo-${audience.replace(':', '-')}`;
    const site = buildSiteOnce({ key, root: PROJECT_ROOT, audience });
    outputs.set(audience, readOutputFiles(site.dir));
  }
});

function describeLeaks(leaks: readonly Leak[]): string {
  return leaks
    .slice(0, 30)
    .map((leak) => `${leak.file}: ${leak.what} \`${leak.value}\` in …${leak.excerpt}…`)
    .join('\n');
}

describe.each(RESTRICTED)('the %s build', (audience) => {
  test('has no confidential value, hidden document or other customer in any file', () => {
    const files = outputs.get(audience) ?? [];
    const leaks = findLeaks(files, needlesFor(content, audience));
    expect(describeLeaks(leaks)).toBe('');
  });

  test('was scanned whole, search index included', () => {
    const files = (outputs.get(audience) ?? []).map((file) => file.path);
    expect(files.filter((path) => path.endsWith('.html')).length).toBeGreaterThan(3);
    expect(files.some((path) => /pagefind\/fragment\/.+\.pf_fragment$/.test(path))).toBe(true);
    expect(files.some((path) => /pagefind\/index\/.+\.pf_index$/.test(path))).toBe(true);
  });
});

describe('the scanner', () => {
  test('the content has confidential values of both kinds: free text and figures', () => {
    expect(content.confidential.some((value) => typeof value.value === 'string')).toBe(true);
    expect(content.confidential.some((value) => typeof value.value === 'number')).toBe(true);
  });

  test('finds confidential values, other customers and their documents in the internal build', () => {
    const internal = outputs.get('internal') ?? [];
    const leaks = findLeaks(internal, needlesFor(content, 'public'));
    const found = new Set(leaks.map((leak) => leak.what.split(' ')[0]));
    expect([...found].sort()).toEqual(['hidden', 'name', 'x-confidential']);
    // Values found only beside their label (figures, codes) are found too.
    expect(leaks.some((leak) => /^[0-9.]+$/.test(leak.value))).toBe(true);
    // And inside Pagefind's compressed fragments, not only in pages.
    expect(leaks.some((leak) => leak.file.endsWith('.pf_fragment'))).toBe(true);
  });
});
