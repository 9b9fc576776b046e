/**
 * `npm run screenshots`: builds the site for an audience, opens its main pages in Chromium and
 * saves screenshots for review: every main page in Chinese and English on a desktop window, the
 * dashboard and a list on a phone, and a printable page as printed.
 *
 *   node scripts/screenshots.ts [--audience internal] [--out screenshots]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser/chromium.ts';
import { findMainPages, listPages } from './browser/site-pages.ts';
import { serveFolder } from './browser/static-server.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Shot {
  name: string;
  path: string;
  viewport: { width: number; height: number };
  print?: boolean;
}

/** Without a Chinese font, Chromium draws every Chinese character as a box. */
function warnWithoutChineseFont(): void {
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (fonts.status === 0 && fonts.stdout.trim() !== '') return;
  console.error(
    'No Chinese font found (fc-list :lang=zh): Chinese text will show as boxes. Install one, e.g. `apt-get install -y fonts-wqy-microhei` or `fonts-noto-cjk`.',
  );
}

function buildSite(audience: string, out: string): void {
  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'scripts', 'site.ts'), 'build', '--audience', audience, '--out', out],
    { cwd: PROJECT_ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`the site build failed (exit ${result.status})`);
}

/** `requirements/REQ-0001/` → `en-requirements-REQ-0001`. */
function fileName(path: string, suffix: string): string {
  const stem = path.replace(/\/$/, '').replaceAll('/', '-') || 'dashboard';
  return `${stem}${suffix}.png`;
}

async function planShots(browser: Browser, siteUrl: string, pages: string[]): Promise<Shot[]> {
  const page = await browser.newPage();
  const main = [
    ...(await findMainPages(page, siteUrl, pages, '')),
    ...(await findMainPages(page, siteUrl, pages, 'en/')),
  ];
  await page.close();
  const shots: Shot[] = main.map((path) => ({
    name: fileName(path, ''),
    path,
    viewport: DESKTOP,
  }));
  for (const path of ['', 'requirements/'])
    shots.push({ name: fileName(path, '-phone'), path, viewport: PHONE });
  const printable = pages.find((path) => /print|confirm/.test(path));
  if (printable)
    shots.push({
      name: fileName(printable, '-print'),
      path: printable,
      viewport: DESKTOP,
      print: true,
    });
  return shots;
}

async function takeShots(browser: Browser, siteUrl: string, shots: Shot[], out: string) {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport });
    if (shot.print) await page.emulateMedia({ media: 'print' });
    await page.goto(new URL(shot.path, siteUrl).href, { waitUntil: 'load' });
    await page.screenshot({ path: join(out, shot.name), fullPage: true });
    await page.close();
    console.log(join(out, shot.name));
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      audience: { type: 'string', default: 'internal' },
      out: { type: 'string', default: 'screenshots' },
    },
  });
  const out = resolve(values.out);
  warnWithoutChineseFont();
  const siteDir = mkdtempSync(join(tmpdir(), 'docket-screenshots-'));
  try {
    buildSite(values.audience, siteDir);
    mkdirSync(out, { recursive: true });
    const server = await serveFolder(siteDir);
    const browser = await launchChromium();
    try {
      await takeShots(
        browser,
        server.url,
        await planShots(browser, server.url, listPages(siteDir)),
        out,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(siteDir, { recursive: true, force: true });
  }
}

await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
