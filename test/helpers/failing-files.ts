/**
 * A RenumberFiles fake over a real folder that fails like a full disk on its Nth change, so a test
 * can interrupt a renumber at every step.
 */
import { createWorkingTreeFiles, type RenumberFiles } from '../../src/adapters/renumber-files.ts';
import { ContentSourceError } from '../../src/core/ports/content-source.ts';

export interface FailingFiles extends RenumberFiles {
  /** Changes made so far (writes, links, removals). */
  changes: number;
}

export function createFailingFiles(root: string, failAt: number): FailingFiles {
  const real = createWorkingTreeFiles(root);
  const fake: FailingFiles = {
    ...real,
    changes: 0,
    writeNew: (path, text) => {
      change(path);
      real.writeNew(path, text);
    },
    replace: (path, text) => {
      change(path);
      real.replace(path, text);
    },
    link: (from, to) => {
      change(to);
      real.link(from, to);
    },
    remove: (path) => {
      change(path);
      real.remove(path);
    },
  };
  function change(path: string): void {
    fake.changes++;
    if (fake.changes === failAt)
      throw new ContentSourceError('io', path, 'ENOSPC: no space left on device');
  }
  return fake;
}
