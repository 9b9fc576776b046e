/**
 * One long-lived `git cat-file --batch` serving every blob read: requests are written one per
 * line and answers come back in the same order (`<object> SP <type> SP <size> LF <bytes> LF`).
 */
import { spawn } from 'node:child_process';
import { ContentSourceError } from '../core/ports/content-source.ts';

export interface BlobReader {
  read(object: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

interface Pending {
  object: string;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

export function createBlobReader(root: string): BlobReader {
  const child = spawn('git', ['cat-file', '--batch'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const pending: Pending[] = [];
  let buffered: Buffer = Buffer.alloc(0);
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
  child.stdout.on('data', (chunk: Buffer) => {
    buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
    buffered = answerPending(buffered, pending, fail);
  });
  const closed = new Promise<void>((resolve) => {
    child.on('close', () => {
      resolve();
    });
  });
  return {
    read: (object) =>
      new Promise((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        pending.push({ object, resolve, reject });
        child.stdin.write(`${object}\n`);
      }),
    close: () => {
      child.stdin.end();
      return closed;
    },
  };
}

/** Answers as many pending reads as the buffer holds; returns what is left of it. */
function answerPending(buffer: Buffer, pending: Pending[], fail: (error: Error) => void): Buffer {
  let rest = buffer;
  while (pending.length > 0) {
    const headerEnd = rest.indexOf(0x0a);
    if (headerEnd < 0) return rest;
    const header = rest.subarray(0, headerEnd).toString('utf8');
    const request = pending[0];
    if (!request) return rest;
    const match = /^\S+ (\S+) (\d+)$/.exec(header);
    if (!match) {
      fail(new ContentSourceError('git', request.object, header));
      return Buffer.alloc(0);
    }
    const size = Number(match[2]);
    if (rest.length < headerEnd + 1 + size + 1) return rest;
    pending.shift();
    request.resolve(Uint8Array.prototype.slice.call(rest, headerEnd + 1, headerEnd + 1 + size));
    rest = rest.subarray(headerEnd + 2 + size);
  }
  return rest;
}
