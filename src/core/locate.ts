/**
 * Finds where a data path sits in the front-matter YAML, for error messages.
 * Lazy on purpose: the event stream is only parsed when a problem needs a position,
 * so the 50,000 clean documents never pay for it.
 */
import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents } from 'js-yaml';
import type { Event } from 'js-yaml';
import type { DataPath, Position } from './problem.ts';

export type LocateTarget = 'key' | 'value';
export interface FrontMatterSource {
  /** Raw YAML between the fences. */
  frontMatter: string;
  /** 1-based line of the first YAML line (2 in a document, 1 in a configuration file). */
  frontMatterLine: number;
}
export type Locator = (path: DataPath, target: LocateTarget) => Position;

/**
 * 1-based line and character column of a UTF-16 offset in `text` (LF line ends).
 * A surrogate pair counts as one character, so the column is what an editor shows.
 */
export function offsetToPosition(text: string, offset: number): Position {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < end; nl = text.indexOf('\n', nl + 1)) {
    line++;
    lineStart = nl + 1;
  }
  return { line, col: countChars(text, lineStart, end) + 1 };
}

/** Position in the whole file of an offset into the front-matter YAML. */
export function frontMatterPosition(doc: FrontMatterSource, offset: number): Position {
  const at = offsetToPosition(doc.frontMatter, offset);
  return { line: at.line + doc.frontMatterLine - 1, col: at.col };
}

function countChars(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * Offset where a node's source text starts: its tag or anchor when present, the opening
 * quote or block indicator of a scalar, or -1 for an empty value (`key:` with nothing after).
 */
export function eventOffset(source: string, event: Event | undefined): number {
  if (!event || event.type === EVENT_ID.DOCUMENT || event.type === EVENT_ID.POP) return -1;
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart - 1;
  const anchor = event.anchorStart === -1 ? -1 : event.anchorStart - 1; // anchorStart is after the `&`
  if (event.tagStart !== -1 || anchor !== -1) {
    return event.tagStart === -1
      ? anchor
      : anchor === -1
        ? event.tagStart
        : Math.min(anchor, event.tagStart);
  }
  if (event.type !== EVENT_ID.SCALAR) return event.start;
  if (event.valueStart === -1) return -1;
  switch (event.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return event.valueStart - 1;
    // Block scalars start on the line after `|`/`>`; point at the indicator the author typed.
    case SCALAR_STYLE.LITERAL_BLOCK:
      return source.lastIndexOf('|', event.valueStart);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return source.lastIndexOf('>', event.valueStart);
    default:
      return event.valueStart;
  }
}

/** Index just past the node that starts at `index` (a scalar, an alias or a whole collection). */
function skipNode(events: readonly Event[], index: number): number {
  let depth = 0;
  let i = index;
  do {
    const type = events[i]?.type;
    if (type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE) depth++;
    else if (type === EVENT_ID.POP) depth--;
    i++;
  } while (depth > 0 && i < events.length);
  return i;
}

interface Step {
  /** Event index of the child node. */
  node: number;
  /** Offset of the child's key (a sequence item has none: its own start). */
  key: number;
}

function mappingChild(
  events: readonly Event[],
  source: string,
  parent: number,
  name: string,
): Step | undefined {
  let i = parent + 1;
  while (i < events.length && events[i]?.type !== EVENT_ID.POP) {
    const key = events[i];
    const value = skipNode(events, i);
    if (key?.type === EVENT_ID.SCALAR && getScalarValue(source, key) === name) {
      return { node: value, key: eventOffset(source, key) };
    }
    i = skipNode(events, value);
  }
  return undefined;
}

function sequenceChild(
  events: readonly Event[],
  source: string,
  parent: number,
  index: number,
): Step | undefined {
  let i = parent + 1;
  for (let n = 0; n < index && events[i]?.type !== EVENT_ID.POP; n++) i = skipNode(events, i);
  const item = events[i];
  if (!item || item.type === EVENT_ID.POP) return undefined;
  return { node: i, key: eventOffset(source, item) };
}

function childOf(
  events: readonly Event[],
  source: string,
  parent: number,
  segment: string | number,
): Step | undefined {
  const type = events[parent]?.type;
  if (type === EVENT_ID.MAPPING) return mappingChild(events, source, parent, String(segment));
  // Validators report array indexes as strings ('/contacts/0'); accept both spellings.
  const index =
    typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
  if (type === EVENT_ID.SEQUENCE && index >= 0) return sequenceChild(events, source, parent, index);
  return undefined;
}

function findOffset(
  events: readonly Event[],
  source: string,
  path: DataPath,
  target: LocateTarget,
): number {
  let node = events[0]?.type === EVENT_ID.DOCUMENT ? 1 : 0;
  let keyOffset = -1;
  for (const segment of path) {
    const step = childOf(events, source, node, segment);
    // A missing property points at its parent's key: that is where it should be added.
    if (!step) return keyOffset;
    node = step.node;
    keyOffset = step.key;
  }
  if (target === 'key' || path.length === 0) return keyOffset;
  const value = eventOffset(source, events[node]);
  return value === -1 ? keyOffset : value;
}

function parseOrUndefined(source: string): Event[] | undefined {
  try {
    return parseEvents(source, {});
  } catch {
    return undefined; // parseDocumentText already reported the YAML error
  }
}

/** Parses the front-matter once and answers many path look-ups (one per problem). */
export function createLocator(doc: FrontMatterSource): Locator {
  let events: Event[] | undefined;
  let parsed = false;
  return (path, target) => {
    if (!parsed) {
      events = parseOrUndefined(doc.frontMatter);
      parsed = true;
    }
    const offset = events ? findOffset(events, doc.frontMatter, path, target) : -1;
    return offset < 0 ? { line: doc.frontMatterLine, col: 1 } : frontMatterPosition(doc, offset);
  };
}

/**
 * The scalar as the author typed it at `at` (`0x1F`, `057186921357`), up to the end of the token:
 * a hint that quotes a value must quote what was written, not what YAML made of it (31).
 */
export function scalarSourceAt(doc: FrontMatterSource, at: Position): string | undefined {
  const line = doc.frontMatter.split('\n')[at.line - doc.frontMatterLine];
  const token = line === undefined ? undefined : /^[^\s,\]}#]+/.exec(line.slice(at.col - 1));
  return token?.[0];
}

/**
 * Where `path` sits in the front-matter: the value node (`'value'`) or the key of the last
 * segment (`'key'`, for unknown keys). A path that does not fully exist gives the deepest
 * existing key; the empty path gives the first front-matter line, column 1.
 */
export function locateDataPath(
  doc: FrontMatterSource,
  path: DataPath,
  target: LocateTarget,
): Position {
  return createLocator(doc)(path, target);
}
