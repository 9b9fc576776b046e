/**
 * `loadSiteModel({ root, audience })`: the data every status-site page renders, already redacted
 * for the audience (internal, public, customer:CUS-003). Reads the repository once, today's date
 * in the repository's time zone (or the one given), and the commit the site is built from.
 */
import { createWorkingTreeSource } from '../adapters/fs.ts';
import { simpleGit } from 'simple-git';
import { parseAudience } from '../core/audience.ts';
import { DEFAULT_TIME_ZONE, todayInTimeZone } from '../core/calendar.ts';
import type { MessageParams } from '../core/problem.ts';
import { assembleSiteModel } from '../core/site/assemble.ts';
import type { SiteModel } from '../core/site/page-types.ts';
import { getProgressSource } from './progress-source.ts';
import { readSiteHistory } from './site-history.ts';

export type { SiteModel };
export type * from '../core/site/types.ts';
export type * from '../core/site/customer-types.ts';
export type * from '../core/site/page-types.ts';
export { diffReleases } from '../core/site/releases.ts';

export interface SiteModelOptions {
  root: string;
  /** `internal`, `public` or `customer:<ID>`. */
  audience: string;
  /** `YYYY-MM-DD` to count ages and overdue items to; else today in the repository's zone. */
  today?: string;
  now?: Date;
}

export type SiteModelResult =
  | { ok: true; model: SiteModel }
  | {
      ok: false;
      message:
        | 'progress/config-broken'
        | 'progress/bad-time-zone'
        | 'site-model/unknown-audience'
        | 'site-model/unknown-customer';
      params: MessageParams;
    };

export async function loadSiteModel(options: SiteModelOptions): Promise<SiteModelResult> {
  const source = await getProgressSource(createWorkingTreeSource(options.root));
  if (!source) return { ok: false, message: 'progress/config-broken', params: {} };
  const { config } = source.model.repository;
  const customers = source.model.repository.ofKind('customer').map((customer) => customer.id);
  const choice = parseAudience(options.audience, config.audiences, customers);
  if (!choice.ok)
    return { ok: false, message: `site-model/${choice.reason}`, params: { value: choice.value } };
  const timeZone = config.settings.time_zone || DEFAULT_TIME_ZONE;
  const today = options.today ?? todayInTimeZone(options.now ?? new Date(), timeZone);
  if (today === undefined)
    return { ok: false, message: 'progress/bad-time-zone', params: { value: timeZone } };
  const commit = await readHeadCommit(options.root);
  const history = await readSiteHistory(options.root, source);
  const model = assembleSiteModel({
    source,
    audience: choice.audience,
    today,
    history: history ? 'git' : 'none',
    ...(history ?? {}),
    ...(commit ? { commit } : {}),
  });
  return { ok: true, model };
}

/** The commit checked out, or undefined outside a git repository. */
async function readHeadCommit(root: string): Promise<string | undefined> {
  try {
    return (await simpleGit({ baseDir: root }).revparse(['HEAD'])).trim() || undefined;
  } catch {
    return undefined;
  }
}
