/**
 * CodeLens above proposals (quotes, metadata, boilerplate; body segments are left to "Accept All"
 * to keep the text readable): Accept · Reject. Off with `scrapemark.codeLens.enabled`.
 */
import * as vscode from 'vscode';
import { CommandId } from '../constants';
import type { Sessions } from '../sessions';
import { readSettings } from '../settings';

export class ProposalCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subs: vscode.Disposable[];

  constructor(private readonly sessions: Sessions) {
    this.subs = [this.changed, sessions.onDidChange(() => this.changed.fire())];
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const s = this.sessions.get(doc.uri);
    if (!s || !readSettings(doc.uri).codeLens || s.version !== doc.version) return [];
    const lenses: vscode.CodeLens[] = [];
    for (const a of s.sidecar.annotations) {
      if (a.status !== 'proposed' || (a.kind === 'segment' && a.label === 'body')) continue;
      if (a.target.anchor === 'orphaned') continue;
      const pos = doc.positionAt(s.toUtf16(a.target.start));
      const range = new vscode.Range(pos, pos);
      const arg = { id: a.id, uri: doc.uri };
      const what =
        a.kind === 'meta' ? a.field : a.kind === 'quote' ? vscode.l10n.t('quote') : a.block;
      lenses.push(
        new vscode.CodeLens(range, {
          command: CommandId.acceptProposal,
          title: vscode.l10n.t('$(check) Accept {0}', what),
          arguments: [arg],
        }),
        new vscode.CodeLens(range, {
          command: CommandId.rejectProposal,
          title: vscode.l10n.t('$(close) Reject'),
          arguments: [arg],
        }),
      );
    }
    return lenses;
  }

  dispose(): void {
    for (const d of this.subs) d.dispose();
  }
}
