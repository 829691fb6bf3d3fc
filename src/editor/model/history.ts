/**
 * Undo/redo of annotation changes: a bounded stack of immutable snapshots per document. The
 * editor's own undo (Ctrl+Z) belongs to the source text; annotation changes live in the sidecar,
 * so they get their own history ("Scrapemark: Undo Annotation Change", Ctrl+Alt+Z).
 */
import type { Sidecar } from '../../sidecar/types';

/** An undo/redo entry of a session: the sidecar and the document version its offsets describe. */
export interface Snapshot {
  readonly sidecar: Sidecar;
  readonly version: number;
}

/** Most snapshots kept per document; older ones are dropped. */
export const MAX_HISTORY = 200;

export class History<T> {
  private readonly undoStack: T[] = [];
  private readonly redoStack: T[] = [];

  constructor(private readonly limit = MAX_HISTORY) {}

  /** Records the state before a change; clears redo. */
  push(before: T): void {
    this.undoStack.push(before);
    if (this.undoStack.length > this.limit) this.undoStack.shift();
    this.redoStack.length = 0;
  }

  /** The state to restore, given the current one (which becomes redoable), or undefined. */
  undo(current: T): T | undefined {
    const prev = this.undoStack.pop();
    if (prev !== undefined) this.redoStack.push(current);
    return prev;
  }

  redo(current: T): T | undefined {
    const next = this.redoStack.pop();
    if (next !== undefined) this.undoStack.push(current);
    return next;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  clear(): void {
    this.undoStack.length = 0;
    this.redoStack.length = 0;
  }
}
