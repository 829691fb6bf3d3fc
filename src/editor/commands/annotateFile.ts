/** Scrapemark: Annotate This File — opts any text file in: language, session, sidecar. */
import * as vscode from 'vscode';
import type { CommandContext } from './context';

export async function annotateFile(ctx: CommandContext, uri?: unknown): Promise<boolean> {
  const doc =
    uri instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(uri)
      : vscode.window.activeTextEditor?.document;
  if (!doc) return false;
  const s = await ctx.sessions.ensure(doc, true);
  if (!s) return false;
  await s.createSidecar();
  ctx.sessions.paint(s);
  return true;
}
