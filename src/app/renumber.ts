/**
 * `docket renumber`: read content/, plan the edits in src/core, then apply them so that no file
 * is ever lost: every new file exists before any old one goes, and a failure while creating them
 * removes only what this run created.
 */
import { linkFile, listFiles, readText, removeEmptyFolders, removeFile, writeFileAtomic } from '../adapters/fs.ts';
import { CONTENT_DIR, CUSTOMERS_DIR } from '../core/layout.ts';
import { planRenumber, type RenumberPlan, type RenumberResult } from '../core/renumber.ts';

/** Files that can hold an ID: documents, and the YAML configuration (people.yaml names customers). */
const TEXT_FILE = /\.(md|ya?ml)$/i;

export function getRenumberPlan(root: string, oldId: string, newId: string): RenumberResult {
  const paths = listFiles(root, CONTENT_DIR);
  const texts = new Map(paths.filter((path) => TEXT_FILE.test(path)).map((path) => [path, readText(root, path)]));
  return planRenumber({ oldId, newId, paths, texts });
}

export function applyRenumberPlan(root: string, plan: RenumberPlan): void {
  const created: string[] = [];
  try {
    for (const move of plan.moves) {
      if (move.text === undefined) linkFile(root, move.from, move.to);
      else writeFileAtomic(root, move.to, move.text, 'create');
      created.push(move.to);
    }
  } catch (error) {
    for (const path of created) removeFile(root, path);
    throw error;
  }
  for (const rewrite of plan.rewrites) writeFileAtomic(root, rewrite.path, rewrite.text, 'replace');
  for (const move of plan.moves) removeFile(root, move.from);
  for (const move of plan.moves) removeEmptyFolders(root, move.from.slice(0, move.from.lastIndexOf('/')), CUSTOMERS_DIR);
}
