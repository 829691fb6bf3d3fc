/** Activation: wiring only. Every feature lives in its own module under src/editor/. */
import * as vscode from 'vscode';
import { createApi, type ScrapemarkApi } from './api';
import { registerCommands } from './commands/index';
import { trackContextKeys } from './contextKeys';
import { Decorator } from './decorator';
import { Sessions } from './sessions';
import { affectsSettings } from './settings';
import { StatusBar } from './statusBar';
import { AnnotationsTree, registerViews } from './views/index';

export type { ScrapemarkApi } from './api';

export function activate(context: vscode.ExtensionContext): ScrapemarkApi {
  const t0 = performance.now();
  const decorator = new Decorator();
  const sessions = new Sessions(decorator);
  const statusBar = new StatusBar(sessions);
  const tree = new AnnotationsTree(sessions);
  context.subscriptions.push(
    decorator,
    sessions,
    statusBar,
    registerCommands({ sessions, decorator, extension: context }),
    registerViews(sessions, tree),
    trackContextKeys(sessions),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsSettings(e)) sessions.repaintAll();
    }),
  );
  const version = (context.extension.packageJSON as { version?: string }).version ?? '0.0.0';
  return createApi(
    version,
    sessions,
    decorator,
    () => statusBar.text,
    () => tree.labels(),
    performance.now() - t0,
  );
}

export function deactivate(): void {}
