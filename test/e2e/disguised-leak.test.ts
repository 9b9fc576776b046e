/**
 * Confidential values written in disguise into a public document's body — as HTML entities,
 * in full-width digits, with dashes inside a number, split by emphasis, or with a non-breaking
 * hyphen in a hidden ID — must not reach the public build, whose pages and search index are
 * scanned with the values in their plain spelling and after NFKC (as a reader would see them).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PROJECT_ROOT, git } from '../helpers/repo.ts';
import { makeTempDir } from '../helpers/temp.ts';
import { buildSiteOnce } from './helpers/site-build.ts';
import { needlesFor } from './leak/audience-needles.ts';
import { loadContent } from './leak/confidential-values.ts';
import { findLeaks, readOutputFiles, type OutputFile } from './leak/scan-output.ts';

const PHONE = '13857083216'; // CUS-005's contact: x-confidential
const CREDIT_CODE = '93330803MA2DKB6T1N';
const DISGUISES = [
  `&#49;${PHONE.slice(1)}`,
  '１３８５７０８３２１６',
  '138-5708-3216',
  `${PHONE.slice(0, 7)}**${PHONE.slice(7)}**`,
  `&#57;${CREDIT_CODE.slice(1)}`,
  'REQ&#45;0015',
  'CUS\u2011007',
];

let root: string;
let files: OutputFile[];

beforeAll(() => {
  root = makeTempDir('disguise');
  for (const part of ['content', 'schemas'])
    cpSync(join(PROJECT_ROOT, part), join(root, part), { recursive: true });
  const path = join(root, 'content/requirements/REQ-0020.md');
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, `${text}\n${DISGUISES.map((line) => `- ${line}`).join('\n')}\n`);
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'x');
  files = readOutputFiles(buildSiteOnce({ key: 'disguise-public', root, audience: 'public' }).dir);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

test('the public build carries no disguised confidential value, in pages or search index', async () => {
  const content = await loadContent(root);
  expect(files.some((file) => file.path === 'requirements/REQ-0020/index.html')).toBe(true);
  expect(findLeaks(files, needlesFor(content, 'public')).map((leak) => leak.file)).toEqual([]);
  const readable = (file: OutputFile) =>
    file.plain.normalize('NFKC').replace(/(?<=\d)-(?=\d)/g, '');
  const spelled = files.filter((file) => {
    const text = readable(file);
    return text.includes(PHONE) || text.includes(CREDIT_CODE) || /CUS.007/.test(text);
  });
  expect(spelled.map((file) => file.path)).toEqual([]);
});
