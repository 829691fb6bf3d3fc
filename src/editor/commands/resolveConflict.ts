/**
 * Scrapemark: Resolve Annotation File Conflict — the sidecar changed on disk while unsaved
 * annotation changes were held. Arguments: 'reload' | 'keep' | 'merge', then the source Uri.
 */
import * as vscode from 'vscode';
import type { ConflictChoice } from '../session';
import type { CommandContext } from './context';
import { resolveSession } from './target';

const CHOICES: readonly ConflictChoice[] = ['reload', 'keep', 'merge'];

export async function resolveConflict(
  ctx: CommandContext,
  choice?: unknown,
  uri?: unknown,
): Promise<boolean> {
  const s = await resolveSession(ctx, uri);
  if (!s?.conflict) return false;
  let pick = CHOICES.find((c) => c === choice);
  if (!pick) {
    const items = [
      { label: vscode.l10n.t('Merge'), value: 'merge' as const },
      { label: vscode.l10n.t('Reload from Disk'), value: 'reload' as const },
      { label: vscode.l10n.t('Keep Mine'), value: 'keep' as const },
    ];
    pick = (
      await vscode.window.showQuickPick(items, {
        title: vscode.l10n.t('Annotation file changed on disk'),
      })
    )?.value;
  }
  if (!pick) return false;
  try {
    await s.resolveConflict(pick);
  } finally {
    ctx.sessions.paint(s);
  }
  return true;
}
