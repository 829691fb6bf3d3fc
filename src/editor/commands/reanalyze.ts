/** Scrapemark: Re-analyze — runs the analysis of the active source again now. */
import * as vscode from 'vscode';
import type { CommandContext } from './context';
import { resolveSession } from './target';

export async function reanalyze(ctx: CommandContext, uri?: unknown): Promise<void> {
  const s = await resolveSession(ctx, uri);
  if (!s) return;
  ctx.sessions.refresh(s, true);
  vscode.window.setStatusBarMessage(
    vscode.l10n.t('Scrapemark: analysed in {0} ms', s.lastAnalysisMs),
    3000,
  );
}
