/**
 * The in-memory half of a source session: the document's text as the sidecar counts it, its
 * offset map, and the sidecar held in memory, which follows the edits made in the editor
 * (recorded at the keystroke, applied lazily at the next read). No I/O, no analysis.
 */
import type * as vscode from 'vscode';
import { OffsetMap } from '../core/offsets';
import type { Sidecar } from '../sidecar/types';
import { PendingEdits } from './model/pendingEdits';

export class SessionText {
  /** Bumped whenever annotations change other than by shifting with edits (for views). */
  revision = 0;
  /** True when the sidecar file exists (valid or not). */
  onDisk = false;
  /** True when the in-memory sidecar has changes not yet written. */
  dirty = false;
  /** Undefined only until the session is loaded. */
  protected current: Sidecar | undefined;
  protected text = '';
  protected map = new OffsetMap('');
  /** Edits not yet applied to the sidecar. */
  private readonly pendingEdits = new PendingEdits();

  constructor(public doc: vscode.TextDocument) {}

  /** The sidecar held in memory; a fresh one (proposals only) when no file exists yet. */
  get sidecar(): Sidecar {
    if (!this.current) throw new Error('the session is not loaded yet');
    this.settleEdits();
    return this.current;
  }

  set sidecar(next: Sidecar) {
    this.current = next;
    this.revision++;
  }

  /** True once load() has built the in-memory state. */
  get loaded(): boolean {
    return this.current !== undefined;
  }

  /** Records an edit made in the editor; the sidecar follows at its next read or refresh. */
  applyEdits(changes: readonly vscode.TextDocumentContentChangeEvent[]): void {
    if (this.current === undefined) return; // load() will read the edited text
    this.pendingEdits.push(changes);
    if (this.onDisk) this.dirty = true;
  }

  /** Code point offset of a document offset (UTF-16), on the current text. */
  toCodePoint(offset: number): number {
    return this.map.toCodePoint(offset);
  }

  toUtf16(cp: number): number {
    return this.map.toUtf16(cp);
  }

  /** The current document text as the sidecar counts it. */
  currentText(): string {
    this.settleEdits();
    return this.text;
  }

  /** Length of the text the sidecar describes (before the recorded edits), in UTF-16 units. */
  get textLength(): number {
    return this.text.length;
  }

  /**
   * Applies the recorded edits one event per step, `pause` between them, so that the refresh of a
   * big text after typing does not block the host in one piece. A read of the sidecar meanwhile
   * settles the rest at once: the same events in the same order, the same result.
   */
  async settleInSteps(pause: () => Promise<void>): Promise<void> {
    while (this.pendingEdits.size > 0 && this.current !== undefined) {
      this.settleEdits(1);
      await pause();
    }
  }

  sidecarSnapshot(): Sidecar {
    return this.sidecar;
  }

  /** Shifts the sidecar through the recorded edits (the first `max`), in order (UTF-16 → code points). */
  protected settleEdits(max?: number): void {
    if (this.pendingEdits.size === 0 || this.current === undefined) return;
    const r = this.pendingEdits.settle(this.current, this.text, max);
    // A pure shift leaves the views as they are; an annotation whose text was edited changes them.
    if (r.touched) this.sidecar = r.sidecar;
    else this.current = r.sidecar;
    this.text = r.text;
  }

  /** Reads the document's text (and rebuilds the offset map). */
  protected syncText(): void {
    this.text = this.doc.getText();
    this.map = new OffsetMap(this.text);
  }
}
