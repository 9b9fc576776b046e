/**
 * One long-lived `git cat-file --batch` serving every blob read: requests are written one per
 * line and answers come back in the same order (`<object> SP <type> SP <size> LF <bytes> LF`).
 */
import { spawn } from 'node:child_process';
import { ContentSourceError } from '../core/ports/content-source.ts';

export type BlobRead =
  | { type: 'bytes'; bytes: Uint8Array }
  /** More than the reader was allowed to hold: its bytes were skipped as they streamed past. */
  | { type: 'too-large'; size: number };

export interface BlobReader {
  read(object: string, maxBytes?: number): Promise<BlobRead>;
  close(): Promise<void>;
}

interface Pending {
  object: string;
  maxBytes: number;
  resolve: (read: BlobRead) => void;
  reject: (error: Error) => void;
}

export function createBlobReader(root: string): BlobReader {
  const child = spawn('git', ['cat-file', '--batch'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const pending: Pending[] = [];
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const request of pending.splice(0)) request.reject(failure);
  };
  child.on('error', (error) => {
    fail(new ContentSourceError('git', 'cat-file', error.message));
  });
  child.on('close', () => {
    fail(new ContentSourceError('git', 'cat-file', 'git cat-file ended early'));
  });
  child.stdin.on('error', () => {
    // reported through 'close'
  });
  const answers = createAnswerParser(pending, fail);
  child.stdout.on('data', answers);
  const closed = new Promise<void>((resolve) => {
    child.on('close', () => {
      resolve();
    });
  });
  return {
    read: (object, maxBytes = Number.POSITIVE_INFINITY) =>
      new Promise((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        pending.push({ object, maxBytes, resolve, reject });
        child.stdin.write(`${object}\n`);
      }),
    close: () => {
      child.stdin.end();
      return closed;
    },
  };
}

/**
 * Answers pending reads from cat-file's output as it arrives. An answer larger than its read
 * allows is skipped as it streams by, never buffered whole.
 */
function createAnswerParser(pending: Pending[], fail: (error: Error) => void) {
  let buffered: Buffer = Buffer.alloc(0);
  let skipping = 0;
  return (chunk: Buffer) => {
    let rest = chunk;
    if (skipping > 0) {
      const dropped = Math.min(skipping, rest.length);
      skipping -= dropped;
      rest = rest.subarray(dropped);
    }
    buffered = buffered.length === 0 ? rest : Buffer.concat([buffered, rest]);
    while (pending.length > 0 && skipping === 0) {
      const headerEnd = buffered.indexOf(0x0a);
      const request = pending[0];
      if (headerEnd < 0 || !request) return;
      const match = /^\S+ (\S+) (\d+)$/.exec(buffered.subarray(0, headerEnd).toString('utf8'));
      if (!match) {
        fail(
          new ContentSourceError('git', request.object, buffered.subarray(0, headerEnd).toString()),
        );
        buffered = Buffer.alloc(0);
        return;
      }
      const size = Number(match[2]);
      const end = headerEnd + 1 + size + 1;
      if (size > request.maxBytes) {
        pending.shift();
        request.resolve({ type: 'too-large', size });
        skipping = Math.max(0, end - buffered.length);
        buffered = buffered.subarray(Math.min(end, buffered.length));
        continue;
      }
      if (buffered.length < end) return;
      pending.shift();
      request.resolve({
        type: 'bytes',
        bytes: Uint8Array.prototype.slice.call(buffered, headerEnd + 1, end - 1),
      });
      buffered = buffered.subarray(end);
    }
  };
}
