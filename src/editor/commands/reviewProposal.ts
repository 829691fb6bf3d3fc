/**
 * Scrapemark: Accept Proposal / Reject Proposal — the proposal under the cursor, or the one named
 * by the argument (id, tree item, `{ id, uri }`, CodeLens, code action).
 */
import { annotationsAt } from '../model/lookup';
import * as ops from '../sidecarOps';
import { activeTarget, annotator, applyChange, cursorCp } from './apply';
import type { CommandContext } from './context';
import { idArg } from './idArg';

async function review(
  ctx: CommandContext,
  arg: unknown,
  accept: boolean,
): Promise<string | undefined> {
  const { id: given, uri } = idArg(arg);
  const t = await activeTarget(ctx, uri);
  if (!t) return undefined;
  const s = t.session;
  const id =
    given ??
    annotationsAt(s.sidecar.annotations, cursorCp(t), (a) => a.status === 'proposed')[0]?.id;
  if (!id) return undefined;
  const by = annotator(s);
  const next = accept
    ? ops.acceptAnnotation(s.sidecar, id, by)
    : ops.rejectAnnotation(s.sidecar, id, by);
  return (await applyChange(ctx, s, next)) ? id : undefined;
}

export const acceptProposal = (ctx: CommandContext, arg?: unknown) => review(ctx, arg, true);
export const rejectProposal = (ctx: CommandContext, arg?: unknown) => review(ctx, arg, false);
