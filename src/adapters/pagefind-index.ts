/**
 * Builds the Pagefind search index of a built site into <site>/pagefind. Pagefind picks each
 * page's language from <html lang> (zh-CN pages get Chinese word segmentation).
 */
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

export interface IndexResult {
  pages: number;
  errors: string[];
}

export async function writeSearchIndex(siteDir: string): Promise<IndexResult> {
  try {
    const { index, errors } = await createIndex({});
    if (!index) return { pages: 0, errors };
    const added = await index.addDirectory({ path: siteDir });
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
  } finally {
    await close();
  }
}
