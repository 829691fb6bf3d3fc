/** Resolving the document a command acts on: an explicit Uri argument, else the active editor. */
import * as vscode from 'vscode';
import type { SourceSession } from '../session';
import type { CommandContext } from './context';

export async function resolveSession(
  ctx: CommandContext,
  uri?: unknown,
): Promise<SourceSession | undefined> {
  const doc =
    uri instanceof vscode.Uri
      ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
      : vscode.window.activeTextEditor?.document;
  const s = doc ? await ctx.sessions.ensure(doc) : undefined;
  if (!s) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'This file is not a Scrapemark source. Run "Scrapemark: Annotate This File" to annotate it.',
      ),
    );
  }
  return s;
}

/** The editor showing a session's document (the active one first). */
export function editorFor(s: SourceSession): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active?.document === s.doc) return active;
  return vscode.window.visibleTextEditors.find((e) => e.document === s.doc);
}
