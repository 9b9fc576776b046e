/**
 * A tiny static file server for browser tests: serves a built site folder on 127.0.0.1 under an
 * optional base path, as a static host (GitHub Pages) would. It adds no headers of its own, so
 * the Content-Security-Policy a page gets is the one the site itself ships.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  /** The site's root URL, base path included, ending in `/`. */
  url: string;
  /** Every path a browser asked for that did not exist (broken links and assets). */
  missing: string[];
  close: () => Promise<void>;
}

/** Serves `folder` at `http://127.0.0.1:PORT{base}`; `base` starts and ends with `/`. */
export async function serveFolder(folder: string, base = '/'): Promise<StaticServer> {
  const missing: string[] = [];
  const server = createServer((request, response) => {
    const file = resolveRequest(folder, base, request);
    if (file === undefined) {
      missing.push(request.url ?? '');
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    sendFile(file, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    missing,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The file a request names, or undefined: outside the base, outside the folder, or absent. */
function resolveRequest(
  folder: string,
  base: string,
  request: IncomingMessage,
): string | undefined {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return undefined;
  const relative = normalize(pathname.slice(base.length));
  if (relative.startsWith('..')) return undefined;
  let file = join(folder, relative);
  if (!file.startsWith(folder + sep) && file !== folder) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function sendFile(file: string, response: ServerResponse): void {
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
  createReadStream(file).pipe(response);
}
