/**
 * Traceability matrices over the visible requirements: × customers, × releases, parents ×
 * children, each row with its gaps (an open requirement with no customer nor department, an
 * approved one in no release, a child whose parent is missing or closed before it).
 */
import { stringAt } from '../repository.ts';
import type { SiteContext } from './context.ts';
import type { SiteRelease } from './customer-types.ts';
import type { Gap, GapCode, Matrix, MatrixRow, Traceability } from './page-types.ts';
import type { SiteDocument } from './types.ts';

/** Requirement states from which work is committed: these belong in a release. */
const COMMITTED = new Set([
  'approved',
  'in-development',
  'in-test',
  'released',
  'verified',
  'closed',
]);

export function assembleTraceability(
  documents: readonly SiteDocument[],
  releases: readonly SiteRelease[],
  context: SiteContext,
): Traceability {
  const requirements = documents.filter((document) => document.kind === 'requirement');
  return {
    customers: byCustomer(requirements, documents, context),
    releases: byRelease(requirements, releases, context),
    parents: byParent(requirements, context),
  };
}

function row(document: SiteDocument, marks: readonly string[], gaps: readonly Gap[]): MatrixRow {
  return {
    id: document.id,
    title: document.title,
    ...(document.state ? { state: document.state } : {}),
    marks,
    gaps,
  };
}

function gap(code: GapCode, context: SiteContext, params: Record<string, string> = {}): Gap {
  return { code, label: context.labels(`site-model/gap/${code}`, params) };
}

function byCustomer(
  requirements: readonly SiteDocument[],
  documents: readonly SiteDocument[],
  context: SiteContext,
): Matrix {
  const { byId } = context.source.model.repository;
  return {
    columns: documents
      .filter((document) => document.kind === 'customer')
      .map((customer) => ({
        key: customer.id,
        label: context.customerRef(customer.id)?.name ?? customer.id,
      })),
    rows: requirements.map((requirement) => {
      const data = byId.get(requirement.id)?.data ?? {};
      const unowned =
        stringAt(data, 'customer') === undefined && stringAt(data, 'department') === undefined;
      return row(
        requirement,
        requirement.customers.map((customer) => customer.id),
        unowned && !requirement.stage.closed ? [gap('no-customer', context)] : [],
      );
    }),
  };
}

function byRelease(
  requirements: readonly SiteDocument[],
  releases: readonly SiteRelease[],
  context: SiteContext,
): Matrix {
  const inRelease = new Map<string, string[]>();
  for (const release of releases)
    for (const ref of release.requirements)
      inRelease.set(ref.id, [...(inRelease.get(ref.id) ?? []), release.id]);
  return {
    columns: releases.map((release) => ({ key: release.id, label: release.version ?? release.id })),
    rows: requirements.map((requirement) => {
      const marks = inRelease.get(requirement.id) ?? [];
      const missing = marks.length === 0 && COMMITTED.has(requirement.state?.code ?? '');
      return row(requirement, marks, missing ? [gap('no-release', context)] : []);
    }),
  };
}

/** One row per requirement that has children or a parent; columns are the children. */
function byParent(requirements: readonly SiteDocument[], context: SiteContext): Matrix {
  const { byId } = context.source.model.repository;
  const visible = new Map(requirements.map((document) => [document.id, document]));
  const children = new Map<string, SiteDocument[]>();
  const rows: MatrixRow[] = [];
  for (const requirement of requirements) {
    const parent = stringAt(byId.get(requirement.id)?.data ?? {}, 'parent');
    if (parent === undefined) continue;
    children.set(parent, [...(children.get(parent) ?? []), requirement]);
    const parentDocument = visible.get(parent);
    const gaps = !parentDocument
      ? [gap('orphan-child', context, { parent: context.refOf(parent) ? parent : '—' })]
      : parentDocument.stage.closed && !requirement.stage.closed
        ? [gap('closed-parent-open-child', context)]
        : [];
    if (gaps.length > 0) rows.push(row(requirement, [], gaps));
  }
  const parents = requirements.filter((requirement) => children.has(requirement.id));
  return {
    columns: [...children.values()].flat().map((child) => ({ key: child.id, label: child.id })),
    rows: [
      ...parents.map((parent) =>
        row(
          parent,
          (children.get(parent.id) ?? []).map((child) => child.id),
          [],
        ),
      ),
      ...rows,
    ],
  };
}
