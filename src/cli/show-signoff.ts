/** The sign-off line of `docket show`: signed and unchanged, or needs re-confirmation (需重新确认). */
import { readSignoffStatus } from '../app/document-records.ts';
import { GitHistoryError } from '../app/revision-records.ts';
import type { SignoffStatus } from '../core/signoffs.ts';
import { renderFields } from './show-render.ts';
import type { View } from '../core/progress-view/view.ts';

/** Outside a git repository (a downloaded copy) show still works, without the line. */
export async function readSignoffStatusQuietly(
  root: string,
  id: string,
): Promise<SignoffStatus | undefined> {
  try {
    return await readSignoffStatus(root, [id]);
  } catch (error) {
    if (error instanceof GitHistoryError) return undefined;
    throw error;
  }
}

export function renderSignoffLine(id: string, status: SignoffStatus, view: View): string {
  const decision = status.lastDecision;
  if (!decision) return '';
  const where = {
    id,
    date: decision.merged_at.slice(0, 10),
    number: decision.pull_request?.number ?? decision.merge_commit.slice(0, 7),
    count: status.editsSince.length,
  };
  const text = status.needsReconfirmation
    ? `⚠ ${view.t('show/needs-reconfirmation', where)}`
    : view.t('show/signed', where);
  return renderFields([[view.t('show/signoff-label'), text]]).join('\n');
}

export function signoffJson(status: SignoffStatus): Record<string, unknown> {
  const decision = status.lastDecision;
  return {
    signed_at: decision?.merged_at ?? null,
    pull_request: decision?.pull_request?.number ?? null,
    merge_commit: decision?.merge_commit ?? null,
    needs_reconfirmation: status.needsReconfirmation,
    edits_since_signoff: status.editsSince.map((revision) => revision.commit),
    merged_without_signoff: status.unsigned.map((record) => record.merge_commit),
  };
}
