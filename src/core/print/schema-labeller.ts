/**
 * Labels for the printed forms straight from the schemas (`x-label`, `x-enum-labels`), so the
 * forms use the same words as every other page and the CLI.
 */
import { CONFIG_FILES, SCHEMA_OF, type DocumentKind } from '../layout.ts';
import type { JsonSchema } from '../schema-set.ts';
import { schemaAt } from '../schema-walk.ts';
import type { Labels, PrintLabeller } from './types.ts';

function schemaOfKind(
  schemaFor: (file: string) => JsonSchema | undefined,
  kind: string,
): JsonSchema | undefined {
  const file = kind === 'people' ? CONFIG_FILES.people.schema : SCHEMA_OF[kind as DocumentKind];
  return file ? schemaFor(file) : undefined;
}

const same = (text: string): Labels => ({ 'zh-CN': text, en: text });

export function createSchemaLabeller(
  schemaFor: (file: string) => JsonSchema | undefined,
): PrintLabeller {
  return {
    field(kind, path) {
      const label = schemaAt(schemaOfKind(schemaFor, kind), path)?.['x-label'] as
        Labels | undefined;
      return label ?? same(path.join('.'));
    },
    choice(kind, path, code) {
      const labels = schemaAt(schemaOfKind(schemaFor, kind), path)?.['x-enum-labels'] as
        Readonly<Record<string, Labels>> | undefined;
      return labels?.[code] ?? same(code);
    },
  };
}
