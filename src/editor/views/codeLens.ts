/**
 * CodeLens above proposals (quotes, metadata, boilerplate; body segments are left to "Accept All"
 * to keep the text readable): Accept · Reject. Off with `scrapemark.codeLens.enabled`.
 */
import * as vscode from 'vscode';
import { CommandId } from '../constants';
import type { Sessions } from '../sessions';
import { Debouncer } from '../model/debouncer';
import { readSettings } from '../settings';
import * as ops from '../sidecarOps';

export class ProposalCodeLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subs: vscode.Disposable[];

  private readonly scroll = new Debouncer<string>();

  constructor(private readonly sessions: Sessions) {
    this.subs = [
      this.changed,
      this.scroll,
      sessions.onDidChange(() => this.changed.fire()),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        const s = sessions.get(e.textEditor.document.uri);
        if (s && s.counts().proposals > CODELENS_ALL_MAX) {
          this.scroll.schedule(s.key, SCROLL_DELAY_MS, () => this.changed.fire());
        }
      }),
    ];
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const s = this.sessions.get(doc.uri);
    if (!s || !readSettings(doc.uri).codeLens || s.version !== doc.version) return [];
    const lenses: vscode.CodeLens[] = [];
    const proposals = s.sidecar.annotations.filter(
      (a) =>
        a.status === 'proposed' &&
        !(a.kind === 'segment' && a.label === 'body') &&
        a.target.anchor !== 'orphaned',
    );
    // Many proposals: lenses only near what the editors show (each lens is a view zone).
    const windows = proposals.length > CODELENS_ALL_MAX ? visibleWindows(doc) : undefined;
    for (const a of proposals) {
      const at = s.toUtf16(a.target.start);
      if (windows && !windows.some((w) => w.start <= at && at <= w.end)) continue;
      const pos = doc.positionAt(at);
      const range = new vscode.Range(pos, pos);
      const arg = { id: a.id, uri: doc.uri };
      const what =
        a.kind === 'meta'
          ? a.field
          : a.kind === 'quote'
            ? `${vscode.l10n.t('quote')} ${ops.describeTarget(a.target, QUOTE_EXCERPT_LENGTH)}`
            : a.block;
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

/** Code points of a quote shown in its lens (two quotes on one line stay distinguishable). */
const QUOTE_EXCERPT_LENGTH = 24;
/** Above this many proposals in a file, lenses are made only around the visible ranges. */
export const CODELENS_ALL_MAX = 200;
/** Lines around the visible ranges that get lenses when limited. */
const CODELENS_MARGIN_LINES = 100;
/** Delay before lenses follow a scroll. */
const SCROLL_DELAY_MS = 150;

function visibleWindows(doc: vscode.TextDocument): { start: number; end: number }[] {
  return vscode.window.visibleTextEditors
    .filter((e) => e.document === doc)
    .flatMap((e) => e.visibleRanges)
    .map((r) => {
      const from = Math.max(0, r.start.line - CODELENS_MARGIN_LINES);
      const to = Math.min(doc.lineCount - 1, r.end.line + CODELENS_MARGIN_LINES);
      return {
        start: doc.offsetAt(new vscode.Position(from, 0)),
        end: doc.offsetAt(doc.lineAt(to).range.end),
      };
    });
}
