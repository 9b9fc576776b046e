/**
 * Reads and writes the sign-off ledger (signoffs/*.json) in a working tree. Reading never throws
 * for bad content: a broken or misplaced record is a problem, reported by `docket verify`.
 */
import { readPlainFileBytes, walkFiles, writeFileAtomic } from '../adapters/fs.ts';
import { decodeDocumentBytes } from '../core/decode.ts';
import type { SignOffRecord } from '../core/generated/signoff-types.ts';
import { createIssue, type Problem } from '../core/problem.ts';
import {
  MAX_SIGNOFF_BYTES,
  SIGNOFF_DIR,
  SIGNOFF_SCHEMA,
  parseSignoffRecord,
  serializeSignoffRecord,
  signoffRecordPath,
} from '../core/signoff-ledger.ts';
import { sortRecords } from '../core/signoffs.ts';
import { compileSchemaSet, type SchemaSet } from '../core/schema-set.ts';
import { readWorkingTreeSchemas } from './load-repository.ts';

export interface SignoffLedger {
  /** Valid records, oldest merge first, with the file each came from. */
  records: SignOffRecord[];
  paths: Map<SignOffRecord, string>;
  problems: Problem[];
}

export function compileLedgerSchemas(root: string): SchemaSet {
  return compileSchemaSet(readWorkingTreeSchemas(root));
}

export function readSignoffLedger(root: string, given?: SchemaSet): SignoffLedger {
  const { files, symlinks, others = [] } = walkFiles(root, SIGNOFF_DIR);
  const ledger: SignoffLedger = { records: [], paths: new Map(), problems: [] };
  // Compiling every schema costs a few hundred milliseconds: only when there are records.
  const schemas = files.length > 0 ? (given ?? compileLedgerSchemas(root)) : undefined;
  for (const path of symlinks) ledger.problems.push(problemAt(path, 'file/symlink'));
  for (const path of others) ledger.problems.push(problemAt(path, 'file/not-a-file'));
  for (const path of files) {
    if (!path.endsWith('.json')) continue;
    const text = readRecordText(root, path, ledger);
    if (text === undefined || !schemas) continue;
    const parsed = parseSignoffRecord(
      text,
      path,
      schemas.validatorFor(SIGNOFF_SCHEMA),
      schemas.schemaFor(SIGNOFF_SCHEMA),
    );
    if (!parsed.ok) {
      ledger.problems.push(...parsed.issues.map((issue) => ({ ...issue, path })));
      continue;
    }
    ledger.records.push(parsed.record);
    ledger.paths.set(parsed.record, path);
  }
  ledger.records = sortRecords(ledger.records);
  return ledger;
}

function readRecordText(root: string, path: string, ledger: SignoffLedger): string | undefined {
  const bytes = readPlainFileBytes(root, path);
  if (bytes === undefined) {
    ledger.problems.push(problemAt(path, 'file/symlink'));
    return undefined;
  }
  if (bytes.length > MAX_SIGNOFF_BYTES) {
    ledger.problems.push(
      problemAt(path, 'file/too-large', { size: bytes.length, limit: MAX_SIGNOFF_BYTES }),
    );
    return undefined;
  }
  const decoded = decodeDocumentBytes(bytes);
  if (!decoded.ok) {
    ledger.problems.push({ ...decoded.issue, path });
    return undefined;
  }
  return decoded.text;
}

function problemAt(path: string, rule: string, params: Problem['params'] = {}): Problem {
  return { ...createIssue(rule, { line: 1, col: 1 }, params), path };
}

/** Writes the record to its own file (never replacing one: a merge is recorded once); returns the path. */
export function writeSignoffRecord(root: string, record: SignOffRecord): string {
  const path = signoffRecordPath(record);
  writeFileAtomic(root, path, serializeSignoffRecord(record), 'create');
  return path;
}
