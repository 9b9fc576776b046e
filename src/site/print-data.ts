/**
 * The printable documents of this build: the site model's documents turned into 需求确认书 sheets
 * and 需求变更确认单 forms (src/core/print), with the commit and permalinks they carry. Built once
 * per build and shared by every print page.
 */
import { loadPrintContext, type PrintContext } from '../app/print-context.ts';
import { readWorkingTreeSchemas } from '../app/load-repository.ts';
import { pathForId } from '../core/layout.ts';
import { formatMessage, type Lang } from '../core/messages.ts';
import { PRINT_MESSAGES } from '../core/print/messages.ts';
import type { MessageParams } from '../core/problem.ts';
import { assembleChangeForms } from '../core/print/change-form.ts';
import { assembleConfirmationSheets } from '../core/print/confirmation.ts';
import { createSchemaLabeller } from '../core/print/schema-labeller.ts';
import type {
  ChangeForm,
  ConfirmationSheet,
  PrintDocument,
  PrintLabeller,
  PrintSignoff,
} from '../core/print/types.ts';
import type { FieldView, SiteDocument } from '../core/site/types.ts';
import { SITE_SETTINGS } from './settings.ts';
import { getSiteData } from './site-data.ts';

export interface PrintData {
  context: PrintContext;
  /** Field and choice labels from the schemas, for headings. */
  labeller: PrintLabeller;
  sheets: readonly ConfirmationSheet[];
  forms: readonly ChangeForm[];
}

const PRINTABLE_KINDS = new Set(['requirement', 'change', 'release', 'customer']);

let data: Promise<PrintData> | undefined;

export function getPrintData(): Promise<PrintData> {
  data ??= assemblePrintData();
  return data;
}

let labels: PrintLabeller | undefined;

/** Labels from this build's schemas (`x-label`, `x-enum-labels`). */
export function getLabeller(): PrintLabeller {
  if (!labels) {
    const sources = readWorkingTreeSchemas(SITE_SETTINGS.root);
    const schemas = new Map(sources.map((source) => [source.file, source.schema]));
    labels = createSchemaLabeller((file) => schemas.get(file));
  }
  return labels;
}

async function assemblePrintData(): Promise<PrintData> {
  const { root, audience } = SITE_SETTINGS;
  const labeller = getLabeller();
  const documents = getSiteData()
    .model.documents.filter((document) => PRINTABLE_KINDS.has(document.kind))
    .map(toPrintDocument);
  return {
    context: await loadPrintContext(root, process.env),
    labeller,
    sheets: assembleConfirmationSheets(documents, labeller, audience),
    forms: assembleChangeForms(documents, labeller, audience),
  };
}

/** A field value as the front matter had it: enum values come labelled in the model. */
function plainValue(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'code' in value && 'labels' in value)
    return (value as { code: unknown }).code;
  return value;
}

function toPrintDocument(document: SiteDocument): PrintDocument {
  const data: Record<string, unknown> = {};
  for (const field of document.fields) data[field.key] = plainValue(field.value);
  if (document.customer !== undefined) data['customer'] ??= document.customer;
  if (document.kind === 'customer') data['name'] ??= document.title;
  return {
    id: document.id,
    kind: document.kind,
    title: document.title,
    data,
    path: pathForId(
      document.kind as 'requirement' | 'change' | 'release' | 'customer',
      document.id,
    ),
    revisions: document.revisions,
    personNames: collectPersonNames(document.fields),
    signoffs: document.signoffs.map((signoff): PrintSignoff => ({
      who: signoff.who,
      roles: [],
      roleLabels: signoff.role,
      date: signoff.date,
      holds: signoff.holds,
    })),
  };
}

/** Site paths of the printable pages (without the language prefix). */
export function sheetPath(sheet: Pick<ConfirmationSheet, 'customer' | 'release'>): string {
  return `print/confirmation/${sheet.customer.id}/${sheet.release.id}/`;
}

export function formPath(form: Pick<ChangeForm, 'id'>): string {
  return `print/changes/${form.id}/`;
}

/** The printed forms' own words in `lang`. */
export function sayPrint(lang: Lang, id: string, params: MessageParams = {}): string {
  return formatMessage(PRINT_MESSAGES, id, params, lang);
}

/** Person IDs → names, from the person fields at any depth (the model has named them). */
function collectPersonNames(fields: readonly FieldView[], names = new Map<string, string>()) {
  for (const field of fields) {
    if (field.type === 'person' && typeof field.value === 'string' && field.text)
      names.set(field.value, field.text['zh-CN']);
    collectPersonNames(field.fields ?? [], names);
    for (const item of field.items ?? []) collectPersonNames(item, names);
  }
  return names;
}
