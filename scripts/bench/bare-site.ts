/**
 * The benchmark's bare reference for the status site: an Astro 7 project with nothing of Docket
 * in it. One content collection reads the corpus's Markdown (Astro's own glob loader and Markdown
 * pipeline) and one dynamic route emits a given number of plain pages (title + rendered body,
 * `<html lang="zh-CN">` so Pagefind segments Chinese as it does for the real site). Written into
 * a scratch folder at run time; its node_modules is a link to the project's.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CONFIG = `// Bare reference site for npm run bench (generated; see scripts/bench/bare-site.ts).
export default {
  outDir: process.env.BARE_SITE_OUT,
  build: { format: 'directory' },
  devToolbar: { enabled: false },
};
`;

const contentConfig = (contentUrl: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const docs = defineCollection({
  loader: glob({ pattern: '**/*.md', base: new URL(${JSON.stringify(contentUrl)}) }),
});

export const collections = { docs };
`;

const page = (pages: number) => `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('docs');
  return Array.from({ length: ${pages} }, (_, index) => ({
    params: { slug: 'p/' + index },
    props: { entry: entries[index % entries.length] },
  }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const title = String(entry.data.title ?? entry.data.name ?? entry.id);
---
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>{title}</h1>
      <Content />
    </main>
  </body>
</html>
`;

/** Writes the bare project into `folder` (replacing it) for a corpus and a page count. */
export function writeBareSite(
  folder: string,
  corpusDir: string,
  pages: number,
  nodeModules: string,
): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'src', 'pages'), { recursive: true });
  writeFileSync(join(folder, 'package.json'), '{ "type": "module", "private": true }\n');
  symlinkSync(nodeModules, join(folder, 'node_modules'), 'dir');
  writeFileSync(join(folder, 'astro.config.mjs'), CONFIG);
  const contentUrl = pathToFileURL(join(corpusDir, 'content')).href + '/';
  writeFileSync(join(folder, 'src', 'content.config.ts'), contentConfig(contentUrl));
  writeFileSync(join(folder, 'src', 'pages', '[...slug].astro'), page(pages));
}
