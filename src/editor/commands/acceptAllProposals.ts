/** Scrapemark: Accept All Proposals in File — one undoable change. Returns how many. */
import * as vscode from 'vscode';
import * as ops from '../sidecarOps';
import { annotator, applyChange } from './apply';
import type { CommandContext } from './context';
import { resolveSession } from './target';

export async function acceptAllProposals(ctx: CommandContext, uri?: unknown): Promise<number> {
  const s = await resolveSession(ctx, uri);
  if (!s) return 0;
  ctx.sessions.refresh(s);
  const ids = s.sidecar.annotations.filter((a) => a.status === 'proposed').map((a) => a.id);
  if (ids.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No proposals left in this file.'));
    return 0;
  }
  const by = annotator(s);
  const next = ids.reduce((sc, id) => ops.acceptAnnotation(sc, id, by), s.sidecar);
  return (await applyChange(ctx, s, next)) ? ids.length : 0;
}
