/** Scrapemark: Mark Selection as Body. Optional argument: the block kind (default `paragraph`). */
import { replaceSegments } from '../model/segments';
import * as ops from '../sidecarOps';
import { activeTarget, annotator, applyChange, selectionSpan, toCp } from './apply';
import type { CommandContext } from './context';

export async function markBody(ctx: CommandContext, block?: unknown): Promise<string | undefined> {
  const t = await activeTarget(ctx);
  const span = t && selectionSpan(t);
  if (!t || !span) return undefined;
  const s = t.session;
  const cp = toCp(s, span);
  const kind = typeof block === 'string' && block ? block : 'paragraph';
  const cleared = replaceSegments(s.sidecar, s.currentText(), cp);
  const { sidecar, id } = ops.addAnnotation(
    cleared,
    s.currentText(),
    { kind: 'segment', label: 'body', block: kind, span: cp },
    { by: annotator(s) },
  );
  return (await applyChange(ctx, s, sidecar, { supersede: id })) ? id : undefined;
}
