/**
 * A small YAML writer in the style people use in Docket documents: block mappings, short lists
 * of plain values in flow style (`tags: [a, b]`), lists of mappings as `- key: value` blocks.
 * A string is written plain when both js-yaml 4+ (CORE schema) and gray-matter's js-yaml 3 read
 * it back as the same string; otherwise double-quoted. Dates and phone numbers are therefore
 * quoted: js-yaml 3 would turn `2026-03-15` into a Date and `13812345678` into a number.
 */

type Value =
  | string
  | number
  | boolean
  | null
  | readonly Value[]
  | { readonly [key: string]: Value | undefined };

const LOOKS_TYPED =
  /^(?:[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|yes|Yes|no|No|on|On|off|Off|y|Y|n|N|null|Null|NULL|~|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*)$/;
const UNSAFE_START = /^[\s\-?:,[\]{}#&*!|>'"%@`]/;
const UNSAFE_INSIDE = /: |:$| #|[\t\n]|\s$/;
const UNSAFE_IN_FLOW = /[,[\]{}]/;

function isPlainSafe(text: string, inFlow: boolean): boolean {
  if (text === '' || LOOKS_TYPED.test(text) || UNSAFE_START.test(text) || UNSAFE_INSIDE.test(text))
    return false;
  return !inFlow || !UNSAFE_IN_FLOW.test(text);
}

function scalar(value: string | number | boolean | null, inFlow: boolean): string {
  if (typeof value === 'string') return isPlainSafe(value, inFlow) ? value : JSON.stringify(value);
  return String(value);
}

function isScalar(value: Value): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

function isMapping(value: Value): value is { readonly [key: string]: Value | undefined } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Short lists of scalars stay on one line, as people write `tags: [冷链, 报表]`. */
function flowList(items: readonly Value[]): string | undefined {
  if (!items.every(isScalar)) return undefined;
  const line = `[${items.map((item) => scalar(item, true)).join(', ')}]`;
  return line.length <= 60 ? line : undefined;
}

function emitEntry(key: string, value: Value, indent: string): string {
  if (isScalar(value)) return `${indent}${key}: ${scalar(value, false)}\n`;
  if (Array.isArray(value)) {
    const items = value as readonly Value[];
    const flow = flowList(items);
    if (flow !== undefined) return `${indent}${key}: ${flow}\n`;
    return `${indent}${key}:\n${items.map((item) => emitItem(item, `${indent}  `)).join('')}`;
  }
  return `${indent}${key}:\n${emitMapping(value as { readonly [key: string]: Value | undefined }, `${indent}  `)}`;
}

function emitItem(item: Value, indent: string): string {
  if (isScalar(item)) return `${indent}- ${scalar(item, false)}\n`;
  if (!isMapping(item)) throw new Error('lists of lists are not used in Docket documents');
  const body = emitMapping(item, `${indent}  `);
  return `${indent}- ${body.slice(indent.length + 2)}`;
}

/** One mapping as block YAML; `undefined` values are left out. */
export function emitMapping(
  data: { readonly [key: string]: Value | undefined },
  indent = '',
): string {
  let text = '';
  for (const [key, value] of Object.entries(data)) {
    if (value !== undefined) text += emitEntry(key, value, indent);
  }
  return text;
}

export type { Value as YamlValue };
