/**
 * Realistic ways a document goes wrong: an unknown key, a bad enum value, a missing required
 * field, a link to nothing, a phone number without quotes, broken YAML. Each mutation touches
 * one document and is chosen so it does not break other documents (no malformed YAML in a
 * document that others link to), so the invalid share is the share of files with errors.
 */
import { DOCUMENT_KINDS } from '../../src/core/layout.ts';
import { formatId, type Random } from './random.ts';
import type { Data, GeneratedDocument, Kind } from './world.ts';

export const MUTATIONS = [
  'unknown-key',
  'bad-enum',
  'missing-required',
  'broken-link',
  'unquoted-phone',
  'malformed-yaml',
] as const;
export type MutationName = (typeof MUTATIONS)[number];

export interface MutationContext {
  random: Random;
  /** Counts of generated IDs, to make IDs that surely do not exist. */
  requirements: number;
  customers: number;
}

/** The text of a document: front-matter and body. */
export type Render = (data: Data, body: string) => string;

const BAD_ENUMS: Partial<Record<Kind, readonly [string, string][]>> = {
  requirement: [
    ['importance', '重要'],
    ['urgency', 'high'],
    ['confidentiality', 'private'],
  ],
  change: [
    ['status', 'approve'],
    ['status', '已批准'],
  ],
  customer: [
    ['tier', 'AA'],
    ['scale', 'huge'],
  ],
  release: [['status', 'done']],
  visit: [['type', 'regular']],
  complaint: [['severity', 'severe']],
  'service-request': [['notice_type', 'Z3']],
};

const REQUIRED_TO_DROP: Readonly<Record<Kind, readonly string[]>> = {
  requirement: ['importance', 'requested_by', 'source', 'title'],
  change: ['reason', 'change', 'requested_by'],
  customer: ['industry', 'contacts', 'tier'],
  release: ['version', 'planned_on'],
  visit: ['summary', 'visited_by'],
  complaint: ['severity', 'channel'],
  'service-request': ['notice_type', 'summary'],
  survey: ['score'],
};

/** Kinds nobody links to (or only by a field we leave alone) may lose their whole front-matter. */
const UNLINKED: readonly Kind[] = ['change', 'release', 'complaint', 'service-request', 'survey'];

export const MUTATION_KINDS: Readonly<Record<MutationName, readonly Kind[]>> = {
  'unknown-key': DOCUMENT_KINDS,
  'bad-enum': Object.keys(BAD_ENUMS) as Kind[],
  'missing-required': Object.keys(REQUIRED_TO_DROP) as Kind[],
  'broken-link': ['requirement', 'change', 'release', 'customer', 'visit', 'complaint'],
  'unquoted-phone': ['customer'],
  'malformed-yaml': UNLINKED,
};

function unknownKey(doc: GeneratedDocument, random: Random): Data {
  if (doc.kind === 'requirement' && random.chance(0.4)) return { ...doc.data, priority: 'P2' }; // computed, never stored
  if (doc.data['tags'] !== undefined && random.chance(0.5)) {
    const { tags, ...rest } = doc.data;
    return { ...rest, tag: tags };
  }
  return {
    ...doc.data,
    [random.pick(['remark', 'due_date', 'approved_by'])]: random.pick(['待确认', 'wang-fang']),
  };
}

function badEnum(doc: GeneratedDocument, random: Random): Data {
  const [field, value] = random.pick(BAD_ENUMS[doc.kind] ?? [['status', 'unknown']]);
  return { ...doc.data, [field]: value };
}

function missingRequired(doc: GeneratedDocument, random: Random): Data {
  const field = random.pick(REQUIRED_TO_DROP[doc.kind]);
  return Object.fromEntries(Object.entries(doc.data).filter(([key]) => key !== field));
}

function brokenLink(doc: GeneratedDocument, context: MutationContext): Data {
  const { random } = context;
  const missingRequirement = formatId('REQ-', context.requirements + random.int(1, 999), 4);
  switch (doc.kind) {
    case 'requirement':
      return random.chance(0.5)
        ? { ...doc.data, customer: formatId('CUS-', context.customers + random.int(1, 99), 3) }
        : { ...doc.data, owner: 'wang-fan' };
    case 'change':
    case 'release': {
      const links = doc.data['requirements'] as readonly string[];
      return { ...doc.data, requirements: [missingRequirement, ...links.slice(1)] };
    }
    case 'customer':
      return { ...doc.data, account_manager: 'chen-jin' };
    case 'visit':
      return { ...doc.data, visited_by: ['zhang-san'] };
    default:
      return { ...doc.data, handled_by: 'li-si' };
  }
}

/** Four common slips on a top-level `key: value` line: a tab, a missing colon, a stray indent, an unclosed list. */
function malformedYaml(text: string, random: Random): string {
  const end = text.indexOf('\n---\n', 3);
  const lines = text.slice(0, end).split('\n');
  const candidates = lines.flatMap((line, index) =>
    index > 1 && /^[a-z_]+: \S/.test(line) ? [index] : [],
  );
  const at = random.pick(candidates);
  const line = lines[at] ?? '';
  const variant = random.int(0, 3);
  if (variant === 0) lines[at] = `\t${line}`;
  else if (variant === 1) lines[at] = line.replace(': ', ' ');
  else if (variant === 2) lines[at] = `   ${line}`;
  else lines.push('tags: [待定, 复核');
  return `${lines.join('\n')}${text.slice(end)}`;
}

/** The document's text with one realistic mistake. */
export function mutateDocument(
  doc: GeneratedDocument,
  name: MutationName,
  context: MutationContext,
  render: Render,
): string {
  const { random } = context;
  switch (name) {
    case 'unknown-key':
      return render(unknownKey(doc, random), doc.body);
    case 'bad-enum':
      return render(badEnum(doc, random), doc.body);
    case 'missing-required':
      return render(missingRequired(doc, random), doc.body);
    case 'broken-link':
      return render(brokenLink(doc, context), doc.body);
    case 'unquoted-phone':
      return render(doc.data, doc.body).replace(/phone: "(1[3-9][0-9]{9})"/, 'phone: $1');
    case 'malformed-yaml':
      return malformedYaml(render(doc.data, doc.body), random);
  }
}
