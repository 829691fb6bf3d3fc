/**
 * Owns one SourceSession per associated open document: decides association on open, schedules
 * (debounced) re-analysis on edits, repaints visible editors, and tells listeners.
 */
import * as vscode from 'vscode';
import { isAssociated, isCandidate } from './association';
import { LANGUAGE_ID } from './constants';
import type { Decorator } from './decorator';
import { Debouncer } from './model/debouncer';
import { SourceSession } from './session';
import { readSettings } from './settings';

export class Sessions implements vscode.Disposable {
  private readonly sessions = new Map<string, SourceSession>();
  private readonly deciding = new Map<string, Promise<SourceSession | undefined>>();
  private readonly debounce = new Debouncer<string>();
  private readonly changed = new vscode.EventEmitter<SourceSession>();
  /** Fires after a session's state or painting changed. */
  readonly onDidChange = this.changed.event;
  private disposables: vscode.Disposable[] = [];

  constructor(private readonly decorator: Decorator) {
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidOpenTextDocument((d) => void this.ensure(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.close(d.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.window.onDidChangeVisibleTextEditors((eds) => {
        for (const e of eds) {
          const s = this.get(e.document.uri);
          if (s) this.paint(s);
          else void this.ensure(e.document);
        }
      }),
    );
    for (const d of vscode.workspace.textDocuments) void this.ensure(d);
  }

  get(uri: vscode.Uri): SourceSession | undefined {
    return this.sessions.get(uri.toString());
  }

  all(): SourceSession[] {
    return [...this.sessions.values()];
  }

  active(): SourceSession | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    return doc ? this.get(doc.uri) : undefined;
  }

  /** The session of an open document, deciding association (once) if not done yet. */
  ensure(doc: vscode.TextDocument, force = false): Promise<SourceSession | undefined> {
    const key = doc.uri.toString();
    const existing = this.sessions.get(key);
    if (existing) return Promise.resolve(existing);
    if (!isCandidate(doc)) return Promise.resolve(undefined);
    const inFlight = this.deciding.get(key);
    if (inFlight && !force) return inFlight;
    const p = (async () => {
      const ok = force || (await isAssociated(doc));
      if (!ok || doc.isClosed) return undefined;
      // The language gives the grammar and the editor menus. Swapping it closes and reopens the
      // document, so do it before the session exists.
      const target =
        doc.languageId === 'plaintext'
          ? await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID)
          : doc;
      const current = this.sessions.get(key);
      if (current) return current;
      const session = new SourceSession(target);
      this.sessions.set(key, session);
      await session.load();
      this.refresh(session);
      return session;
    })().finally(() => this.deciding.delete(key));
    this.deciding.set(key, p);
    return p;
  }

  /** Resolves once the document's session (if any) reflects the current text and is painted. */
  async ready(uri: vscode.Uri): Promise<SourceSession | undefined> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!doc) return undefined;
    const s = await this.ensure(doc);
    if (!s) return undefined;
    for (;;) {
      if (this.debounce.isPending(s.key) || s.busy) await this.nextChange(s);
      else if (s.version !== s.doc.version) this.refresh(s);
      else return s;
    }
  }

  private nextChange(s: SourceSession): Promise<void> {
    return new Promise<void>((resolve) => {
      const sub = this.onDidChange((c) => {
        if (c === s) {
          sub.dispose();
          resolve();
        }
      });
    });
  }

  /** Re-analyses now and repaints. */
  refresh(s: SourceSession): void {
    this.debounce.cancel(s.key);
    s.analyze();
    this.paint(s);
  }

  paint(s: SourceSession): void {
    this.decorator.paint(s.doc, s.marks(), readSettings(s.doc.uri));
    this.changed.fire(s);
  }

  repaintAll(): void {
    for (const s of this.sessions.values()) this.paint(s);
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const s = this.get(e.document.uri);
    if (!s || e.contentChanges.length === 0) return;
    s.applyEdits(e.contentChanges);
    this.debounce.schedule(s.key, readSettings(s.doc.uri).delay, () => this.refresh(s));
  }

  private close(uri: vscode.Uri): void {
    const key = uri.toString();
    this.debounce.cancel(key);
    this.decorator.forget(uri);
    const s = this.sessions.get(key);
    this.sessions.delete(key);
    s?.dispose();
  }

  dispose(): void {
    this.debounce.dispose();
    for (const s of this.sessions.values()) s.dispose();
    this.sessions.clear();
    for (const d of this.disposables) d.dispose();
  }
}
