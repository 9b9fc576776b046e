/**
 * A hand-written ContentSource fake: files held in memory, and per method an optional error so a
 * test can make the source fail where it wants (policy-bot's pulltest style, not an SDK mock).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONTENT_HEAD_BYTES,
  isHiddenPath,
  type ContentListing,
  type ContentRead,
  type ContentSource,
} from '../../src/core/ports/content-source.ts';
import { PROJECT_ROOT } from './repo.ts';
import { walkFiles } from '../../src/adapters/fs.ts';

export interface FakeContentSource extends ContentSource {
  files: Map<string, string | Uint8Array>;
  symlinks: Set<string>;
  /** When set, listFiles rejects with it. */
  listError?: Error;
  /** Per path: readBytes of that path rejects with the error. */
  readErrors: Map<string, Error>;
  /** Paths read, in order (a test can check nothing was read twice, or at all). */
  reads: string[];
  closed: boolean;
}

export function createFakeContentSource(
  files: Readonly<Record<string, string | Uint8Array>> = {},
  label = 'fake',
): FakeContentSource {
  const fake: FakeContentSource = {
    label,
    files: new Map(Object.entries(files)),
    symlinks: new Set(),
    readErrors: new Map(),
    reads: [],
    closed: false,
    listFiles: (dir) =>
      fake.listError ? Promise.reject(fake.listError) : Promise.resolve(listFake(fake, dir)),
    readBytes: (path, maxBytes) => {
      fake.reads.push(path);
      const error = fake.readErrors.get(path);
      return error ? Promise.reject(error) : Promise.resolve(readFake(fake, path, maxBytes));
    },
    close: () => {
      fake.closed = true;
      return Promise.resolve();
    },
  };
  return fake;
}

function listFake(fake: FakeContentSource, dir: string): ContentListing {
  const under = (path: string) => path.startsWith(`${dir}/`) && !isHiddenPath(path);
  return {
    files: [...fake.files.keys()].filter(under).sort(),
    symlinks: [...fake.symlinks].filter(under).sort(),
  };
}

function readFake(fake: FakeContentSource, path: string, maxBytes: number): ContentRead {
  if (fake.symlinks.has(path)) return { type: 'not-a-file' };
  const content = fake.files.get(path);
  if (content === undefined) return { type: 'missing' };
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  if (bytes.length > maxBytes)
    return { type: 'too-large', size: bytes.length, head: bytes.subarray(0, CONTENT_HEAD_BYTES) };
  return { type: 'bytes', bytes };
}

/** The project's own schemas/ and content/config/, as fake files, plus `extra`. */
export function projectFiles(
  extra: Readonly<Record<string, string | Uint8Array>> = {},
): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (const dir of ['schemas', 'content/config'])
    for (const path of walkFiles(PROJECT_ROOT, dir).files)
      files[path] = readFileSync(join(PROJECT_ROOT, path));
  return { ...files, ...extra };
}
