/**
 * Front-matter as labelled fields, in schema order: every value with its `x-label` and its text
 * in both languages — dates 2026年11月27日 / Nov 27, 2026, money 2.5 万元 / CNY 25,000, enum codes
 * by their `x-enum-labels`, person IDs by name, links to documents the audience sees (links to
 * hidden ones are left out), Chinese wrapped lines joined. The data comes in already redacted.
 */
import { followRef } from '../audience.ts';
import type { Lang } from '../messages.ts';
import type { JsonSchema } from '../schema-set.ts';
import { joinCjkText } from '../text/cjk.ts';
import { formatDate, formatMoney, formatNumber } from '../text/format.ts';
import { both, bothLanguages, type SiteContext } from './context.ts';
import type { FieldType, FieldView, Labels } from './types.ts';

const LIST_SEPARATOR: Readonly<Record<Lang, string>> = { 'zh-CN': '、', en: ', ' };

interface Slot {
  key: string;
  schema: JsonSchema | undefined;
}

/** The fields of a record: the schema's properties in order, then any keys it does not know. */
export function assembleFields(
  data: Readonly<Record<string, unknown>>,
  schema: JsonSchema | undefined,
  context: SiteContext,
): FieldView[] {
  const node = followRef(schema, context.source.resolveRef);
  const properties = (node?.['properties'] ?? {}) as Readonly<Record<string, JsonSchema>>;
  const keys = [
    ...Object.keys(properties).filter((key) => key in data),
    ...Object.keys(data).filter((key) => !(key in properties)),
  ];
  return keys.flatMap((key) => {
    const field = assembleField({ key, schema: properties[key] }, data[key], context);
    return field ? [field] : [];
  });
}

function assembleField(slot: Slot, value: unknown, context: SiteContext): FieldView | undefined {
  if (value === undefined || value === null) return undefined;
  const schema = followRef(slot.schema, context.source.resolveRef);
  const label = (schema?.['x-label'] as Labels | undefined) ?? both(slot.key);
  const base = { key: slot.key, label };
  if (Array.isArray(value)) return assembleList(base, value, schema, context);
  if (typeof value === 'object')
    return {
      ...base,
      type: 'group',
      value,
      fields: assembleFields(value as Record<string, unknown>, schema, context),
    };
  // A document's own ID is its name, not a link to itself.
  const scalar =
    slot.key === 'id'
      ? {
          type: 'text' as const,
          value,
          text: both(typeof value === 'string' ? value : JSON.stringify(value)),
        }
      : assembleScalar(value, slot.schema, context);
  return scalar && { ...base, ...scalar };
}

type ScalarView = Pick<FieldView, 'type' | 'value' | 'text' | 'links'>;

/** One scalar value; undefined when it names a document or customer the audience may not see. */
function assembleScalar(
  value: unknown,
  slotSchema: JsonSchema | undefined,
  context: SiteContext,
): ScalarView | undefined {
  const ref = typeof slotSchema?.['$ref'] === 'string' ? slotSchema['$ref'] : '';
  const schema = followRef(slotSchema, context.source.resolveRef);
  const definition = ref.split('/').at(-1) ?? '';
  if (typeof value === 'string' && /Id$/.test(definition) && definition !== 'personId')
    return linkScalar(value, context);
  if (typeof value === 'string' && definition === 'personId')
    return { type: 'person', value, text: both(context.personName(value)) };
  const labels = schema?.['x-enum-labels'] as Readonly<Record<string, Labels>> | undefined;
  if (typeof value === 'string' && Array.isArray(schema?.['enum'])) {
    const choice = { code: value, labels: labels?.[value] ?? both(value) };
    return { type: 'choice', value: choice, text: choice.labels };
  }
  return plainScalar(value, definition, schema, context);
}

function linkScalar(id: string, context: SiteContext): ScalarView | undefined {
  const customer = context.customerRef(id);
  if (customer) return { type: 'link', value: id, text: both(customer.name), links: [id] };
  const ref = context.refOf(id);
  if (!ref) return undefined;
  return { type: 'link', value: id, text: both(`${id} ${ref.title}`), links: [id] };
}

function plainScalar(
  value: unknown,
  definition: string,
  schema: JsonSchema | undefined,
  context: SiteContext,
): ScalarView {
  if (typeof value === 'boolean')
    return {
      type: 'boolean',
      value,
      text: context.labels(value ? 'progress/yes' : 'progress/no'),
    };
  if (typeof value === 'number') {
    if (definition === 'money' || schema?.['x-unit'] === '万元')
      return { type: 'money', value, text: bothLanguages((lang) => formatMoney(value, lang)) };
    const unit = typeof schema?.['x-unit'] === 'string' ? ` ${schema['x-unit']}` : '';
    return {
      type: 'number',
      value,
      text: bothLanguages((lang) => `${formatNumber(value, lang)}${unit}`),
    };
  }
  const text = String(value);
  if (definition === 'date' || schema?.['format'] === 'date')
    return { type: 'date', value: text, text: bothLanguages((lang) => formatDate(text, lang)) };
  return { type: 'text', value: text, text: both(joinCjkText(text)) };
}

function assembleList(
  base: Pick<FieldView, 'key' | 'label'>,
  values: readonly unknown[],
  schema: JsonSchema | undefined,
  context: SiteContext,
): FieldView | undefined {
  const itemSchema = schema?.['items'] as JsonSchema | undefined;
  if (values.some((item) => item !== null && typeof item === 'object'))
    return {
      ...base,
      type: 'records',
      value: values,
      items: values.map((item) =>
        assembleFields((item ?? {}) as Record<string, unknown>, itemSchema, context),
      ),
    };
  const scalars = values.flatMap((item) => {
    const view = assembleScalar(item, itemSchema, context);
    return view ? [view] : [];
  });
  if (values.length > 0 && scalars.length === 0) return undefined;
  const type: FieldType = 'list';
  return {
    ...base,
    type,
    value: scalars.map((item) => item.value),
    text: bothLanguages((lang) =>
      scalars.map((item) => item.text?.[lang] ?? '').join(LIST_SEPARATOR[lang]),
    ),
    links: scalars.flatMap((item) => item.links ?? []),
  };
}
