/**
 * Diagnostics: orphaned and fuzzily anchored annotations on the source (quick fixes in
 * codeActions.ts), and the parse errors of a malformed or foreign sidecar on the sidecar itself,
 * at their line and column (such a file is never overwritten).
 */
import * as vscode from 'vscode';
import type { Target } from '../../sidecar/types';
import { DIAGNOSTIC_SOURCE } from '../constants';
import type { SourceSession } from '../session';
import type { Sessions } from '../sessions';
import * as ops from '../sidecarOps';

export const DiagnosticCode = {
  orphaned: 'orphaned',
  fuzzy: 'fuzzy',
  invalid: 'invalid-sidecar',
} as const;

export class Diagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('scrapemark');
  private readonly subs: vscode.Disposable[];
  /** Sidecar uris that have diagnostics, per source session key. */
  private readonly sidecarOf = new Map<string, vscode.Uri>();

  constructor(sessions: Sessions) {
    this.subs = [
      this.collection,
      sessions.onDidChange((s) => this.update(s)),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d.uri)),
    ];
    for (const s of sessions.all()) this.update(s);
  }

  update(s: SourceSession): void {
    if (s.doc.isClosed) return;
    const doc = s.doc;
    const list: vscode.Diagnostic[] = [];
    for (const a of s.sidecar.annotations) {
      if (a.status === 'rejected') continue;
      for (const t of ops.targetsOf(a)) {
        if (t.anchor !== 'orphaned' && t.anchor !== 'fuzzy') continue;
        const d = new vscode.Diagnostic(
          range(s, t),
          message(a.id, t),
          t.anchor === 'orphaned'
            ? vscode.DiagnosticSeverity.Warning
            : vscode.DiagnosticSeverity.Information,
        );
        d.source = DIAGNOSTIC_SOURCE;
        d.code = t.anchor === 'orphaned' ? DiagnosticCode.orphaned : DiagnosticCode.fuzzy;
        list.push(d);
        break;
      }
    }
    this.collection.set(doc.uri, list);
    this.collection.set(
      s.sidecarUri,
      s.problems.map((p) => {
        const pos = new vscode.Position(Math.max(0, p.line - 1), Math.max(0, p.col - 1));
        const d = new vscode.Diagnostic(
          new vscode.Range(pos, pos.translate(0, 1)),
          p.message,
          p.severity === 'error'
            ? vscode.DiagnosticSeverity.Error
            : vscode.DiagnosticSeverity.Warning,
        );
        d.source = DIAGNOSTIC_SOURCE;
        d.code = DiagnosticCode.invalid;
        return d;
      }),
    );
    this.sidecarOf.set(s.key, s.sidecarUri);
  }

  private clear(uri: vscode.Uri): void {
    const sidecar = this.sidecarOf.get(uri.toString());
    if (!sidecar) return;
    this.collection.delete(uri);
    // Keep the sidecar's own errors visible while it is open; drop them with the source.
    this.collection.delete(sidecar);
    this.sidecarOf.delete(uri.toString());
  }

  dispose(): void {
    for (const d of this.subs) d.dispose();
  }
}

/** The last known place of a target, clamped to the document (at least one character wide). */
function range(s: SourceSession, t: Target): vscode.Range {
  const doc = s.doc;
  const max = doc.getText().length;
  const start = Math.min(s.toUtf16(t.start), max);
  const end = Math.min(Math.max(s.toUtf16(t.end), start + 1), max);
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

function message(id: string, t: Target): string {
  const what = ops.describeTarget(t, 50);
  return t.anchor === 'orphaned'
    ? vscode.l10n.t('Annotation {0} ({1}) could not be found in the text any more.', id, what)
    : vscode.l10n.t(
        'Annotation {0} ({1}) was re-anchored fuzzily (score {2}).',
        id,
        what,
        t.score ?? 0,
      );
}
