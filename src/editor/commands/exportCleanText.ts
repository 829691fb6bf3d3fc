/**
 * Scrapemark: Export Clean Text — the article body of the active source (boilerplate and a
 * duplicated title dropped, whitespace and quotation marks normalised) to `<name>.clean.txt` beside
 * it, or to a new untitled editor. The source and its annotations are not changed.
 */
import * as vscode from 'vscode';
import type { CommandContext } from './context';
import { cleanOpenText } from './cleanupEdit';
import { resolveSession } from './target';

export type ExportTarget = 'file' | 'untitled';

/** `<name>.txt` → `<name>.clean.txt` (other names get `.clean.txt` appended). */
export function cleanFileUri(source: vscode.Uri): vscode.Uri {
  const p = source.path;
  return source.with({
    path: p.endsWith('.txt') ? `${p.slice(0, -4)}.clean.txt` : `${p}.clean.txt`,
  });
}

/** Returns the document written or opened. `target` skips the question (tests, keybindings). */
export async function exportCleanText(
  ctx: CommandContext,
  uri?: unknown,
  target?: unknown,
): Promise<vscode.Uri | undefined> {
  const s = await resolveSession(ctx, uri);
  if (!s) return undefined;
  const dest = cleanFileUri(s.doc.uri);
  let choice: ExportTarget | undefined =
    target === 'file' || target === 'untitled' ? target : undefined;
  if (!choice) {
    const file = vscode.l10n.t('Save as {0}', dest.path.split('/').pop() ?? '');
    const untitled = vscode.l10n.t('Open in a new editor');
    const picked = await vscode.window.showQuickPick([file, untitled], {
      placeHolder: vscode.l10n.t('Where should the clean text go?'),
    });
    if (!picked) return undefined;
    choice = picked === file ? 'file' : 'untitled';
  }
  const r = cleanOpenText(s);
  const text = r.text.startsWith('\ufeff') ? r.text.slice(1) : r.text;
  if (choice === 'untitled') {
    const doc = await vscode.workspace.openTextDocument({ content: text, language: 'plaintext' });
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc.uri;
  }
  await vscode.workspace.fs.writeFile(dest, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(dest, { preview: false });
  return dest;
}
