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
import { promptConflict, readSidecarText, watchSession } from './watchers';

/** Delay before a viewport-limited editor is repainted after scrolling. */
export const SCROLL_REPAINT_DELAY_MS = 100;

export class Sessions implements vscode.Disposable {
  private readonly sessions = new Map<string, SourceSession>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly deciding = new Map<string, Promise<SourceSession | undefined>>();
  private readonly debounce = new Debouncer<string>();
  private readonly scroll = new Debouncer<vscode.TextEditor>();
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
      vscode.workspace.onDidSaveTextDocument((d) => {
        const s = this.get(d.uri);
        // Large texts without a sidecar are re-analysed on save (see REANALYSE_ON_EDIT_MAX_CHARS).
        if (s) this.refresh(s, !s.onDisk && !s.dirty);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        // Big documents are painted around the viewport only: follow the scroll.
        if (!this.decorator.isViewportLimited(e.textEditor.document)) return;
        this.scroll.schedule(e.textEditor, SCROLL_REPAINT_DELAY_MS, () =>
          this.decorator.paintEditor(e.textEditor),
        );
      }),
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
      this.watchers.set(
        key,
        watchSession(session, {
          sidecarChanged: (x) => this.onSidecarChanged(x),
          sourceChanged: (x) => {
            x.noteSourceChangedOnDisk();
            this.debounce.schedule(x.key, readSettings(x.doc.uri).delay, () => this.refresh(x));
          },
        }),
      );
      await session.load();
      this.paint(session);
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

  /** Brings the session up to date now (cancelling a pending debounce) and repaints. */
  refresh(s: SourceSession, reanalyse = false): void {
    this.debounce.cancel(s.key);
    try {
      s.refresh(reanalyse);
    } catch (e) {
      // A failing refresh must not kill the timer loop or the other sources; report it once.
      console.error('scrapemark: refresh failed', e);
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Scrapemark could not update {0}: {1}', s.doc.uri.path, String(e)),
      );
      return;
    }
    // Held changes are written once the source on disk matches the editor (saved, reloaded).
    if (s.dirty && !s.doc.isDirty) void this.flush(s);
    this.paint(s);
  }

  /** Writes a session's sidecar if it can, reporting failures; repaints after. */
  async flush(s: SourceSession): Promise<void> {
    try {
      await s.flush();
    } catch (e) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Scrapemark could not write {0}: {1}', s.sidecarUri.path, String(e)),
      );
    } finally {
      this.paint(s);
    }
  }

  private async onSidecarChanged(s: SourceSession): Promise<void> {
    // Our own write in progress: read only once it is complete (a half-written file is not news).
    while (s.busy) await this.nextChange(s);
    const text = await readSidecarText(s);
    const outcome = s.onSidecarChangedOnDisk(text);
    if (outcome === 'same') return;
    this.paint(s);
    if (outcome === 'conflict') void promptConflict(s);
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
    this.watchers.get(key)?.dispose();
    this.watchers.delete(key);
    const s = this.sessions.get(key);
    this.sessions.delete(key);
    s?.dispose();
  }

  dispose(): void {
    this.debounce.dispose();
    this.scroll.dispose();
    for (const s of this.sessions.values()) s.dispose();
    for (const w of this.watchers.values()) w.dispose();
    this.sessions.clear();
    this.watchers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
