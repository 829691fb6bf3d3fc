/** Scrapemark: Open Annotation File — beside the source; written first if it does not exist yet. */
import * as vscode from 'vscode';
import type { CommandContext } from './context';
import { resolveSession } from './target';

export async function openSidecar(
  ctx: CommandContext,
  uri?: unknown,
): Promise<vscode.TextEditor | undefined> {
  const s = await resolveSession(ctx, uri);
  if (!s) return undefined;
  if (!s.onDisk) {
    await s.createSidecar();
    ctx.sessions.paint(s);
  }
  if (!s.onDisk) return undefined;
  const doc = await vscode.workspace.openTextDocument(s.sidecarUri);
  return vscode.window.showTextDocument(doc, {
    viewColumn: vscode.ViewColumn.Beside,
    preview: false,
  });
}
