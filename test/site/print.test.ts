/**
 * The printable documents of the built demo site: which exist for which audience, what each
 * holds (computed from content/), the commit they were generated from and a QR code that
 * encodes the permalink to the file at that commit.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { load } from 'js-yaml';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkingTreeSource } from '../../src/adapters/fs.ts';
import { loadRepository } from '../../src/app/load-repository.ts';
import { PRINT_MESSAGES } from '../../src/core/print/messages.ts';
import type { LoadedDocument } from '../../src/core/repository.ts';
import { joinCjkText } from '../../src/core/text/cjk.ts';
import { PROJECT_ROOT } from '../helpers/repo.ts';
import { buildDemoSite } from '../helpers/site-build.ts';

const REPOSITORY = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'yunfan/docket' };
const documents = (await loadRepository(createWorkingTreeSource(PROJECT_ROOT))).documents;
const byId = new Map(documents.map((document) => [document.id, document]));
const people = (
  load(readFileSync(join(PROJECT_ROOT, 'content/config/people.yaml'), 'utf8')) as {
    people: { id: string; name: string }[];
  }
).people;
const ofKind = (kind: string) => documents.filter((document) => document.kind === kind);
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const head = execFileSync('git', ['rev-parse', 'HEAD'], {
  cwd: PROJECT_ROOT,
  encoding: 'utf8',
}).trim();

/** Customer → release → requirement IDs, from the releases' requirement lists. */
function expectedSheets(): Map<string, string[]> {
  const sheets = new Map<string, string[]>();
  for (const release of ofKind('release'))
    for (const id of list(release.data['requirements'])) {
      const customer = byId.get(id)?.data['customer'];
      if (typeof customer !== 'string') continue;
      const key = `${customer}/${release.id}`;
      sheets.set(key, [...(sheets.get(key) ?? []), id]);
    }
  return sheets;
}

const customerOfChange = (change: LoadedDocument): string | undefined =>
  list(change.data['requirements'])
    .map((id) => byId.get(id)?.data['customer'])
    .find((customer): customer is string => typeof customer === 'string');

/** The page's text as a reader sees it: tags dropped, entities decoded. */
const textOf = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const listDir = (path: string): string[] => (existsSync(path) ? readdirSync(path).sort() : []);

const builds: string[] = [];
let internal: string;
beforeAll(() => {
  internal = buildDemoSite('internal', REPOSITORY);
  builds.push(internal);
}, 240_000);
afterAll(() => {
  for (const site of builds) rmSync(dirname(site), { recursive: true, force: true });
});

describe('需求确认书 per customer and release', () => {
  it('exists for every customer with requirements in a release, in both languages', () => {
    const expected = [...expectedSheets().keys()].sort();
    const built = listDir(join(internal, 'print/confirmation')).flatMap((customer) =>
      listDir(join(internal, 'print/confirmation', customer)).map(
        (release) => `${customer}/${release}`,
      ),
    );
    expect(built).toEqual(expected);
    for (const key of expected)
      expect(existsSync(join(internal, 'en/print/confirmation', key, 'index.html'))).toBe(true);
  });

  it('lists the requirements with IDs and acceptance criteria, and a sign-off table', () => {
    for (const [key, ids] of expectedSheets()) {
      const html = readFileSync(join(internal, 'print/confirmation', key, 'index.html'), 'utf8');
      const text = textOf(html);
      for (const id of ids) {
        expect(text).toContain(id);
        const criteria = byId.get(id)?.data['acceptance_criteria'];
        for (const criterion of Array.isArray(criteria) ? (criteria as { text: string }[]) : [])
          expect(text).toContain(criterion.text.replace(/\s+/g, ' ').trim());
      }
      expect(text).toContain('修改记录');
      expect(text).toContain('用户方代表');
      expect(text).toContain('项目管理人员');
    }
  });
});

