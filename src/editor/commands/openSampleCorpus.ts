/**
 * Scrapemark: Open Sample Corpus (walkthrough step 1). In a workspace that already has sources,
 * opens the first one; otherwise copies the bundled samples (with their `.vscode/settings.json`
 * include glob) into the extension's global storage, so annotating them can write sidecars, and
 * opens that folder.
 */
import * as vscode from 'vscode';
import type { CommandContext } from './context';

/** Folder name of the writable copy of the samples in global storage. */
const SAMPLES_COPY = 'sample-corpus';

export async function openSampleCorpus(ctx: CommandContext): Promise<vscode.Uri | undefined> {
  const existing = await vscode.workspace.findFiles('**/*.txt', '**/node_modules/**', 1);
  const first = existing[0];
  if (first) {
    await vscode.window.showTextDocument(first, { preview: false });
    return first;
  }
  const bundled = vscode.Uri.joinPath(ctx.extension.extensionUri, 'samples');
  const copy = vscode.Uri.joinPath(ctx.extension.globalStorageUri, SAMPLES_COPY);
  try {
    await vscode.workspace.fs.stat(bundled);
  } catch {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The sample corpus is not part of this installation of Scrapemark.'),
    );
    return undefined;
  }
  try {
    await vscode.workspace.fs.stat(copy);
  } catch {
    await vscode.workspace.fs.createDirectory(ctx.extension.globalStorageUri);
    await vscode.workspace.fs.copy(bundled, copy, { overwrite: false });
  }
  await vscode.commands.executeCommand('vscode.openFolder', copy, { forceNewWindow: false });
  return copy;
}
