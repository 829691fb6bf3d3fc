/**
 * Internal commands used by the tree and quick fixes: reveal an annotation, re-attach an orphaned
 * or fuzzy annotation to the current selection.
 */
import * as vscode from 'vscode';
import * as ops from '../sidecarOps';
import { activeTarget, applyChange, selectionSpan, toCp } from './apply';
import type { CommandContext } from './context';
import { idArg } from './idArg';

export async function revealAnnotation(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const { id, uri } = idArg(arg);
  const s = uri ? ctx.sessions.get(uri) : ctx.sessions.active();
  if (!s || !id) return false;
  const editor = await vscode.window.showTextDocument(s.doc, {
    preserveFocus: false,
    preview: false,
  });
  const a = s.sidecar.annotations.find((x) => x.id === id);
  if (!a) return false;
  const start = s.doc.positionAt(s.toUtf16(a.target.start));
  const end = s.doc.positionAt(s.toUtf16(a.target.end));
  editor.selection = new vscode.Selection(start, end);
  editor.revealRange(
    new vscode.Range(start, end),
    vscode.TextEditorRevealType.InCenterIfOutsideViewport,
  );
  return true;
}

export async function reattachAnnotation(ctx: CommandContext, arg?: unknown): Promise<boolean> {
  const { id, uri } = idArg(arg);
  const t = await activeTarget(ctx, uri);
  const span = t && selectionSpan(t);
  if (!t || !span || !id) return false;
  const s = t.session;
  return applyChange(ctx, s, ops.reattachAnnotation(s.sidecar, id, s.currentText(), toCp(s, span)));
}
