/**
 * Parses `git ls-tree -r -z` output: `<mode> SP <type> SP <object> TAB <path>`, each entry ended
 * by NUL. Paths are raw (no quoting) because of `-z`. Sizes are not asked for (`--long` makes git
 * look up every blob: 0.1 s a tree at 10,000 documents); a read is bounded by the blob reader.
 */
export interface TreeEntry {
  mode: string;
  /** `blob`, or `commit` for a submodule. */
  type: string;
  object: string;
  path: string;
}

const ENTRY = /^(\d{6}) (\w+) ([0-9a-f]{40,64})\t([\s\S]+)$/;

export function parseTreeListing(output: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of output.split('\0')) {
    const match = ENTRY.exec(record);
    if (!match) continue;
    const [, mode = '', type = '', object = '', path = ''] = match;
    entries.push({ mode, type, object, path });
  }
  return entries;
}
