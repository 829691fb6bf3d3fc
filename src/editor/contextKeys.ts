/** Context keys for menus and keybindings: is the active editor a source, can it undo. */
import * as vscode from 'vscode';
import { ContextKey, LANGUAGE_ID } from './constants';
import type { Sessions } from './sessions';
import { readSettings } from './settings';

export function trackContextKeys(sessions: Sessions): vscode.Disposable {
  let last = '';
  const update = (): void => {
    const s = sessions.active();
    const values = {
      [ContextKey.isSource]: s !== undefined,
      [ContextKey.canUndo]: s?.history.canUndo ?? false,
      [ContextKey.highlighting]: readSettings().highlight.enabled,
    };
    const key = JSON.stringify(values);
    if (key === last) return;
    last = key;
    for (const [k, v] of Object.entries(values))
      void vscode.commands.executeCommand('setContext', k, v);
  };
  update();
  return vscode.Disposable.from(
    sessions.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration(update),
  );
}

/** Documents the editor features apply to (sources of any language, on any scheme with files). */
export const SOURCE_SELECTOR: vscode.DocumentSelector = [
  { language: LANGUAGE_ID },
  { scheme: 'file' },
  { scheme: 'vscode-remote' },
  { scheme: 'vscode-vfs' },
];
