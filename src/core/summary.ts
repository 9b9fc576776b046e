/** The repository at a glance: documents per kind and per state, with zh-CN/en labels. */
import { DOCUMENT_KINDS, KIND_LABELS, SCHEMA_OF } from './layout.ts';
import type { Lang } from './messages.ts';
import type { LoadedDocument } from './repository.ts';
import type { JsonSchema } from './schema-set.ts';
import { renderTable } from './table.ts';

type EnumLabels = Readonly<Record<string, Readonly<Record<Lang, string>>>>;

/** Labels of a schema's `status` codes, in the order the schema lists them. */
export function statusLabels(schema: JsonSchema): { codes: string[]; labels: EnumLabels } {
  const status = (
    schema['properties'] as
      Record<string, { enum?: string[]; 'x-enum-labels'?: EnumLabels }> | undefined
  )?.['status'];
  return { codes: status?.enum ?? [], labels: status?.['x-enum-labels'] ?? {} };
}

export function renderSummaryTable(
  documents: readonly LoadedDocument[],
  schemaFor: (file: string) => JsonSchema,
  lang: Lang,
): string[] {
  const header = lang === 'zh-CN' ? ['类型', '数量', '状态分布'] : ['Kind', 'Count', 'By state'];
  const rows = DOCUMENT_KINDS.flatMap((kind) => {
    const ofKind = documents.filter((document) => document.kind === kind);
    if (ofKind.length === 0) return [];
    const { codes, labels } = statusLabels(schemaFor(SCHEMA_OF[kind]));
    const byState = codes
      .map(
        (code) =>
          [
            labels[code]?.[lang] ?? code,
            ofKind.filter((document) => document.data['status'] === code).length,
          ] as const,
      )
      .filter(([, count]) => count > 0)
      .map(([label, count]) => `${label} ${count}`)
      .join(' · ');
    return [[KIND_LABELS[kind][lang], String(ofKind.length), byState]];
  });
  return renderTable(header, rows, new Set([1]));
}
