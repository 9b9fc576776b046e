/** `list` and `show` open the repository the same way: parse `--today`, print why it failed. */
import { openProgressView } from '../app/open-progress.ts';
import type { View } from '../core/progress-view/view.ts';
import type { Context } from './context.ts';
import { parseTodayOverride } from './today.ts';

/** Undefined after printing one line when the repository cannot be read as a whole. */
export function openProgress(context: Context, todayFlag: string | undefined): View | undefined {
  const today = parseTodayOverride(todayFlag, context.env);
  const opened = openProgressView({
    root: context.root,
    lang: context.lang,
    t: context.t,
    ...(today === undefined ? {} : { today }),
  });
  if (opened.ok) return opened.view;
  context.err(context.t(opened.message, opened.params));
  return undefined;
}
