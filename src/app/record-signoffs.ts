/**
 * The record job's use case: after a merge (or a direct push) to the default branch, re-run the
 * approval policy on the reviews as they stand, read the fingerprints from git, and write one
 * schema-checked record to signoffs/. The entry point is scripts/record-signoffs.ts.
 */
import { openGitHistory } from '../adapters/git-history.ts';
import { CONFIG_DIR, CONTENT_DIR } from '../core/layout.ts';
import { isDocumentPath } from '../core/history.ts';
import { parseSnapshot } from '../core/history-snapshot.ts';
import type { SignOffRecord } from '../core/generated/signoff-types.ts';
import type { GitHistory } from '../core/ports/git-history.ts';
import {
  DIRECT_PUSH_MISSING,
  assembleSignoffRecord,
  type MergeFacts,
  type PolicyVerdict,
} from '../core/signoff-record.ts';
import { SIGNOFF_SCHEMA } from '../core/signoff-ledger.ts';
import { validateAgainstSchema } from '../core/validate-schema.ts';
import { fingerprintDocument, hashBytes } from '../core/approvals/fingerprint.ts';
import { compileLedgerSchemas, writeSignoffRecord } from './signoff-ledger.ts';

/** Re-runs the gate's policy for a merged pull request (base and head as commits). */
export type PolicyEvaluator = (request: {
  root: string;
  base: string;
  head: string;
  author: string;
}) => Promise<PolicyVerdict>;

export interface RecordOutcome {
  record: SignOffRecord;
  path: string;
}

/** Paths whose change needs sign-off under any policy: documents, configuration, schemas. */
const GOVERNED = [`${CONTENT_DIR}/`, 'schemas/', '.github/'];

/** Undefined for a direct push that changed nothing governed (nothing to record). */
export async function recordSignoffs(
  root: string,
  merge: MergeFacts,
  evaluate: PolicyEvaluator,
  git: GitHistory = openGitHistory(root),
): Promise<RecordOutcome | undefined> {
  const pull = merge.pullRequest;
  const verdict = pull
    ? await evaluate({
        root,
        base: merge.baseCommit,
        head: pull.headCommit,
        author: pull.author.login,
      })
    : await assembleDirectPushVerdict(merge, git);
  if (!verdict) return undefined;
  const reads = await readRecordFacts(merge, verdict, git);
  const record = assembleSignoffRecord(merge, verdict, reads);
  const schemas = compileLedgerSchemas(root);
  const issues = validateAgainstSchema(
    record,
    schemas.validatorFor(SIGNOFF_SCHEMA),
    schemas.schemaFor(SIGNOFF_SCHEMA),
  );
  // The record is built by this code from checked data: a schema failure is a bug, never written.
  if (issues.length > 0)
    throw new Error(`sign-off record fails its schema: ${issues[0]?.rule ?? ''}`);
  return { record, path: writeSignoffRecord(root, record) };
}

async function assembleDirectPushVerdict(
  merge: MergeFacts,
  git: GitHistory,
): Promise<PolicyVerdict | undefined> {
  const changes = await git.readChanges(merge.baseCommit, merge.mergeCommit);
  const governed = changes.filter((change) => GOVERNED.some((dir) => change.path.startsWith(dir)));
  if (governed.length === 0) return undefined;
  const paths = governed.map((change) => change.path).filter(isDocumentPath);
  const objects = await git.readObjects(
    paths.flatMap((path) => [`${merge.baseCommit}:${path}`, `${merge.mergeCommit}:${path}`]),
  );
  const documents = paths.map((path) => {
    const before = objects.get(`${merge.baseCommit}:${path}`);
    const after = objects.get(`${merge.mergeCommit}:${path}`);
    const from = before ? parseSnapshot(before) : undefined;
    const to = after ? parseSnapshot(after) : undefined;
    return {
      id: to?.id ?? from?.id ?? path,
      path,
      ...(from?.status === undefined ? {} : { from: from.status }),
      ...(to?.status === undefined ? {} : { to: to.status }),
    };
  });
  const configChanged = governed.some((change) => !isDocumentPath(change.path));
  const config = configChanged ? [{ ...DIRECT_PUSH_MISSING, document: CONFIG_DIR }] : [];
  return { satisfied: false, documents, signers: [], missing: [DIRECT_PUSH_MISSING, ...config] };
}

/** Every file the record fingerprints, in one `cat-file --batch`. */
async function readRecordFacts(merge: MergeFacts, verdict: PolicyVerdict, git: GitHistory) {
  const pathOf = new Map(verdict.documents.map((document) => [document.id, document.path]));
  const atMerge = (path: string) => `${merge.mergeCommit}:${path}`;
  const names = [
    ...verdict.documents.map((document) => atMerge(document.path)),
    ...verdict.signers.flatMap((signer) => [
      ...(signer.scan === undefined ? [] : [atMerge(signer.scan)]),
      ...signer.documents.flatMap((id) =>
        signer.commitId ? [`${signer.commitId}:${pathOf.get(id) ?? ''}`] : [],
      ),
    ]),
  ];
  const objects = await git.readObjects(names);
  const fingerprintOf = (name: string) => {
    const bytes = objects.get(name);
    return bytes ? fingerprintDocument(bytes) : undefined;
  };
  return {
    fingerprintAtMerge: (path: string) => fingerprintOf(atMerge(path)),
    fingerprintAt: (commit: string, path: string) => fingerprintOf(`${commit}:${path}`),
    sha256AtMerge: (path: string) => {
      const bytes = objects.get(atMerge(path));
      return bytes ? hashBytes(bytes) : undefined;
    },
  };
}
