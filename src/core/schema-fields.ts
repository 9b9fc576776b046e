/**
 * What a schema says about one field, for the people who fill it in: its label, its choices
 * with zh-CN/en labels, and whether it is required (by the schema, or by the workflow state).
 */
import type { Lang } from './messages.ts';
import type { JsonSchema } from './schema-set.ts';
import { schemaAt } from './schema-walk.ts';

export type Labels = Readonly<Record<Lang, string>>;

export interface EnumChoice {
  code: string;
  labels: Labels;
}

export function fieldLabels(schema: JsonSchema, path: readonly string[]): Labels {
  const label = schemaAt(schema, path)?.['x-label'] as Labels | undefined;
  const fallback = path.join('.');
  return label ?? { 'zh-CN': fallback, en: fallback };
}

/** The enum codes at `path`, in schema order, each with its labels (the code itself when unlabelled). */
export function enumChoices(schema: JsonSchema, path: readonly string[]): EnumChoice[] {
  const field = schemaAt(schema, path);
  const codes = (field?.['enum'] ?? []) as readonly string[];
  const labels = (field?.['x-enum-labels'] ?? {}) as Readonly<Record<string, Labels>>;
  return codes.map((code) => ({ code, labels: labels[code] ?? { 'zh-CN': code, en: code } }));
}

/** Accepts the code or either label (`important`, `重要`, `Important`) and returns the code. */
export function parseChoice(choices: readonly EnumChoice[], value: string): string | undefined {
  const wanted = value.trim();
  const lower = wanted.toLowerCase();
  const found = choices.find(
    ({ code, labels }) =>
      code === wanted || labels['zh-CN'] === wanted || labels.en.toLowerCase() === lower,
  );
  return found?.code;
}

/**
 * Required when every step of the path is required by its parent object, or when the
 * workflow state requires its top-level field (`submitted` needs `acceptance_criteria`).
 */
export function isRequiredField(
  schema: JsonSchema,
  path: readonly string[],
  stateRequired: readonly string[],
): boolean {
  if (path[0] !== undefined && stateRequired.includes(path[0])) return true;
  let parent: JsonSchema | undefined = schema;
  for (const key of path) {
    if (!((parent?.['required'] ?? []) as readonly string[]).includes(key)) return false;
    parent = schemaAt(parent, [key]);
  }
  return path.length > 0;
}
