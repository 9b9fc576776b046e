/**
 * 需求确认书: one per customer and release, in the structure of the template in the policies
 * (document control, 修改记录, the requirement list with IDs, priorities and acceptance
 * criteria, the sign-off table). Pure: documents in, sheets out.
 */
import { assembleSignatureLines, collectSignoffs } from './signatures.ts';
import type {
  ConfirmationSheet,
  LabelledCode,
  PrintDocument,
  PrintLabeller,
  SheetRequirement,
  SheetRevision,
} from './types.ts';

/**
 * Which customers' forms an audience may print: none for the public site, only its own for a
 * customer portal, all for internal. Checked here too, so a model that was not redacted as
 * expected still fails closed.
 */
export function mayPrintFor(audience: string, customer: string | undefined): boolean {
  if (audience === 'internal') return true;
  return customer !== undefined && audience === `customer:${customer}`;
}

export function assembleConfirmationSheets(
  documents: readonly PrintDocument[],
  labeller: PrintLabeller,
  audience: string,
): ConfirmationSheet[] {
  const byId = new Map(documents.map((document) => [document.id, document]));
  const sheets: ConfirmationSheet[] = [];
  for (const release of documents.filter((document) => document.kind === 'release'))
    for (const [customer, requirements] of groupByCustomer(release, byId))
      if (mayPrintFor(audience, customer))
        sheets.push(assembleSheet(release, byId.get(customer), customer, requirements, labeller));
  return sheets;
}

/** The release's requirements that the model holds, by customer, in the release's order. */
function groupByCustomer(
  release: PrintDocument,
  byId: ReadonlyMap<string, PrintDocument>,
): Map<string, PrintDocument[]> {
  const groups = new Map<string, PrintDocument[]>();
  for (const id of stringList(release.data['requirements'])) {
    const requirement = byId.get(id);
    const customer = requirement && stringValue(requirement.data['customer']);
    if (!requirement || requirement.kind !== 'requirement' || !customer) continue;
    groups.set(customer, [...(groups.get(customer) ?? []), requirement]);
  }
  return groups;
}

function assembleSheet(
  release: PrintDocument,
  customerFile: PrintDocument | undefined,
  customer: string,
  requirements: readonly PrintDocument[],
  labeller: PrintLabeller,
): ConfirmationSheet {
  const covered = [release, ...requirements];
  const signoffs = collectSignoffs(covered);
  return {
    customer: { id: customer, name: customerFile && stringValue(customerFile.data['name']) },
    release: {
      id: release.id,
      title: release.title,
      version: stringValue(release.data['version']),
      plannedOn: stringValue(release.data['planned_on']),
      releasedOn: stringValue(release.data['released_on']),
    },
    path: release.path,
    requirements: requirements.map((requirement) => assembleRequirement(requirement, labeller)),
    revisions: mergeRevisions(covered),
    signoffs,
    signatures: assembleSignatureLines(signoffs, labeller),
  };
}

function assembleRequirement(document: PrintDocument, labeller: PrintLabeller): SheetRequirement {
  const choice = (key: string): LabelledCode | undefined => {
    const code = stringValue(document.data[key]);
    return code === undefined
      ? undefined
      : { code, labels: labeller.choice('requirement', [key], code) };
  };
  const criteria = Array.isArray(document.data['acceptance_criteria'])
    ? (document.data['acceptance_criteria'] as unknown[])
    : [];
  return {
    id: document.id,
    title: document.title,
    state: choice('status'),
    importance: choice('importance'),
    urgency: choice('urgency'),
    acceptance: criteria.flatMap((criterion, index) => {
      if (typeof criterion !== 'object' || criterion === null) return [];
      const entry = criterion as Record<string, unknown>;
      const method = stringValue(entry['method']);
      const path = ['acceptance_criteria', 0, 'method'];
      return [
        {
          id: stringValue(entry['id']) ?? `AC-${index + 1}`,
          text: stringValue(entry['text']) ?? '',
          method: method
            ? { code: method, labels: labeller.choice('requirement', path, method) }
            : undefined,
        },
      ];
    }),
  };
}

/** Every revision of the covered documents, oldest first, each naming its document. */
export function mergeRevisions(documents: readonly PrintDocument[]): SheetRevision[] {
  return documents
    .flatMap((document) =>
      (document.revisions ?? []).map((revision) => ({ ...revision, document: document.id })),
    )
    .sort(
      (left, right) =>
        left.date.localeCompare(right.date) || left.document.localeCompare(right.document),
    );
}

export function stringValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return value instanceof Date ? value.toISOString().slice(0, 10) : undefined;
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}
