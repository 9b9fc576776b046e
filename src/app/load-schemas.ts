/** Reads schemas/ from a content source and compiles them; a missing or broken schema is a setup error. */
import { decodeDocumentBytes, MAX_DOCUMENT_BYTES } from '../core/decode.ts';
import { CONFIG_FILES, SCHEMA_OF } from '../core/layout.ts';
import { readBoundedFile, walkFiles } from '../adapters/fs.ts';
import type { ContentRead, ContentSource } from '../core/ports/content-source.ts';
import {
  compileSchemaSet,
  SchemaFileError,
  type SchemaSet,
  type SchemaSource,
} from '../core/schema-set.ts';
import { SetupError } from './errors.ts';

/** Every schema Docket needs; a missing one is a setup problem, reported before anything runs. */
const REQUIRED_SCHEMAS = [
  'common.schema.json',
  ...Object.values(SCHEMA_OF),
  ...Object.values(CONFIG_FILES).map((config) => config.schema),
];

export async function readSchemaSources(source: ContentSource): Promise<SchemaSource[]> {
  const paths = (await source.listFiles('schemas')).files.filter((path) =>
    path.endsWith('.schema.json'),
  );
  const reads = await Promise.all(
    paths.map(async (path) => ({ path, read: await source.readBytes(path, MAX_DOCUMENT_BYTES) })),
  );
  return assembleSchemaSources(reads);
}

/**
 * The working tree's schemas, read synchronously: for labels outside a loaded repository (the
 * site's print pages, records). Same checks as readSchemaSources.
 */
export function readWorkingTreeSchemas(root: string): SchemaSource[] {
  const paths = walkFiles(root, 'schemas').files.filter((path) => path.endsWith('.schema.json'));
  return assembleSchemaSources(
    paths.map((path) => ({ path, read: readBoundedFile(root, path, MAX_DOCUMENT_BYTES) })),
  );
}

function assembleSchemaSources(
  reads: readonly { path: string; read: ContentRead }[],
): SchemaSource[] {
  const sources = reads.map(({ path, read }) => ({
    file: path.slice('schemas/'.length),
    schema: parseSchemaFile(path, read),
  }));
  const missing = REQUIRED_SCHEMAS.filter(
    (file) => !sources.some((schema) => schema.file === file),
  );
  if (missing.length > 0)
    throw new SetupError('setup/schema-missing', {
      files: missing.map((file) => `schemas/${file}`).join(', '),
    });
  return sources;
}

function parseSchemaFile(path: string, read: ContentRead): SchemaSource['schema'] {
  try {
    if (read.type !== 'bytes') throw new Error(read.type);
    const decoded = decodeDocumentBytes(read.bytes);
    if (!decoded.ok) throw new Error(decoded.issue.rule);
    return JSON.parse(decoded.text) as SchemaSource['schema'];
  } catch (error) {
    throw new SetupError('setup/schema-invalid', {
      path,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
}

/** ajv refuses a schema that is not valid JSON Schema (or uses an unknown keyword in strict mode). */
export async function compileRepositorySchemas(
  source: ContentSource,
  options: { checkedBefore?: boolean } = {},
): Promise<SchemaSet> {
  const sources = await readSchemaSources(source);
  const invalid = (error: unknown) =>
    new SetupError('setup/schema-invalid', {
      path: error instanceof SchemaFileError ? `schemas/${error.file}` : 'schemas/',
      reason: error instanceof Error ? error.message : String(error),
    });
  let set: SchemaSet;
  try {
    set = compileSchemaSet(sources, options);
  } catch (error) {
    throw invalid(error);
  }
  return {
    schemaFor: (file) => set.schemaFor(file),
    validatorFor(file) {
      try {
        return set.validatorFor(file);
      } catch (error) {
        throw invalid(error);
      }
    },
  };
}
