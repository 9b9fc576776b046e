/**
 * The benchmark's baseline: the least work that validates a Docket repository's front-matter.
 * List the .md files under content/, read each, `matter(text, {})` (options given, so
 * gray-matter's content cache stays off), validate the data with the schema for its folder from
 * one Ajv 2020 instance holding the same schema set with the same options as Docket (each schema
 * compiled once). Nothing else: no decode checks, no positions, no cross-document rules.
 *
 *   node scripts/bench-bare-loop.ts CORPUS_DIR   → prints {"files":…,"invalid":…,"maxRssKiB":…}
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import matter from 'gray-matter';

type AddFormats = (ajv: Ajv2020, formats: string[]) => void;
const addFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ??
  (addFormatsModule as unknown as AddFormats);

const RECORD_SCHEMAS: Readonly<Record<string, string>> = {
  visits: 'records/visit',
  complaints: 'records/complaint',
  'service-requests': 'records/service-request',
  surveys: 'records/survey',
};

/** The schema for a path under content/, chosen by folder as Docket's layout does. */
function schemaFor(path: string): string | undefined {
  const parts = path.split('/');
  if (parts.length === 2 && parts[0] === 'requirements') return 'requirement';
  if (parts.length === 2 && parts[0] === 'changes') return 'change';
  if (parts.length === 2 && parts[0] === 'releases') return 'release';
  if (parts[0] !== 'customers') return undefined;
  if (parts.length === 3 && parts[2] === 'customer.md') return 'customer';
  return parts.length === 4 ? RECORD_SCHEMAS[parts[2] ?? ''] : undefined;
}

function createValidators(root: string): (name: string) => ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true });
  addFormats(ajv, ['date', 'email', 'uri']);
  ajv.addVocabulary(['x-label', 'x-enum-labels', 'x-confidential', 'x-unit', 'x-hint']);
  const files = readdirSync(join(root, 'schemas'), { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.schema.json'),
  );
  for (const file of files)
    ajv.addSchema(JSON.parse(readFileSync(join(root, 'schemas', file), 'utf8')) as object);
  const compiled = new Map<string, ValidateFunction>();
  return (name) => {
    let validate = compiled.get(name);
    if (!validate) {
      validate = ajv.getSchema(`https://docket.example/schemas/${name}.schema.json`);
      if (!validate) throw new Error(`no schema ${name}`);
      compiled.set(name, validate);
    }
    return validate;
  };
}

function runBareLoop(root: string): { files: number; invalid: number } {
  const validatorFor = createValidators(root);
  const content = join(root, 'content');
  const paths = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((path) =>
    path.endsWith('.md'),
  );
  let invalid = 0;
  for (const path of paths) {
    const schema = schemaFor(path.split('\\').join('/'));
    if (schema === undefined) continue;
    const text = readFileSync(join(content, path), 'utf8');
    try {
      if (!validatorFor(schema)(matter(text, {}).data)) invalid++;
    } catch {
      invalid++; // malformed YAML
    }
  }
  return { files: paths.length, invalid };
}

const root = process.argv[2];
if (root === undefined) {
  console.error('usage: node scripts/bench-bare-loop.ts CORPUS_DIR');
  process.exitCode = 2;
} else {
  const result = runBareLoop(root);
  console.log(JSON.stringify({ ...result, maxRssKiB: process.resourceUsage().maxRSS }));
}
