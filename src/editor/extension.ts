/** Activation: wiring only. Every feature lives in its own module under src/editor/. */
import * as vscode from 'vscode';
import { createApi, type ScrapemarkApi } from './api';
import { registerCommands } from './commands/index';
import { ContextKey } from './constants';
import { Decorator } from './decorator';
import { Sessions } from './sessions';
import { affectsSettings, readSettings } from './settings';
import { StatusBar } from './statusBar';

export type { ScrapemarkApi } from './api';

export function activate(context: vscode.ExtensionContext): ScrapemarkApi {
  const decorator = new Decorator();
  const sessions = new Sessions(decorator);
  const statusBar = new StatusBar(sessions);
  const setHighlightingKey = (): void =>
    void vscode.commands.executeCommand(
      'setContext',
      ContextKey.highlighting,
      readSettings().highlight.enabled,
    );
  setHighlightingKey();
  context.subscriptions.push(
    decorator,
    sessions,
    statusBar,
    registerCommands({ sessions, decorator, extension: context }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!affectsSettings(e)) return;
      setHighlightingKey();
      sessions.repaintAll();
    }),
  );
  const version = (context.extension.packageJSON as { version?: string }).version ?? '0.0.0';
  return createApi(version, sessions, decorator, () => statusBar.text);
}

export function deactivate(): void {}
