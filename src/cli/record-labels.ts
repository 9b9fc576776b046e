/**
 * Names for what history and verify print: states and roles from the schemas' labels. Reads only
 * schemas/ (not every document), so `docket history` stays one git pass plus the ledger.
 */
import { readSchemaSources } from '../app/load-repository.ts';
import { CONFIG_FILES, SCHEMA_OF, type DocumentKind } from '../core/layout.ts';
import type { Lang } from '../core/messages.ts';
import type { JsonSchema } from '../core/schema-set.ts';
import { enumLabelAt, labelAt } from '../core/schema-walk.ts';
import { statusLabels } from '../core/summary.ts';

export interface RecordLabels {
  lang: Lang;
  status(kind: DocumentKind, code: string | undefined): string;
  role(role: string): string;
  /** A top-level front-matter field's label (`body` is the Markdown text). */
  field(kind: DocumentKind, field: string): string;
  /** `、` in Chinese, `, ` in English. */
  join(items: readonly string[]): string;
}

export function readRecordLabels(root: string, lang: Lang): RecordLabels {
  const schemas = new Map(readSchemaSources(root).map(({ file, schema }) => [file, schema]));
  const schemaOf = (file: string): JsonSchema | undefined => schemas.get(file);
  return {
    lang,
    status: (kind, code) => {
      if (code === undefined) return '—';
      const schema = schemaOf(SCHEMA_OF[kind]);
      return (schema && statusLabels(schema).labels[code]?.[lang]) ?? code;
    },
    role: (role) =>
      enumLabelAt(schemaOf(CONFIG_FILES.people.schema), ['people', 0, 'roles', 0], role, lang),
    field: (kind, field) =>
      field === 'body'
        ? lang === 'zh-CN'
          ? '正文'
          : 'body'
        : (labelAt(schemaOf(SCHEMA_OF[kind]), [field], lang) ?? field),
    join: (items) => items.join(lang === 'zh-CN' ? '、' : ', '),
  };
}
