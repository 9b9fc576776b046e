/**
 * Debian's Chromium driven by playwright-core, started the way this machine needs it: headless,
 * no sandbox (root), no GPU, and no background networking (the network is closed, and Chromium's
 * own connections would otherwise fail noisily). Playwright gives every launch a fresh, empty
 * profile folder (--user-data-dir) and removes it on close.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['DOCKET_CHROMIUM'] ?? '/usr/bin/chromium';

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (.ci/run does).`,
    );
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
