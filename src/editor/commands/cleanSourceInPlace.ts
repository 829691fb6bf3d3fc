/**
 * Scrapemark: Clean Source in Place — the cleanup transaction on the active source as ONE undoable
 * WorkspaceEdit: every annotation moves with the text (segments of dropped text go, quotes and
 * metadata inside it stay orphaned), the document is saved and the sidecar records the new hash.
 */
import * as vscode from 'vscode';
import type { CommandContext } from './context';
import { cleanOpenSource, type CleanSummary } from './cleanupEdit';
import { resolveSession } from './target';

export async function cleanSourceInPlace(
  ctx: CommandContext,
  uri?: unknown,
): Promise<CleanSummary | undefined> {
  const s = await resolveSession(ctx, uri);
  if (!s) return undefined;
  await ctx.sessions.ready(s.doc.uri);
  let summary: CleanSummary | undefined;
  try {
    summary = await cleanOpenSource(ctx, s);
  } catch (e) {
    void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
    return undefined;
  } finally {
    ctx.sessions.paint(s);
  }
  if (!summary) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The source is clean already.'));
    return undefined;
  }
  void vscode.window.showInformationMessage(
    vscode.l10n.t(
      'Cleaned: {0} edits, {1} segments removed, {2} annotations orphaned. Undo restores the text.',
      summary.edits,
      summary.removed,
      summary.orphaned,
    ),
  );
  return summary;
}
