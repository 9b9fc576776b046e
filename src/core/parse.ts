/**
 * Splits a decoded document into YAML front-matter and Markdown body (front-matter-split.ts) and
 * loads the YAML safely. Every failure is an Issue with a file position; nothing here throws for
 * bad input.
 */
import {
  CORE_SCHEMA,
  EVENT_ID,
  YAMLException,
  constructFromEvents,
  getScalarValue,
  parseEvents,
} from 'js-yaml';
import type { Event } from 'js-yaml';
import { normalizeText } from './decode.ts';
import {
  countLines,
  lineEnd,
  splitFrontMatter,
  type ParsedDocument,
} from './front-matter-split.ts';
import { eventOffset, frontMatterPosition } from './locate.ts';
import type { FrontMatterSource } from './locate.ts';
import { localizedParam } from './messages.ts';
import { yamlReasonHint } from './parse-messages.ts';
import { createIssue } from './problem.ts';
import type { Issue, MessageParams, Position } from './problem.ts';

export const MAX_YAML_DEPTH = 50;
export { MAX_FRONT_MATTER_BYTES, type ParsedDocument } from './front-matter-split.ts';

export type ParseResult =
  { ok: true; doc: ParsedDocument; issues: Issue[] } | { ok: false; issues: Issue[] };

/** Rule ids for an empty or non-mapping YAML: a document's front-matter or a configuration file. */
interface ShapeRules {
  empty: string;
  notMapping: string;
}
const FRONT_MATTER_RULES: ShapeRules = {
  empty: 'frontmatter/empty',
  notMapping: 'frontmatter/not-mapping',
};
const CONFIG_RULES: ShapeRules = { empty: 'yaml/empty', notMapping: 'yaml/not-mapping' };

type Loaded = { ok: true; data: Record<string, unknown> } | { ok: false; issue: Issue };

const FILE_START: Position = { line: 1, col: 1 };
const UNKNOWN_TAG = /^unknown (?:scalar|sequence|mapping) tag !<(.*)>$/;

export function parseDocumentText(text: string): ParseResult {
  // A no-op after decodeDocumentBytes; direct callers still get author-visible positions.
  const split = splitFrontMatter(normalizeText(text));
  if ('rule' in split) return { ok: false, issues: [split] };
  const loaded = loadYaml(split, FRONT_MATTER_RULES);
  if (!loaded.ok) return { ok: false, issues: [loaded.issue] };
  return { ok: true, doc: { ...split, data: loaded.data }, issues: [] };
}

/** A configuration file is YAML from line 1 with no fences and no body; same safe loading. */
export function parseConfigText(text: string): ParseResult {
  const source = { frontMatter: normalizeText(text), frontMatterLine: 1 };
  const loaded = loadYaml(source, CONFIG_RULES);
  if (!loaded.ok) return { ok: false, issues: [loaded.issue] };
  return {
    ok: true,
    doc: { ...source, data: loaded.data, body: '', bodyLine: countLines(source.frontMatter) + 1 },
    issues: [],
  };
}

