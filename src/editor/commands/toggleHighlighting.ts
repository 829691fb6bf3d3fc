/** Scrapemark: Toggle Highlighting — flips `scrapemark.highlight.enabled` (user settings). */
import * as vscode from 'vscode';
import { PREFIX, Setting } from '../constants';
import type { CommandContext } from './context';

/** Optional argument: the state to set instead of flipping. Returns the new state. */
export async function toggleHighlighting(_ctx: CommandContext, force?: unknown): Promise<boolean> {
  const config = vscode.workspace.getConfiguration(PREFIX);
  const next =
    typeof force === 'boolean' ? force : !config.get<boolean>(Setting.highlightEnabled, true);
  await config.update(Setting.highlightEnabled, next, vscode.ConfigurationTarget.Global);
  return next;
}