describe('需求变更确认单 per change request', () => {
  it('holds before and after, the reason and the impact, with both signatures', () => {
    const changes = ofKind('change');
    expect(listDir(join(internal, 'print/changes'))).toEqual(
      changes.map((change) => change.id).sort(),
    );
    for (const change of changes) {
      const text = textOf(
        readFileSync(join(internal, 'print/changes', change.id, 'index.html'), 'utf8'),
      );
      const { before, after } = change.data['change'] as { before: string; after: string };
      // As read: a line folded inside Chinese text joins without a space (需要电话叫醒).
      for (const part of [before, after, String(change.data['reason'])])
        expect(text).toContain(joinCjkText(part).replace(/\s+/g, ' ').trim());
      expect(text).toContain('用户方代表');
      expect(text).toContain('项目管理人员');
    }
  });

  it('names the project manager who witnessed a paper signature, not their ID', () => {
    const signed = ofKind('change').filter((change) => change.data['offline_signature']);
    expect(signed.length).toBeGreaterThan(0);
    for (const change of signed) {
      const { attested_by: id } = change.data['offline_signature'] as { attested_by: string };
      const html = readFileSync(join(internal, 'print/changes', change.id, 'index.html'), 'utf8');
      const name = people.find((person) => person.id === id)?.name ?? '';
      expect(textOf(html)).toContain(`${name} 见证`);
    }
  });
});

describe('where a printed document came from', () => {
  it('names the commit and carries a QR code of the permalink to the file at that commit', async () => {
    const release = ofKind('release')[0];
    const key = [...expectedSheets().keys()].find((entry) => entry.endsWith(`/${release?.id}`));
    const html = readFileSync(join(internal, 'print/confirmation', `${key}`, 'index.html'), 'utf8');
    const permalink = `https://github.com/yunfan/docket/blob/${head}/${release?.path}`;
    expect(html).toContain(head);
    expect(html).toContain(`href="${permalink}"`);
    const svg = await QRCode.toString(permalink, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 1,
    });
    expect(html).toContain(svg);
  });

  it('is laid out for A4 without the site navigation', () => {
    const key = [...expectedSheets().keys()][0];
    const html = readFileSync(join(internal, 'print/confirmation', `${key}`, 'index.html'), 'utf8');
    expect(html).not.toContain('class="site-header"');
    expect(html).toMatch(/<link rel="stylesheet" href="\/print\.css"/);
    const css = readFileSync(join(internal, 'print.css'), 'utf8');
    expect(css).toMatch(/@page\s*{[^}]*size:\s*A4/);
    expect(css).toMatch(/@media print\s*{[\s\S]*\.print-tools\s*{\s*display:\s*none/);
  });
});

describe('audiences', () => {
  it('prints nothing on the public site', () => {
    const site = buildDemoSite('public');
    builds.push(site);
    for (const [prefix, lang] of [
      ['', 'zh-CN'],
      ['en/', 'en'],
    ] as const) {
      const index = readFileSync(join(site, prefix, 'print/index.html'), 'utf8');
      expect(index).toContain(PRINT_MESSAGES['print/none']?.[lang]);
      expect(listDir(join(site, prefix, 'print/confirmation'))).toEqual([]);
      expect(listDir(join(site, prefix, 'print/changes'))).toEqual([]);
    }
  }, 240_000);

  it('prints only its own documents on a customer portal', () => {
    const customer = 'CUS-004';
    const site = buildDemoSite(`customer:${customer}`);
    builds.push(site);
    const sheets = [...expectedSheets().keys()].filter((key) => key.startsWith(`${customer}/`));
    expect(sheets.length).toBeGreaterThan(0);
    expect(listDir(join(site, 'print/confirmation'))).toEqual([customer]);
    const changes = ofKind('change').filter((change) => customerOfChange(change) === customer);
    expect(listDir(join(site, 'print/changes'))).toEqual(changes.map((change) => change.id).sort());
  }, 240_000);
});
