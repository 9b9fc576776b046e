/**
 * Masks words an audience must not read wherever they occur in text: one left-to-right pass over
 * a trie of the words (longest match wins), so thousands of hidden names and IDs cost about as
 * much as reading the text once. Latin words and IDs match only whole (`REQ-0012` is not masked
 * inside `REQ-00123`) and ignore case; Chinese words match anywhere.
 */

export const MASK = '■■■';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Set when a word ends here: whether it must stand alone (Latin at that edge). */
  end?: { wholeStart: boolean; wholeEnd: boolean };
}

const WORD_CHAR = /[A-Za-z0-9_]/;

export type Masker = (text: string) => string;

export function createMasker(words: readonly string[]): Masker {
  const root: TrieNode = { next: new Map() };
  for (const word of words) if (word.length > 0) insertWord(root, word);
  if (root.next.size === 0) return (text) => text;
  return (text) => maskText(root, text);
}

function insertWord(root: TrieNode, word: string): void {
  let node = root;
  const lower = word.toLowerCase();
  // Code units, as the scan walks the text by index.
  for (let index = 0; index < lower.length; index++) {
    const char = lower[index] ?? '';
    let child = node.next.get(char);
    if (!child) node.next.set(char, (child = { next: new Map() }));
    node = child;
  }
  node.end = {
    wholeStart: WORD_CHAR.test(word[0] ?? ''),
    wholeEnd: WORD_CHAR.test(word.at(-1) ?? ''),
  };
}

function maskText(root: TrieNode, text: string): string {
  const lower = text.toLowerCase();
  // toLowerCase keeps UTF-16 offsets for the text we meet; fall back to exact case if not.
  const source = lower.length === text.length ? lower : text;
  let out = '';
  let copied = 0;
  let index = 0;
  while (index < source.length) {
    const end = longestMatch(root, source, index);
    if (end === undefined) {
      index++;
      continue;
    }
    out += text.slice(copied, index) + MASK;
    copied = index = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function longestMatch(root: TrieNode, text: string, start: number): number | undefined {
  let node: TrieNode | undefined = root;
  let found: number | undefined;
  for (let index = start; index < text.length && node;) {
    node = node.next.get(text[index] ?? '');
    index++;
    const end = node?.end;
    if (
      end &&
      !(end.wholeStart && WORD_CHAR.test(text[start - 1] ?? '')) &&
      !(end.wholeEnd && WORD_CHAR.test(text[index] ?? ''))
    )
      found = index;
  }
  return found;
}

/** A copy of plain data with every string (and object key) masked. */
export function maskData<T>(data: T, mask: Masker): T {
  return maskValue(data, mask) as T;
}

function maskValue(value: unknown, mask: Masker): unknown {
  if (typeof value === 'string') return mask(value);
  if (Array.isArray(value)) return value.map((item) => maskValue(item, mask));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [mask(key), maskValue(item, mask)]),
  );
}
