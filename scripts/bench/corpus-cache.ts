/**
 * Synthetic corpora for the benchmark, cached under the output folder and keyed by size, invalid
 * share and seed; regenerated when the generator, schemas/ or content/config/ change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { generateCorpus, MANIFEST } from '../generate-corpus.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
const STAMP = '.bench-stamp';
const showProgress = process.stderr.isTTY && !process.env['CI'];
function progress(message: string): void {
  if (showProgress) process.stderr.write(`${message}\n`);
}

/** Everything a corpus is made from: when any of it changes, cached corpora are stale. */
export function generatorFingerprint(): string {
  const hash = createHash('sha256');
  const folders = ['schemas', 'content/config', 'scripts/corpus'];
  const files = folders.flatMap((folder) =>
    readdirSync(join(PROJECT_ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  for (const path of [...files.sort(), join(PROJECT_ROOT, 'scripts', 'generate-corpus.ts')])
    hash.update(relative(PROJECT_ROOT, path)).update(readFileSync(path));
  return hash.digest('hex').slice(0, 16);
}

export function ensureCorpus(
  out: string,
  seed: number,
  size: number,
  share: number,
  fingerprint: string,
): { dir: string; mutated: number } {
  const dir = join(out, `corpus-${size}-${share}-seed${seed}`);
  const stamp = join(dir, STAMP);
  const fresh =
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === fingerprint &&
    existsSync(join(dir, MANIFEST));
  if (!fresh) {
    progress(
      `generating ${size} documents (${share === 0 ? 'valid' : `${share * 100} % invalid`}) in ${dir}`,
    );
    // Whole folder: the site benchmark makes its corpus a git repository, which the generator refuses.
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    generateCorpus({ dir, documents: size, invalidShare: share, seed });
    writeFileSync(stamp, fingerprint);
  }
  const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as {
    invalid: Record<string, string>;
  };
  return { dir, mutated: Object.keys(manifest.invalid).length };
}
