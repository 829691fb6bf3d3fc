/**
 * Scrapemark: Undo / Redo Annotation Change. Annotation changes live in the sidecar, not in the
 * source's text buffer, so they have their own per-document history (Ctrl+Alt+Z / Ctrl+Alt+Shift+Z).
 */
import * as vscode from 'vscode';
import type { CommandContext } from './context';
import { resolveSession } from './target';

async function travel(ctx: CommandContext, uri: unknown, redo: boolean): Promise<boolean> {
  const s = await resolveSession(ctx, uri);
  if (!s) return false;
  ctx.sessions.refresh(s);
  let done = false;
  try {
    done = redo ? await s.redo() : await s.undo();
  } catch (e) {
    void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
  } finally {
    ctx.sessions.paint(s);
  }
  if (!done) {
    vscode.window.setStatusBarMessage(
      redo ? vscode.l10n.t('Nothing to redo.') : vscode.l10n.t('No annotation change to undo.'),
      3000,
    );
  }
  return done;
}

export const undoAnnotationChange = (ctx: CommandContext, uri?: unknown) => travel(ctx, uri, false);
export const redoAnnotationChange = (ctx: CommandContext, uri?: unknown) => travel(ctx, uri, true);
