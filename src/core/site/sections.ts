/**
 * Where the status site puts its pages, shared by the pages (src/site) and the search indexer:
 * each kind's folder, and each language's prefix (zh-CN at the site root, English under en/).
 */
import type { DocumentKind } from '../layout.ts';
import type { Lang } from '../messages.ts';
import { isRecordKind } from '../progress.ts';

/** The folder of each kind's pages and list. */
export const SECTION_OF: Readonly<Record<string, string>> = {
  requirement: 'requirements',
  change: 'changes',
  customer: 'customers',
  release: 'releases',
};

/** The folder of a document's page: its kind's section; a relationship record's, under customers/. */
export function pageSectionOf(kind: string): string | undefined {
  return SECTION_OF[kind] ?? (isRecordKind(kind as DocumentKind) ? 'customers' : undefined);
}

export const LANG_PREFIX: Readonly<Record<Lang, string>> = { 'zh-CN': '', en: 'en/' };

/**
 * The folders whose pages Pagefind reads, per language: the document pages
 * (`{prefix}{section}/{id}/index.html`), the only pages that mark their content
 * `data-pagefind-body`. Lists, reports and printable forms are never read, so they cost nothing.
 */
export function listSearchFolders(): { lang: Lang; folders: string[] }[] {
  return (Object.keys(LANG_PREFIX) as Lang[]).map((lang) => ({
    lang,
    folders: Object.values(SECTION_OF).map((section) => `${LANG_PREFIX[lang]}${section}`),
  }));
}
