/**
 * Writes a synthetic Docket repository for benchmarks: the project's schemas/ and
 * content/config/, then `documents` Markdown files (60 % requirements, 30 % change requests,
 * 5 % customers, 4 % relationship records, 1 % releases) with mixed Chinese/English bodies and
 * realistic links. Deterministic from the seed. With `invalidShare`, that share of the files
 * gets one realistic mistake each; the rest is identical to the valid corpus of the same seed.
 *
 *   node scripts/generate-corpus.ts --out DIR --documents 10000 [--invalid 0.02] [--seed 1]
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCustomer, buildRecord } from './corpus/customers.ts';
import { buildChange, buildRelease, buildRequirement } from './corpus/documents.ts';
import { MUTATION_KINDS, MUTATIONS, mutateDocument, type MutationName } from './corpus/invalid.ts';
import { createRandom, type Random } from './corpus/random.ts';
import { createWorld, type Data, type GeneratedDocument, type World } from './corpus/world.ts';
import { emitMapping } from './corpus/yaml.ts';

export interface CorpusOptions {
  dir: string;
  documents: number;
  /** Share of documents (0–1) that get one mistake each; 0 writes a corpus that passes. */
  invalidShare?: number;
  seed?: number;
  /** Where schemas/ and content/config/ are copied from; the project by default. */
  projectRoot?: string;
}

export interface CorpusSummary {
  documents: number;
  byKind: Record<string, number>;
  /** Mutated file → what was done to it. */
  invalid: Record<string, MutationName>;
  bytes: number;
}

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const MANIFEST = 'corpus.json';

export function planCounts(
  documents: number,
  minCustomers: number,
): Record<'customer' | 'record' | 'release' | 'change' | 'requirement', number> {
  const customer = Math.max(minCustomers, Math.round(documents * 0.05));
  const record = Math.round(documents * 0.04);
  const release = Math.max(1, Math.round(documents * 0.01));
  const change = Math.round(documents * 0.3);
  const requirement = documents - customer - record - release - change;
  if (requirement < 20)
    throw new Error(`${documents} documents are too few for a corpus (need about 60 or more)`);
  return { customer, record, release, change, requirement };
}

function buildAll(world: World, documents: number): GeneratedDocument[] {
  const counts = planCounts(documents, world.minCustomers);
  const all: GeneratedDocument[] = [];
  for (let n = 1; n <= counts.customer; n++) all.push(buildCustomer(world, n));
  const taken = new Set<string>();
  for (let n = 1; n <= counts.record; n++) all.push(buildRecord(world, taken));
  for (let n = 1; n <= counts.requirement; n++) all.push(buildRequirement(world, n));
  for (let n = 1; n <= counts.change; n++) all.push(buildChange(world, n));
  for (let n = 1; n <= counts.release; n++) all.push(buildRelease(world, n));
  return all;
}

export function renderDocument(data: Data, body: string): string {
  return `---\n${emitMapping(data)}---\n\n${body}`;
}

/** Picks distinct documents for each mutation in turn, so every kind of mistake is represented. */
function chooseMutations(
  documents: readonly GeneratedDocument[],
  count: number,
  random: Random,
): Map<number, MutationName> {
  const chosen = new Map<number, MutationName>();
  for (let i = 0; i < count; i++) {
    const name = MUTATIONS[i % MUTATIONS.length] ?? 'unknown-key';
    const kinds = MUTATION_KINDS[name];
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const index = random.int(0, documents.length - 1);
      if (chosen.has(index) || !kinds.includes(documents[index]?.kind ?? 'requirement')) continue;
      chosen.set(index, name);
      break;
    }
  }
  return chosen;
}

function writeDocuments(
  dir: string,
  documents: readonly GeneratedDocument[],
  mutations: ReadonlyMap<number, MutationName>,
  random: Random,
): CorpusSummary {
  const summary: CorpusSummary = { documents: documents.length, byKind: {}, invalid: {}, bytes: 0 };
  const context = {
    random,
    requirements: documents.filter((doc) => doc.kind === 'requirement').length,
    customers: documents.filter((doc) => doc.kind === 'customer').length,
  };
  const made = new Set<string>();
  documents.forEach((doc, index) => {
    const mutation = mutations.get(index);
    const text =
      mutation === undefined
        ? renderDocument(doc.data, doc.body)
        : mutateDocument(doc, mutation, context, renderDocument);
    if (mutation !== undefined) summary.invalid[doc.path] = mutation;
    const target = join(dir, doc.path);
    if (!made.has(dirname(target))) {
      mkdirSync(dirname(target), { recursive: true });
      made.add(dirname(target));
    }
    writeFileSync(target, text);
    summary.byKind[doc.kind] = (summary.byKind[doc.kind] ?? 0) + 1;
    summary.bytes += Buffer.byteLength(text);
  });
  return summary;
}

export function generateCorpus(options: CorpusOptions): CorpusSummary {
  const { dir, documents, invalidShare = 0, seed = 1, projectRoot = PROJECT_ROOT } = options;
  if (!(invalidShare >= 0 && invalidShare <= 1))
    throw new Error(`invalidShare must be between 0 and 1, not ${invalidShare}`);
  // The old schemas/ and content/ are replaced: never do that to a real repository.
  if (
    resolve(dir) === resolve(projectRoot) ||
    existsSync(join(dir, '.git')) ||
    existsSync(join(dir, 'package.json'))
  ) {
    throw new Error(
      `${dir} looks like a real repository (it has .git or package.json); generate the corpus into a folder of its own`,
    );
  }
  for (const folder of ['schemas', 'content'])
    rmSync(join(dir, folder), { recursive: true, force: true });
  mkdirSync(join(dir, 'content'), { recursive: true });
  cpSync(join(projectRoot, 'schemas'), join(dir, 'schemas'), { recursive: true });
  cpSync(join(projectRoot, 'content', 'config'), join(dir, 'content', 'config'), {
    recursive: true,
  });
  const built = buildAll(createWorld(projectRoot, createRandom(seed)), documents);
  // A separate stream: the valid and invalid corpora of one seed differ only in the mutated files.
  const mutationRandom = createRandom(seed * 7919 + 17);
  const mutations = chooseMutations(built, Math.round(documents * invalidShare), mutationRandom);
  const summary = writeDocuments(dir, built, mutations, mutationRandom);
  writeFileSync(
    join(dir, MANIFEST),
    `${JSON.stringify({ seed, invalidShare, ...summary }, null, 2)}\n`,
  );
  return summary;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      documents: { type: 'string', default: '1000' },
      invalid: { type: 'string', default: '0' },
      seed: { type: 'string', default: '1' },
    },
  });
  if (values.out === undefined) {
    console.error(
      'usage: node scripts/generate-corpus.ts --out DIR --documents 10000 [--invalid 0.02] [--seed 1]',
    );
    process.exitCode = 2;
    return;
  }
  const summary = generateCorpus({
    dir: resolve(values.out),
    documents: Number(values.documents),
    invalidShare: Number(values.invalid),
    seed: Number(values.seed),
  });
  const kinds = Object.entries(summary.byKind)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  console.log(
    `${summary.documents} documents (${kinds}), ${Object.keys(summary.invalid).length} invalid, ${(summary.bytes / 1_048_576).toFixed(1)} MiB → ${values.out}`,
  );
}

if (import.meta.filename === process.argv[1]) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
