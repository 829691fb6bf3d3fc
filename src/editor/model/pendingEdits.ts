/**
 * Edits made in the editor, recorded at the keystroke and applied to the sidecar later, in order
 * (see SourceSession.applyEdits): on a big text the sidecar's shift costs a copy of the text and two
 * offset maps, too much to pay on every keystroke. Pure.
 */
import { applyEdits } from '../../sidecar/edits';
import type { Sidecar } from '../../sidecar/types';
import { applyChangesToText, type EditorChange } from './shiftSpans';

export class PendingEdits {
  private queue: (readonly EditorChange[])[] = [];

  /** Records the changes of one edit event (UTF-16 ranges of the text before that event). */
  push(changes: readonly EditorChange[]): void {
    this.queue.push(changes);
  }

  get size(): number {
    return this.queue.length;
  }

  /**
   * Shifts `sidecar`, whose offsets describe `text`, through the recorded edits (the first `max`
   * events, in order; all by default) and drops them from the queue. `touched`: some annotation's
   * own text was edited (views must update).
   */
  settle(
    sidecar: Sidecar,
    text: string,
    max = Number.POSITIVE_INFINITY,
  ): { sidecar: Sidecar; text: string; touched: boolean } {
    const queue = this.queue.splice(0, max);
    let touched = false;
    for (const changes of queue) {
      const next = applyChangesToText(text, changes);
      const edits = changes.map((c) => ({
        start: c.rangeOffset,
        end: c.rangeOffset + c.rangeLength,
        text: c.text,
      }));
      const r = applyEdits(sidecar, edits, next, { unit: 'utf16', oldText: text });
      sidecar = r.sidecar;
      touched ||= r.touched.length > 0;
      text = next;
    }
    return { sidecar, text, touched };
  }
}
