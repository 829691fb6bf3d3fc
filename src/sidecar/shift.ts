/**
 * The arithmetic of live edits: where an offset of the old text lands in the new text, given the
 * changes of one edit (VS Code `contentChanges` / LSP semantics: non-overlapping ranges of the OLD
 * text, applied simultaneously). Unit-agnostic: the offsets and lengths only have to use the same
 * unit (code points for sidecars, UTF-16 for editor decorations). Pure.
 */

/** One change: the replaced range [start, end) of the old text and the inserted text's length. */
export interface ShiftChange {
  readonly start: number;
  readonly end: number;
  readonly length: number;
}

/** Changes sorted by position; throws when two of them overlap. */
export function sortChanges(changes: readonly ShiftChange[]): ShiftChange[] {
  const out = [...changes].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.start < out[i - 1]!.end) throw new Error('applyEdits: changes overlap');
  }
  return out;
}

/**
 * Maps an old offset to the new text (`changes` sorted). A span's START moves past text inserted
 * exactly at it and, inside a replaced range, to the start of the replacement; a span's END stays
 * before text inserted exactly at it and, inside a replaced range, moves to the end of the
 * replacement. So insertions at a span's edges stay outside it and replacements that cut into it
 * end up inside it.
 */
export function mapOffset(
  p: number,
  changes: readonly ShiftChange[],
  side: 'start' | 'end',
): number {
  let delta = 0;
  for (const c of changes) {
    const grow = c.length - (c.end - c.start);
    if (c.start === c.end) {
      if (p > c.start || (p === c.start && side === 'start')) delta += grow;
      else break;
    } else if (p >= c.end) {
      delta += grow;
    } else if (p > c.start) {
      return side === 'start' ? c.start + delta : c.start + delta + c.length;
    } else {
      break;
    }
  }
  return p + delta;
}

/** A span mapped through sorted changes (never inverted: end ≥ start). */
export function shiftSpan<S extends { readonly start: number; readonly end: number }>(
  span: S,
  changes: readonly ShiftChange[],
): { start: number; end: number } {
  const start = mapOffset(span.start, changes, 'start');
  return { start, end: Math.max(start, mapOffset(span.end, changes, 'end')) };
}
