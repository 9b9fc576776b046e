/**
 * People as the approval policy sees them: GitHub logins mapped to people.yaml entries (only
 * there, compared case-insensitively, as GitHub does), and roles with "or above" ranks.
 */
import type { ApprovalPolicy, Person, Role } from '../config.ts';

export interface PeopleIndex {
  /** The person whose `github` login this is, ignoring case; undefined for anyone not listed. */
  byLogin(login: string): Person | undefined;
  byId(id: string): Person | undefined;
  all: readonly Person[];
}

export function indexPeople(people: readonly Person[]): PeopleIndex {
  const logins = new Map<string, Person>();
  for (const person of people)
    if (person.github !== undefined) logins.set(person.github.toLowerCase(), person);
  const ids = new Map(people.map((person) => [person.id, person]));
  return {
    byLogin: (login) => logins.get(login.toLowerCase()),
    byId: (id) => ids.get(id),
    all: people,
  };
}

export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Every role each role outranks, directly or through others (`outranks` is transitive). */
export function evaluateRanks(policy: ApprovalPolicy): ReadonlyMap<Role, ReadonlySet<Role>> {
  const direct = (policy.outranks ?? {}) as Partial<Record<Role, readonly Role[]>>;
  const closure = new Map<Role, Set<Role>>();
  for (const role of Object.keys(direct) as Role[]) {
    const seen = new Set<Role>();
    const queue = [...(direct[role] ?? [])];
    while (queue.length > 0) {
      const next = queue.shift() as Role;
      if (seen.has(next) || next === role) continue;
      seen.add(next);
      queue.push(...(direct[next] ?? []));
    }
    closure.set(role, seen);
  }
  return closure;
}

/** Whether a person holds `role`, or with `orAbove` a role that outranks it. */
export function holdsRole(
  person: Person,
  role: Role,
  orAbove: boolean,
  ranks: ReadonlyMap<Role, ReadonlySet<Role>>,
): boolean {
  if (person.roles.includes(role)) return true;
  return orAbove && person.roles.some((held) => ranks.get(held)?.has(role) === true);
}
