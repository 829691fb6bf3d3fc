/** Helpers for integration tests running inside VS Code (see index.ts). */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ScrapemarkApi } from '../../src/editor/api';

export const EXTENSION_ID = 'scrapemark.scrapemark';

/** Default time a waitFor() gives a condition before failing the test. */
export const DEFAULT_WAIT_MS = 10_000;
/** How often waitFor() re-checks its condition. */
const POLL_INTERVAL_MS = 25;

/** The test workspace: a fresh copy of samples/ per run, so tests may write sidecars. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need a workspace folder (a copy of samples/)');
  return folder.uri;
}

export function sampleUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** File names of the .txt samples in the workspace, sorted. */
export async function sampleNames(): Promise<string[]> {
  const entries = await vscode.workspace.fs.readDirectory(workspaceRoot());
  return entries
    .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.txt'))
    .map(([name]) => name)
    .sort();
}

/** Opens a workspace file (by name relative to the workspace) in an editor and returns it. */
export async function openSample(
  name: string,
  options: vscode.TextDocumentShowOptions = {},
): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(sampleUri(name));
  return vscode.window.showTextDocument(doc, { preview: false, ...options });
}

export function extension(): vscode.Extension<ScrapemarkApi> {
  const ext = vscode.extensions.getExtension<ScrapemarkApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

/** Activates the extension if needed and returns its API. */
export async function getApi(): Promise<ScrapemarkApi> {
  return extension().activate();
}

/**
 * Polls `condition` until it returns a truthy value (which is returned) or `timeoutMs` passes
 * (the test then fails with `what`). Use it to await a state, never a fixed delay.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  timeoutMs = DEFAULT_WAIT_MS,
  what = 'condition',
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

/** Closes every editor (without saving), e.g. in teardown(). */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
