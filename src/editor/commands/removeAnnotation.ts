/**
 * Scrapemark: Remove Annotation at Cursor — the most specific annotation under the cursor.
 * Argument: an annotation id (from the tree or a quick fix), or `{ id, uri }`.
 */
import { annotationsAt } from '../model/lookup';
import * as ops from '../sidecarOps';
import { activeTarget, applyChange, cursorCp } from './apply';
import type { CommandContext } from './context';
import { idArg } from './idArg';

export async function removeAnnotation(
  ctx: CommandContext,
  arg?: unknown,
): Promise<string | undefined> {
  const { id: given, uri } = idArg(arg);
  const t = await activeTarget(ctx, uri);
  if (!t) return undefined;
  const s = t.session;
  const id = given ?? annotationsAt(s.sidecar.annotations, cursorCp(t))[0]?.id;
  if (!id) return undefined;
  return (await applyChange(ctx, s, ops.removeAnnotation(s.sidecar, id))) ? id : undefined;
}
