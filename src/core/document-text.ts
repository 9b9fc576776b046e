/**
 * Writes a document as text: YAML front-matter in the schema's property order, then the Markdown
 * body. js-yaml's dump schema quotes every string another YAML reader could turn into something
 * else (`"2026-11-26"`, `"13800138000"`, `"yes"`), so the text means the same to any tool.
 */
import { COLLECTION_STYLE, dump, visit, type Node } from 'js-yaml';
import type { JsonSchema } from './schema-set.ts';

/** Short lists of plain values read best on one line, like the hand-written documents: `tags: [库存, 预警]`. */
const FLOW_LIST_MAX_CHARS = 60;

export function renderDocumentText(
  schema: JsonSchema,
  data: Readonly<Record<string, unknown>>,
  body: string,
): string {
  const yaml = dump(orderBySchema(schema, data), {
    lineWidth: -1,
    quoteStyle: 'double',
    noRefs: true,
    transform: (documents) => {
      visit(documents, flowShortLists);
    },
  });
  const text = body.trim();
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
}

/** A copy of `value` whose mapping keys follow the schema's `properties` order, at every depth; unknown keys go last. */
export function orderBySchema(schema: JsonSchema | undefined, value: unknown): unknown {
  if (Array.isArray(value))
    return value.map((item) => orderBySchema(schema?.['items'] as JsonSchema | undefined, item));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const properties = (schema?.['properties'] ?? {}) as Readonly<Record<string, JsonSchema>>;
  const keys = [
    ...Object.keys(properties).filter((key) => key in record),
    ...Object.keys(record).filter((key) => !(key in properties)),
  ];
  return Object.fromEntries(
    keys
      .filter((key) => record[key] !== undefined)
      .map((key) => [key, orderBySchema(properties[key], record[key])]),
  );
}

function flowShortLists(node: Node): undefined {
  if (node.kind !== 'sequence' || node.items.length === 0) return undefined;
  const texts = node.items.map((item) =>
    item.kind === 'scalar' && !item.value.includes('\n') ? item.value : undefined,
  );
  if (texts.every((text) => text !== undefined) && texts.join(', ').length <= FLOW_LIST_MAX_CHARS)
    node.style = COLLECTION_STYLE.FLOW;
  return undefined;
}
