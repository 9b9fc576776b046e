/**
 * The schemas are the single source of truth; these tests keep them honest: every field is
 * documented and labelled in both languages, every enum code has labels, every keyword that can
 * fail has a message, and the workflow configuration and the status enums do not drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { createWorkingTreeSource } from '../../src/adapters/fs.ts';
import { readSchemaSources } from '../../src/app/load-repository.ts';
import { SCHEMA_OF, type WorkflowKind } from '../../src/core/layout.ts';
import { KEYWORDS_WITH_MESSAGES } from '../../src/core/validate-schema.ts';
import { PROJECT_ROOT } from '../helpers/repo.ts';

const sources = await readSchemaSources(createWorkingTreeSource(PROJECT_ROOT));
type Node = Record<string, unknown>;

/** Every sub-schema with the JSON path that leads to it. */
function* walk(node: unknown, path: string): Generator<[string, Node]> {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* walk(item, `${path}/${index}`);
    return;
  }
  yield [path, node as Node];
  for (const [key, value] of Object.entries(node)) {
    if (!['x-label', 'x-enum-labels', 'x-hint', 'enum', 'required'].includes(key))
      yield* walk(value, `${path}/${key}`);
  }
}

const FAILING_KEYWORDS = [
  'type',
  'required',
  'additionalProperties',
  'enum',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'propertyNames',
  'minProperties',
  'const',
  'oneOf',
  'anyOf',
  'not',
  'if',
];

describe('schemas', () => {
  it('are draft 2020-12 and reject unknown keys on every object', () => {
    for (const { file, schema } of sources) {
      expect(schema['$schema'], file).toBe('https://json-schema.org/draft/2020-12/schema');
      for (const [path, node] of walk(schema, file)) {
        if (node['type'] === 'object' && node['properties'])
          expect(node['additionalProperties'], path).toBe(false);
      }
    }
  });

  it('describe and label every field in zh-CN and en', () => {
    for (const { file, schema } of sources) {
      for (const [path, node] of walk(schema, file)) {
        for (const [name, property] of Object.entries(
          (node['properties'] ?? {}) as Record<string, Node>,
        )) {
          expect(typeof property['description'], `${path}/${name} description`).toBe('string');
          const label = property['x-label'] as Record<string, string> | undefined;
          expect(label && label['zh-CN'] && label.en, `${path}/${name} x-label`).toBeTruthy();
        }
      }
    }
  });

  it('label every enum code in zh-CN and en', () => {
    for (const { file, schema } of sources) {
      for (const [path, node] of walk(schema, file)) {
        if (!Array.isArray(node['enum'])) continue;
        const labels = node['x-enum-labels'] as Record<string, Record<string, string>> | undefined;
        for (const code of node['enum'] as string[])
          expect(labels?.[code]?.['zh-CN'] && labels[code].en, `${path} ${code}`).toBeTruthy();
      }
    }
  });

  it('use only keywords that have a zh-CN/en message', () => {
    const used = new Set<string>();
    for (const { schema } of sources)
      for (const [, node] of walk(schema, '')) for (const key of Object.keys(node)) used.add(key);
    const failing = FAILING_KEYWORDS.filter((keyword) => used.has(keyword));
    expect(failing.length).toBeGreaterThan(5);
    expect(failing.filter((keyword) => !KEYWORDS_WITH_MESSAGES.includes(keyword))).toEqual([]);
  });

  it('mark the confidential customer fields', () => {
    const customer = JSON.stringify(
      sources.find((source) => source.file === 'customer.schema.json')?.schema,
    );
    const common = sources.find((source) => source.file === 'common.schema.json')?.schema as {
      $defs: Record<string, Node>;
    };
    for (const def of ['phone', 'email', 'uscc', 'money'])
      expect(common.$defs[def]?.['x-confidential'], def).toBe(true);
    for (const ref of ['#/$defs/phone', '#/$defs/email', '#/$defs/uscc', '#/$defs/money'])
      expect(customer).toContain(ref);
  });
});

describe('the workflow configuration', () => {
  const workflows = load(
    readFileSync(join(PROJECT_ROOT, 'content/config/workflows.yaml'), 'utf8'),
  ) as Record<WorkflowKind, { states: Record<string, unknown> }>;
  it.each(Object.keys(workflows) as WorkflowKind[])(
    '%s states equal the schema status enum (drift check)',
    (kind) => {
      const schema = sources.find((source) => source.file === SCHEMA_OF[kind])?.schema as {
        properties: { status: { enum: string[] } };
      };
      expect(Object.keys(workflows[kind].states).sort()).toEqual(
        [...schema.properties.status.enum].sort(),
      );
    },
  );
});
