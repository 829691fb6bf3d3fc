/** Next / Previous Annotation and Proposal: move the cursor to the adjacent one, wrapping. */
import * as vscode from 'vscode';
import { adjacentMark } from '../model/lookup';
import type { Mark } from '../model/marks';
import { activeTarget } from './apply';
import type { CommandContext } from './context';

async function go(
  ctx: CommandContext,
  direction: 1 | -1,
  proposalsOnly: boolean,
): Promise<string | undefined> {
  const t = await activeTarget(ctx);
  if (!t) return undefined;
  const doc = t.editor.document;
  const offset = doc.offsetAt(t.editor.selection.active);
  const filter = (m: Mark): boolean =>
    proposalsOnly
      ? m.status === 'proposed'
      : (m.kind !== 'body' && m.kind !== 'title') || m.status !== 'proposed';
  const mark = adjacentMark(t.session.marks(), offset, direction, filter);
  if (!mark) {
    vscode.window.setStatusBarMessage(
      proposalsOnly
        ? vscode.l10n.t('No proposals in this file.')
        : vscode.l10n.t('No annotations in this file.'),
      3000,
    );
    return undefined;
  }
  const start = doc.positionAt(mark.span.start);
  t.editor.selection = new vscode.Selection(start, start);
  t.editor.revealRange(
    new vscode.Range(start, doc.positionAt(mark.span.end)),
    vscode.TextEditorRevealType.InCenterIfOutsideViewport,
  );
  return mark.id;
}

export const nextAnnotation = (ctx: CommandContext) => go(ctx, 1, false);
export const previousAnnotation = (ctx: CommandContext) => go(ctx, -1, false);
export const nextProposal = (ctx: CommandContext) => go(ctx, 1, true);
export const previousProposal = (ctx: CommandContext) => go(ctx, -1, true);
