/**
 * Parses `git ls-tree -r -z --long` output: `<mode> SP <type> SP <object> SP+ <size> TAB <path>`,
 * each entry ended by NUL. Paths are raw (no quoting) because of `-z`.
 */
export interface TreeEntry {
  mode: string;
  /** `blob`, or `commit` for a submodule. */
  type: string;
  object: string;
  /** Bytes of a blob; 0 for anything else (git prints `-`). */
  size: number;
  path: string;
}

const ENTRY = /^(\d{6}) (\w+) ([0-9a-f]{40,64}) +(-|\d+)\t([\s\S]+)$/;

export function parseTreeListing(output: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of output.split('\0')) {
    const match = ENTRY.exec(record);
    if (!match) continue;
    const [, mode = '', type = '', object = '', size = '-', path = ''] = match;
    entries.push({ mode, type, object, size: size === '-' ? 0 : Number(size), path });
  }
  return entries;
}
