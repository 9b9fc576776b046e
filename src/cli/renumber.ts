/**
 * `docket renumber OLD NEW [--dry-run]`: give a document a new ID and rewrite every mention of
 * the old one. Refusals (ID taken, wrong format, unknown ID) are one line and exit 1; files that
 * cannot be rewritten safely (not UTF-8, binary, too large, a symbolic link) get a line each.
 */
import {
  applyRenumberPlan,
  finishRenumber,
  findUnfinishedRenumber,
  getRenumberPlan,
} from '../app/renumber.ts';
import { LOCK_PATH, type RenumberBlock } from '../app/renumber-journal.ts';
import { KIND_LABELS } from '../core/layout.ts';
import type { RenumberPlan } from '../core/renumber.ts';
import { parseCommandArgs } from './args.ts';
import type { Context } from './context.ts';
import { EXIT, UsageError } from './errors.ts';

const OPTIONS = {
  'dry-run': { type: 'boolean' },
  resume: { type: 'boolean' },
  rollback: { type: 'boolean' },
} as const;

export function runRenumber(argv: string[], context: Context): Promise<number> {
  const { values, positionals } = parseCommandArgs('renumber', argv, OPTIONS);
  if (values.resume === true || values.rollback === true) {
    if (positionals.length > 0 || (values.resume === true && values.rollback === true))
      throw new UsageError('renumber/usage');
    return Promise.resolve(runFinish(context, values.resume === true ? 'resume' : 'rollback'));
  }
  const [oldId, newId, ...extra] = positionals;
  if (oldId === undefined || newId === undefined || extra.length > 0)
    throw new UsageError('renumber/usage');
  const waiting = findUnfinishedRenumber(context.root);
  if (waiting)
    return Promise.resolve(reportBlock(context, { type: 'unfinished', journal: waiting }));
  const result = getRenumberPlan(context.root, oldId.trim(), newId.trim());
  if (!result.ok) {
    for (const refusal of result.refusals) context.err(context.t(refusal.message, refusal.params));
    return Promise.resolve(EXIT.problems);
  }
  const dryRun = values['dry-run'] === true;
  for (const line of renderPlan(result.plan, context)) context.out(line);
  if (!dryRun) {
    const applied = applyRenumberPlan(context.root, result);
    if (!applied.ok) return Promise.resolve(reportBlock(context, applied.block));
  }
  context.out(context.t(dryRun ? 'renumber/dry-run' : 'renumber/done', countChanges(result.plan)));
  return Promise.resolve(EXIT.ok);
}

function runFinish(context: Context, mode: 'resume' | 'rollback'): number {
  const finished = finishRenumber(context.root, mode);
  if (finished.ok) {
    const { oldId: old, newId: next } = finished.journal;
    context.out(
      context.t(mode === 'resume' ? 'renumber/resumed' : 'renumber/rolled-back', {
        old,
        new: next,
      }),
    );
    return EXIT.ok;
  }
  if ('nothing' in finished) {
    context.err(context.t('renumber/nothing-unfinished'));
    return EXIT.problems;
  }
  return reportBlock(context, finished.block);
}

function reportBlock(context: Context, block: RenumberBlock): number {
  if (block.type === 'unfinished')
    context.err(
      context.t('renumber/unfinished', { old: block.journal.oldId, new: block.journal.newId }),
    );
  else context.err(context.t(`renumber/${block.type}`, { ...block.holder, path: LOCK_PATH }));
  return EXIT.problems;
}

function renderPlan(plan: RenumberPlan, context: Context): string[] {
  return [
    context.t('renumber/title', {
      old: plan.oldId,
      new: plan.newId,
      kind: KIND_LABELS[plan.kind][context.lang],
    }),
    ...plan.moves.map((move) =>
      context.t(move.mentions > 0 ? 'renumber/move-rewrite' : 'renumber/move', {
        from: move.from,
        to: move.to,
        mentions: move.mentions,
      }),
    ),
    ...plan.rewrites.map((rewrite) =>
      context.t('renumber/rewrite', { path: rewrite.path, mentions: rewrite.mentions }),
    ),
  ];
}

function countChanges(plan: RenumberPlan): { moved: number; rewritten: number; mentions: number } {
  const files = [...plan.moves, ...plan.rewrites];
  return {
    moved: plan.moves.length,
    rewritten: plan.rewrites.length + plan.moves.filter((move) => move.mentions > 0).length,
    mentions: files.reduce((sum, file) => sum + file.mentions, 0),
  };
}
