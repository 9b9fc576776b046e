/**
 * `docket verify`, the wiring: reads the ledger, then everything the records point at from git in
 * two `cat-file --batch` runs (the merge commits; then the files at those commits and people.yaml
 * on their bases), and checks each record offline.
 */
import { openGitHistory } from '../adapters/git-history.ts';
import { decodeDocumentBytes } from '../core/decode.ts';
import type { SignOffRecord } from '../core/generated/signoff-types.ts';
import { CONFIG_FILES } from '../core/layout.ts';
import { parseConfigText } from '../core/parse.ts';
import type { GitHistory } from '../core/ports/git-history.ts';
import type { Problem } from '../core/problem.ts';
import {
  parseCommitParents,
  verifySignoffRecord,
  type PersonAtBase,
} from '../core/signoff-verify.ts';
import { fingerprintDocument, hashBytes } from '../core/approvals/fingerprint.ts';
import { readSignoffLedger } from './signoff-ledger.ts';

export interface VerifyResult {
  records: number;
  /** Records that say a change merged without its sign-offs. */
  unsigned: SignOffRecord[];
  problems: Problem[];
}

export async function verifySignoffs(
  root: string,
  git: GitHistory = openGitHistory(root),
): Promise<VerifyResult> {
  const ledger = readSignoffLedger(root);
  const commits = await git.readObjects(ledger.records.map((record) => record.merge_commit));
  const names = ledger.records.flatMap((record) => namesToRead(record, commits));
  const objects = await git.readObjects(names);
  const problems: Problem[] = [...ledger.problems];
  for (const record of ledger.records) {
    const path = ledger.paths.get(record) ?? '';
    const commit = commits.get(record.merge_commit);
    const parents = commit ? parseCommitParents(new TextDecoder().decode(commit)) : undefined;
    const at = (file: string) => objects.get(`${record.merge_commit}:${file}`);
    const issues = verifySignoffRecord(record, {
      ...(parents ? { parents } : {}),
      fingerprintAt: (file) => mapDefined(at(file), fingerprintDocument),
      sha256At: (file) => mapDefined(at(file), hashBytes),
      ...peopleFact(objects.get(peopleName(record))),
    });
    problems.push(...issues.map((issue) => ({ ...issue, path })));
  }
  const unsigned = ledger.records.filter((record) => record.outcome === 'merged-without-signoff');
  return { records: ledger.records.length, unsigned, problems };
}

function peopleName(record: SignOffRecord): string {
  return `${record.base_commit}:${CONFIG_FILES.people.path}`;
}

function namesToRead(record: SignOffRecord, commits: Map<string, Uint8Array>): string[] {
  if (!commits.has(record.merge_commit)) return [];
  const files = [
    ...record.documents.map((document) => document.path),
    ...record.approvals.flatMap((approval) => (approval.paper ? [approval.paper.scan] : [])),
  ];
  return [...files.map((file) => `${record.merge_commit}:${file}`), peopleName(record)];
}

function mapDefined<T>(
  value: Uint8Array | undefined,
  map: (bytes: Uint8Array) => T,
): T | undefined {
  return value === undefined ? undefined : map(value);
}

/** people.yaml as it stood on the base; a file that does not parse gives no people (a failure). */
function peopleFact(bytes: Uint8Array | undefined): { people?: PersonAtBase[] } {
  if (!bytes) return {};
  const decoded = decodeDocumentBytes(bytes);
  const parsed = decoded.ok ? parseConfigText(decoded.text) : undefined;
  const list = parsed?.ok ? parsed.doc.data['people'] : undefined;
  if (!Array.isArray(list)) return {};
  return { people: list.flatMap(readPerson) };
}

function readPerson(entry: unknown): PersonAtBase[] {
  if (entry === null || typeof entry !== 'object') return [];
  const { id, name, roles, github, customer } = entry as Record<string, unknown>;
  if (typeof id !== 'string' || !Array.isArray(roles)) return [];
  return [
    {
      id,
      roles: roles.filter((role): role is string => typeof role === 'string'),
      ...(typeof name === 'string' ? { name } : {}),
      ...(typeof github === 'string' ? { github } : {}),
      ...(typeof customer === 'string' ? { customer } : {}),
    },
  ];
}
