/**
 * Moving painted decoration ranges through a keystroke at once, before any re-analysis: the same
 * arithmetic as the sidecar's live edits (src/sidecar/shift.ts), on UTF-16 offsets. Pure.
 */
import type { Span } from '../../core/types';
import { shiftSpan, sortChanges, type ShiftChange } from '../../sidecar/shift';

/** An editor change (VS Code `contentChanges`): replaced UTF-16 range of the old text and new text. */
export interface EditorChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/** The changes of one edit event as sorted shift changes (UTF-16 lengths). */
export function toShiftChanges(changes: readonly EditorChange[]): ShiftChange[] {
  return sortChanges(
    changes.map((c) => ({
      start: c.rangeOffset,
      end: c.rangeOffset + c.rangeLength,
      length: c.text.length,
    })),
  );
}

/** Spans (sorted) mapped through one edit; spans deleted whole (now empty) are dropped. */
export function shiftSpans(spans: readonly Span[], changes: readonly ShiftChange[]): Span[] {
  if (changes.length === 0) return [...spans];
  const first = changes[0]!.start;
  const out: Span[] = [];
  for (const s of spans) {
    // Spans wholly before the first change keep their offsets (the common case: typing low in a file).
    if (s.end < first) {
      out.push(s);
      continue;
    }
    const m = shiftSpan(s, changes);
    if (m.end > m.start) out.push(m);
  }
  return out;
}

/** The text after one edit (changes of the old text, applied simultaneously). */
export function applyChangesToText(text: string, changes: readonly EditorChange[]): string {
  const sorted = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
  let out = text;
  for (const c of sorted) {
    out = out.slice(0, c.rangeOffset) + c.text + out.slice(c.rangeOffset + c.rangeLength);
  }
  return out;
}
