/**
 * Sign-offs on printed forms: the templates ask for the customer's signature (用户方确认签字) and
 * the project manager's; each line is filled from a recorded sign-off in that role, or left
 * blank to be signed by hand.
 */
import type {
  LabelledCode,
  PrintDocument,
  PrintLabeller,
  PrintSignoff,
  SignatureLine,
} from './types.ts';

/** The roles whose signatures every confirmation form carries, in the templates' order. */
export const SIGNING_ROLES: readonly string[] = ['customer-representative', 'project-manager'];

export type CoveringSignoff = PrintSignoff & { documents: readonly string[] };

/** The sign-offs of several documents, each once (same person, role and date), oldest first. */
export function collectSignoffs(documents: readonly PrintDocument[]): CoveringSignoff[] {
  const byKey = new Map<string, { signoff: PrintSignoff; documents: string[] }>();
  for (const document of documents)
    for (const signoff of document.signoffs ?? []) {
      const key = [signoff.who, signoff.roles.join(','), signoff.date, signoff.via ?? ''].join('|');
      const entry = byKey.get(key) ?? { signoff, documents: [] };
      entry.documents.push(document.id);
      // One lapsed sign-off (its document changed since) makes the shared line lapse.
      if (!signoff.holds) entry.signoff = { ...entry.signoff, holds: false };
      byKey.set(key, entry);
    }
  return [...byKey.values()]
    .map(({ signoff, documents: ids }) => ({ ...signoff, documents: ids }))
    .sort((left, right) => left.date.localeCompare(right.date));
}

/** One line per signing role: the latest sign-off in that role that still holds, else blank. */
export function assembleSignatureLines(
  signoffs: readonly CoveringSignoff[],
  labeller: PrintLabeller,
): SignatureLine[] {
  return SIGNING_ROLES.map((code) => {
    const role: LabelledCode = {
      code,
      labels: labeller.choice('people', ['people', 0, 'roles', 0], code),
    };
    const holding = signoffs.filter((signoff) => signoff.holds && signoff.roles.includes(code));
    const latest = holding.at(-1);
    return latest ? { role, signoff: latest } : { role };
  });
}
