/**
 * External changes: one FileSystemWatcher per session, on its source and its sidecar. A changed
 * source is re-anchored by quote; a changed sidecar is reloaded, unless the session holds unsaved
 * annotation changes: then the user chooses (reload, keep mine, merge) and nothing is clobbered.
 */
import * as vscode from 'vscode';
import { CommandId } from './constants';
import type { SourceSession } from './session';
import { readTextFile } from './sidecarFiles';

export interface WatchHost {
  /** Re-reads the sidecar of a session and repaints. */
  sidecarChanged(s: SourceSession): Promise<void>;
  sourceChanged(s: SourceSession): void;
}

export function watchSession(s: SourceSession, host: WatchHost): vscode.Disposable {
  const dir = vscode.Uri.joinPath(s.doc.uri, '..');
  const sourceName = s.doc.uri.path.split('/').pop() ?? '';
  const sidecarName = s.sidecarUri.path.split('/').pop() ?? '';
  const pattern = new vscode.RelativePattern(
    dir,
    `{${escapeGlob(sourceName)},${escapeGlob(sidecarName)}}`,
  );
  const watcher = vscode.workspace.createFileSystemWatcher(pattern);
  const on = (uri: vscode.Uri): void => {
    if (uri.toString() === s.sidecarUri.toString()) void host.sidecarChanged(s);
    else if (uri.toString() === s.doc.uri.toString()) host.sourceChanged(s);
  };
  return vscode.Disposable.from(
    watcher,
    watcher.onDidChange(on),
    watcher.onDidCreate(on),
    watcher.onDidDelete(on),
  );
}

function escapeGlob(name: string): string {
  return name.replace(/[{}[\]*?,!]/g, (c) => `[${c}]`);
}

/** Reads the sidecar of a session from disk (null when it is gone). */
export function readSidecarText(s: SourceSession): Promise<string | null> {
  return readTextFile(s.sidecarUri);
}

/** Asks what to do about a conflict (not awaited by the watcher; the command settles it). */
export async function promptConflict(s: SourceSession): Promise<void> {
  const reload = vscode.l10n.t('Reload from Disk');
  const keep = vscode.l10n.t('Keep Mine');
  const merge = vscode.l10n.t('Merge');
  const name = s.sidecarUri.path.split('/').pop() ?? '';
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t(
      '{0} changed on disk while you have unsaved annotation changes. Reload it (discarding yours), keep yours (overwriting it), or merge both?',
      name,
    ),
    merge,
    reload,
    keep,
  );
  const choice =
    answer === reload
      ? 'reload'
      : answer === keep
        ? 'keep'
        : answer === merge
          ? 'merge'
          : undefined;
  if (choice) await vscode.commands.executeCommand(CommandId.resolveConflict, choice, s.doc.uri);
}
