// Docket's TypeScript, type-stripped once and kept: Node 22 strips the types of every module on
// every start (WebAssembly start-up included, ~0.15–0.25 s a command); Node 23's compile cache
// keeps the result, Node 22's does not. This load hook does the same for Docket's own .ts files:
// the stripped text is kept under node_modules/.cache/docket-ts, named by a hash of the Node
// version, the file's URL and its text, so an edited file is stripped again. Anything the cache
// cannot do (a read-only install) falls back to stripping as usual. DOCKET_TS_CACHE names another
// folder (the tests use their own).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { join } from 'node:path';
import { URL, fileURLToPath } from 'node:url';

const ROOT = new URL('../', import.meta.url).href;
const CACHE =
  process.env.DOCKET_TS_CACHE ||
  fileURLToPath(new URL('../node_modules/.cache/docket-ts/', import.meta.url));

function ownTypeScript(url) {
  return url.startsWith(ROOT) && url.endsWith('.ts') && !url.includes('/node_modules/');
}

function stripped(url) {
  const source = readFileSync(new URL(url), 'utf8');
  const key = createHash('sha256').update(`${process.version}\0${url}\0`).update(source);
  const file = join(CACHE, `${key.digest('hex')}.js`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    const code = stripTypeScriptTypes(source);
    try {
      mkdirSync(CACHE, { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, code);
      renameSync(temporary, file);
    } catch {
      // not writable: strip again next time
    }
    return code;
  }
}

registerHooks({
  load(url, context, nextLoad) {
    if (!ownTypeScript(url)) return nextLoad(url, context);
    return { format: 'module', source: stripped(url), shortCircuit: true };
  },
});
