/**
 * What the document builders share: the seeded PRNG, people and workflow rules read from the
 * project's own content/config (so the corpus follows the configuration people edit), and the
 * IDs generated so far (links only ever point at documents that exist).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Random } from './random.ts';
import type { DocumentKind } from '../../src/core/layout.ts';
import type { YamlValue } from './yaml.ts';

export type Kind = DocumentKind;
export type Data = Record<string, YamlValue | undefined>;

export interface GeneratedDocument {
  kind: Kind;
  /** Repository-relative path. */
  path: string;
  data: Data;
  body: string;
}

interface PersonEntry {
  id: string;
  roles: string[];
  customer?: string;
}
interface WorkflowEntry {
  states: Record<string, { required?: string[]; terminal?: boolean } | null>;
}

export interface World {
  random: Random;
  /** Internal people (not customer representatives), by role, and all of them. */
  staff: { all: string[]; owners: string[]; evaluators: string[]; accountManagers: string[] };
  /** The highest customer number people.yaml refers to: the corpus needs at least that many customers. */
  minCustomers: number;
  customers: string[];
  visitsByCustomer: Map<string, string[]>;
  requirements: string[];
  /** Requirements that are not closed, rejected or cancelled (safe parents). */
  openRequirements: string[];
  /** Requirements in test or later (release members). */
  testedRequirements: string[];
  /** Fields the workflow configuration requires in a state. */
  required(kind: Kind, status: string): ReadonlySet<string>;
}

function readYaml(root: string, path: string): unknown {
  return load(readFileSync(join(root, path), 'utf8'));
}

function withRole(people: readonly PersonEntry[], ...roles: string[]): string[] {
  const found = people
    .filter((person) => person.roles.some((role) => roles.includes(role)))
    .map((person) => person.id);
  if (found.length === 0) throw new Error(`people.yaml has nobody with role ${roles.join(' or ')}`);
  return found;
}

export function createWorld(projectRoot: string, random: Random): World {
  const people = (readYaml(projectRoot, 'content/config/people.yaml') as { people: PersonEntry[] })
    .people;
  const workflows = readYaml(projectRoot, 'content/config/workflows.yaml') as Record<
    string,
    WorkflowEntry
  >;
  const staff = people.filter((person) => !person.roles.includes('customer-representative'));
  const customerNumbers = people.flatMap((person) =>
    person.customer ? [Number(person.customer.replace(/\D/g, ''))] : [],
  );
  const empty: ReadonlySet<string> = new Set();
  return {
    random,
    staff: {
      all: staff.map((person) => person.id),
      owners: withRole(staff, 'project-manager', 'development-lead'),
      evaluators: withRole(staff, 'evaluator'),
      accountManagers: withRole(staff, 'account-manager'),
    },
    minCustomers: Math.max(0, ...customerNumbers),
    customers: [],
    visitsByCustomer: new Map(),
    requirements: [],
    openRequirements: [],
    testedRequirements: [],
    required: (kind, status) => new Set(workflows[kind]?.states[status]?.required ?? empty),
  };
}