/** First anchor (`&x`) or alias (`*x`) in document order, as offset and source text. */
function firstAnchor(
  events: readonly Event[],
  source: string,
): { offset: number; found: string } | undefined {
  for (const event of events) {
    if (event.type === EVENT_ID.ALIAS || ('anchorStart' in event && event.anchorStart !== -1)) {
      return {
        offset: event.anchorStart - 1,
        found: source.slice(event.anchorStart - 1, event.anchorEnd),
      };
    }
  }
  return undefined;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * load() is parseEvents + constructFromEvents; calling them directly lets us reject every
 * anchor, not only aliases, before anything is built. Anchors are refused even when unused:
 * a value like `company: &Partners` silently loses its text, and aliases need them anyway.
 */
function loadYaml(split: FrontMatterSource, rules: ShapeRules): Loaded {
  const source = split.frontMatter;
  let events: Event[] | undefined;
  try {
    events = parseEvents(source, { maxDepth: MAX_YAML_DEPTH });
    const anchor = firstAnchor(events, source);
    if (anchor)
      return {
        ok: false,
        issue: createIssue('yaml/alias', frontMatterPosition(split, anchor.offset), {
          found: anchor.found,
        }),
      };
    const documents = constructFromEvents(events, { source, schema: CORE_SCHEMA, maxAliases: 0 });
    return checkDocuments(documents, events, split, rules);
  } catch (error) {
    return { ok: false, issue: yamlIssue(error, split, events) };
  }
}

function checkDocuments(
  documents: unknown[],
  events: readonly Event[],
  split: FrontMatterSource,
  rules: ShapeRules,
): Loaded {
  if (documents.length === 0) return { ok: false, issue: createIssue(rules.empty, FILE_START) };
  if (documents.length > 1) {
    // A `...` line ends the YAML document early; what follows is a second document.
    return {
      ok: false,
      issue: syntaxIssue(
        { line: split.frontMatterLine, col: 1 },
        'expected a single document in the stream, but found more',
      ),
    };
  }
  const data = documents[0];
  if (isMapping(data)) return { ok: true, data };
  const rootOffset = eventOffset(split.frontMatter, events[1]);
  const at =
    rootOffset < 0
      ? { line: split.frontMatterLine, col: 1 }
      : frontMatterPosition(split, rootOffset);
  return { ok: false, issue: createIssue(rules.notMapping, at, notMappingParams(data)) };
}

function notMappingParams(data: unknown): MessageParams {
  if (Array.isArray(data)) {
    return {
      type: 'list',
      ...localizedParam('found', {
        'zh-CN': '一个列表（以 `- ` 开头的行）',
        en: 'a list (lines starting with `- `)',
      }),
    };
  }
  const value = String(data).slice(0, 60);
  const type = data === null ? 'null' : typeof data;
  return {
    type,
    value,
    ...localizedParam('found', {
      'zh-CN': `单独的一个值 \`${value}\``,
      en: `a single value \`${value}\``,
    }),
  };
}

/** `tag:yaml.org,2002:js/function` is what the author wrote as `!!js/function`. */
function displayTag(tag: string): string {
  if (tag.startsWith('tag:yaml.org,2002:')) return `!!${tag.slice('tag:yaml.org,2002:'.length)}`;
  return tag.startsWith('!') ? tag : `!<${tag}>`;
}

/** Offset of the first tab in the indentation of the line holding `offset`, or -1. */
function indentTab(source: string, offset: number): number {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  for (let i = lineStart; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 0x09) return i;
    if (code !== 0x20) return -1;
  }
  return -1;
}

function duplicateKey(
  source: string,
  offset: number,
  events: readonly Event[] | undefined,
): { key: string; offset: number } {
  const event = events?.find(
    (e) =>
      e.type === EVENT_ID.SCALAR &&
      (e.valueStart === offset || e.tagStart === offset || e.anchorStart === offset),
  );
  if (event?.type === EVENT_ID.SCALAR)
    return { key: getScalarValue(source, event), offset: eventOffset(source, event) };
  return { key: source.slice(offset, lineEnd(source, offset)).split(':')[0] ?? '', offset };
}

/** Maps js-yaml's reasons to rule ids the author can act on; positions become file positions. */
function yamlIssue(
  error: unknown,
  split: FrontMatterSource,
  events: readonly Event[] | undefined,
): Issue {
  if (!(error instanceof YAMLException)) {
    return syntaxIssue({ line: split.frontMatterLine, col: 1 }, String(error));
  }
  const source = split.frontMatter;
  const { reason } = error;
  const offset = error.mark?.position ?? 0;
  const at = (o: number): Position => frontMatterPosition(split, o);
  const tab = indentTab(source, offset);
  if (reason.includes('tab characters') || tab !== -1)
    return createIssue('yaml/tab', at(tab === -1 ? offset : tab));
  if (reason === 'duplicated mapping key') {
    const dup = duplicateKey(source, offset, events);
    return createIssue('yaml/duplicate-key', at(dup.offset), { key: dup.key });
  }
  const tag = UNKNOWN_TAG.exec(reason)?.[1];
  if (tag !== undefined)
    return createIssue('yaml/unsafe-tag', at(offset), { tag: displayTag(tag) });
  if (reason.includes('alias'))
    return createIssue('yaml/alias', at(offset), {
      found: source.slice(offset).split(/[\s,\]}]/)[0] ?? '*',
    });
  if (reason.startsWith('nesting exceeded maxDepth'))
    return createIssue('yaml/too-deep', at(offset), { limit: MAX_YAML_DEPTH });
  return syntaxIssue(at(offset), reason);
}

function syntaxIssue(at: Position, reason: string): Issue {
  return createIssue('yaml/syntax', at, { reason, ...yamlReasonHint(reason) });
}
