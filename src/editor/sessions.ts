/**
 * Owns one SourceSession per associated open document: decides association on open, schedules
 * (debounced) re-analysis on edits, repaints visible editors, and tells listeners.
 */
import * as vscode from 'vscode';
import { STEPPED_ANALYSIS_MIN_CHARS, yieldToHost } from './analysisCache';
import { isAssociated, isCandidate } from './association';
import { LANGUAGE_ID } from './constants';
import type { Decorator } from './decorator';
import { Debouncer } from './model/debouncer';
import { PREVIEW_MIN_CHARS, previewMarks, previewWindow } from './model/preview';
import { SourceSession } from './session';
import { readSettings } from './settings';
import { readTextFile, sidecarUriFor } from './sidecarFiles';
import { promptConflict, readSidecarText, watchSession } from './watchers';

/** Delay before a viewport-limited editor is repainted after scrolling. */
export const SCROLL_REPAINT_DELAY_MS = 100;
/**
 * How long a big source opened without an editor (yet) waits for one before its full analysis,
 * so that the preview can be painted where the user looks (an editor usually follows at once).
 */
export const PREVIEW_EDITOR_WAIT_MS = 300;

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
      // The sidecar is read while the language switches: both are round trips through the
      // workbench, which is busy with the new document (about 1 s each for 1 MB, measured).
      const sidecarText = readTextFile(sidecarUriFor(doc.uri));
      sidecarText.catch(() => {}); // awaited (and reported) by load(); not if the document closes
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
      await session.load(() => this.preview(session), sidecarText);
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
    if (!s.loaded) {
      // Still loading (a big text's preview may be showing): re-send what is there.
      for (const e of vscode.window.visibleTextEditors) {
        if (e.document === s.doc) this.decorator.paintEditor(e);
      }
      return;
    }
    this.decorator.paint(s.doc, s.marks(), readSettings(s.doc.uri));
    this.changed.fire(s);
  }

  /**
   * A big source without a sidecar: paints the analysis of a window around the viewport, then
   * yields so the decorations reach the editor before the whole text is analysed.
   */
  private async preview(s: SourceSession): Promise<void> {
    const doc = s.doc;
    const length = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    if (length <= PREVIEW_MIN_CHARS || !readSettings(doc.uri).highlight.enabled) return;
    const editor = await this.editorOf(doc, PREVIEW_EDITOR_WAIT_MS);
    if (doc.isClosed) return;
    const top = editor?.visibleRanges[0] ? doc.offsetAt(editor.visibleRanges[0].start) : 0;
    const w = previewWindow(top, length);
    // Whole lines (the classifier works on lines), unless the lines are huge.
    let range = new vscode.Range(
      doc.positionAt(w.start).with({ character: 0 }),
      doc.lineAt(doc.positionAt(w.end).line).range.end,
    );
    if (doc.offsetAt(range.end) - doc.offsetAt(range.start) > 2 * (w.end - w.start)) {
      range = new vscode.Range(doc.positionAt(w.start), doc.positionAt(w.end));
    }
    const text = doc.getText(range);
    const marks = previewMarks(text, doc.uri.path.split('/').pop() ?? '');
    this.decorator.paint(doc, marks, readSettings(doc.uri), {
      text,
      offset: doc.offsetAt(range.start),
    });
    // A macrotask: the extension host sends the decorations before the long analysis starts.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  /** A visible editor of the document, waiting up to `waitMs` for one to appear. */
  private editorOf(
    doc: vscode.TextDocument,
    waitMs: number,
  ): Promise<vscode.TextEditor | undefined> {
    const find = () => vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const now = find();
    if (now) return Promise.resolve(now);
    return new Promise((resolve) => {
      const done = (e: vscode.TextEditor | undefined) => {
        clearTimeout(timer);
        sub.dispose();
        resolve(e);
      };
      const timer = setTimeout(() => done(undefined), waitMs);
      const sub = vscode.window.onDidChangeVisibleTextEditors(() => {
        const e = find();
        if (e) done(e);
      });
    });
  }

  repaintAll(): void {
    for (const s of this.sessions.values()) this.paint(s);
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const s = this.get(e.document.uri);
    if (!s || e.contentChanges.length === 0) return;
    s.applyEdits(e.contentChanges);
    // Highlighting follows the keystroke at once; the refresh (marks from the sidecar, and the
    // re-analysis of small texts) comes after the debounce.
    this.decorator.shift(e.document, e.contentChanges);
    // A failed step: refresh() settles the rest, and reports a failure.
    const after = (): void => void this.afterTyping(s).catch(() => this.refresh(s));
    this.debounce.schedule(s.key, readSettings(s.doc.uri).delay, after);
  }

  /**
   * The debounced refresh after typing. A big text's recorded edits are applied first, one event
   * per step with the host free between them (each costs a pass over every annotation).
   */
  private async afterTyping(s: SourceSession): Promise<void> {
    if (s.textLength > STEPPED_ANALYSIS_MIN_CHARS) {
      await s.settleInSteps(yieldToHost);
      // A new keystroke scheduled another refresh; ready() or a command may have refreshed already.
      if (this.debounce.isPending(s.key) || s.version === s.doc.version || s.doc.isClosed) return;
    }
    this.refresh(s);
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
