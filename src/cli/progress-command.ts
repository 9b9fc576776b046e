/** What `list` and `show` share before they print: today's date, the loaded repository, a View. */
import { createWorkingTreeSource } from '../adapters/fs.ts';
import { getProgressSource } from '../app/progress-source.ts';
import type { Context } from './context.ts';
import { DEFAULT_TIME_ZONE, parseTodayOverride, todayInTimeZone } from './today.ts';
import { createView, type View } from './view.ts';

/**
 * Undefined after printing one line when the repository cannot be read as a whole (broken
 * configuration or an unknown time zone): `docket validate` tells the details.
 */
export async function openProgress(
  context: Context,
  todayFlag: string | undefined,
  now: Date = new Date(),
): Promise<View | undefined> {
  const override = parseTodayOverride(todayFlag, context.env);
  const source = await getProgressSource(createWorkingTreeSource(context.root));
  if (!source) {
    context.err(context.t('progress/config-broken'));
    return undefined;
  }
  const timeZone = source.model.repository.config.settings.time_zone || DEFAULT_TIME_ZONE;
  const today = override ?? todayInTimeZone(now, timeZone);
  if (today === undefined) {
    context.err(context.t('progress/bad-time-zone', { value: timeZone }));
    return undefined;
  }
  return createView(context, source, today);
}
