/** The pages of a built site, as paths a browser asks for (`requirements/REQ-0001/`). */
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';

export function listPages(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(folder, `${entry.parentPath}/${entry.name}`))
    .filter((path) => !path.startsWith('pagefind/'))
    .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
