/**
 * Runs inside VS Code's extension host as extensionTestsPath for scripts/vscode/screenshot.mjs:
 * opens a file, waits until the extension has analysed and painted it, then switches themes,
 * each time telling the screenshot script (through files in SCRAPEMARK_SHOT_DIR) that the
 * window is ready, and waiting until it took the picture. Keeping run() pending keeps the
 * extension host, and so the decorations, alive while the screenshots are taken.
 */
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ScrapemarkApi } from '../../src/editor/api';

/** Theme per screenshot name. */
const THEMES = [
  ['light', 'Default Light Modern'],
  ['dark', 'Default Dark Modern'],
] as const;
/** How long to wait for the screenshot script before giving up. */
const SHOT_TIMEOUT_MS = 60_000;
const POLL_INTERVAL_MS = 50;

async function waitForFile(file: string): Promise<void> {
  const deadline = Date.now() + SHOT_TIMEOUT_MS;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${file}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

async function quietWorkbench(): Promise<void> {
  for (const command of [
    'notifications.clearAll',
    'workbench.action.closeAuxiliaryBar',
    'workbench.action.closePanel',
  ]) {
    await vscode.commands.executeCommand(command).then(undefined, () => undefined);
  }
}

export async function run(): Promise<void> {
  try {
    await drive();
  } catch (err) {
    const dir = process.env.SCRAPEMARK_SHOT_DIR;
    const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
    if (dir) writeFileSync(path.join(dir, 'error.txt'), text);
    throw err;
  }
}

async function drive(): Promise<void> {
  const dir = process.env.SCRAPEMARK_SHOT_DIR;
  const file = process.env.SCRAPEMARK_SHOT_FILE;
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!dir || !file || !root) throw new Error('SCRAPEMARK_SHOT_DIR/FILE and a folder are needed');
  const uri = vscode.Uri.joinPath(root, file);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), {
    preview: false,
  });

  const ext = vscode.extensions.getExtension<Partial<ScrapemarkApi>>('scrapemark.scrapemark');
  if (!ext) throw new Error('scrapemark.scrapemark is not loaded');
  const api = await ext.activate();
  if (typeof api.ready === 'function') await api.ready(uri);
  const decorations = api.getState?.(uri)?.decorations ?? {};
  const decorationKinds = Object.values(decorations).filter((spans) => spans.length > 0).length;

  for (const [name, theme] of THEMES) {
    await vscode.workspace
      .getConfiguration('workbench')
      .update('colorTheme', theme, vscode.ConfigurationTarget.Global);
    await quietWorkbench();
    writeFileSync(
      path.join(dir, `ready-${name}.json`),
      JSON.stringify({ name, theme, decorationKinds }),
    );
    await waitForFile(path.join(dir, `done-${name}`));
  }
}
