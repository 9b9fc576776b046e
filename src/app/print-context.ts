/**
 * What every printed document states about where it came from: the organisation that issues it,
 * the commit it was generated from, and the repository address its QR code points into.
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { readText } from '../adapters/fs.ts';
import { readHeadCommit } from '../adapters/git.ts';
import { CONFIG_FILES } from '../core/layout.ts';
import { parseConfigText } from '../core/parse.ts';
import { permalinkOf, resolveRepositoryUrl } from '../core/print/permalink.ts';

export interface PrintContext {
  organisation?: string;
  /** Full commit ID; undefined outside git. */
  commit?: string;
  repositoryUrl?: string;
  /** The permalink of a repository file at `commit`, when both are known. */
  permalink(path: string): string | undefined;
}

export async function loadPrintContext(
  root: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<PrintContext> {
  const settings = readSettings(root);
  const commit = await readHeadCommit(root);
  const setting = settings['repository_url'];
  const repositoryUrl = resolveRepositoryUrl({
    setting: typeof setting === 'string' ? setting : undefined,
    env,
  });
  const organisation = settings['organisation'];
  return {
    organisation: typeof organisation === 'string' ? organisation : undefined,
    commit,
    repositoryUrl,
    permalink: (path) => permalinkOf(repositoryUrl, commit, path),
  };
}

/** docket.yaml through the documents' safe loader; `docket validate` reports a broken file. */
function readSettings(root: string): Readonly<Record<string, unknown>> {
  const path = CONFIG_FILES.settings.path;
  if (!existsSync(join(root, path))) return {};
  const parsed = parseConfigText(readText(root, path));
  return parsed.ok ? parsed.doc.data : {};
}
