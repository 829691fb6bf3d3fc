/**
 * In-line normalisation passes of the cleanup plan (see cleanup-plan.ts): runs of horizontal
 * whitespace become one space (none at the ends of a line), and mismatched quotation marks (a
 * straight mark paired with a curly one, `x’, ``x'') become a matching curly pair. Each pass works
 * on the kept pieces of one line, in UTF-16 indices of the text without BOM, and reports edits
 * through `push`.
 */
import type { CleanReason } from './cleanup-plan';

/** Horizontal whitespace normalised to one space (NBSP and the Unicode spaces included). */
const HORIZONTAL_SPACE = /[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
/** Double quotation marks whose straight/curly mixing is repaired within one line. */
const DOUBLE_MARKS = new Set(['"', '\u201c', '\u201d']);

export type Push = (start: number, end: number, text: string, reason: CleanReason) => void;

export function whitespaceEdits(
  body: string,
  pieces: readonly [number, number][],
  push: Push,
): void {
  const first = pieces[0]?.[0];
  const last = pieces[pieces.length - 1]?.[1];
  for (const [s, e] of pieces) {
    const piece = body.slice(s, e);
    HORIZONTAL_SPACE.lastIndex = 0;
    for (let m = HORIZONTAL_SPACE.exec(piece); m; m = HORIZONTAL_SPACE.exec(piece)) {
      const a = s + m.index;
      const b = a + m[0].length;
      if (a === first || b === last) push(a, b, '', 'whitespace');
      else if (m[0] !== ' ') push(a, b, ' ', 'whitespace');
    }
  }
}

/** Repairs quotation marks within one line's kept pieces (each mark replaced by one edit). */
export function quoteEdits(body: string, pieces: readonly [number, number][], push: Push): void {
  const marks: { at: number; ch: string }[] = [];
  for (const [s, e] of pieces) {
    for (let i = s; i < e; i++) {
      const ch = body[i]!;
      if (ch === '`' && body[i + 1] === '`') {
        const close = body.indexOf("''", i + 2);
        if (close > i && close + 2 <= e) {
          push(i, i + 2, '\u201c', 'quotes');
          push(close, close + 2, '\u201d', 'quotes');
          i = close + 1;
        }
        continue;
      }
      if (ch === '`') {
        const close = body.indexOf('\u2019', i + 1);
        const nextTick = body.indexOf('`', i + 1);
        if (close > i && close < e && (nextTick < 0 || nextTick > close))
          push(i, i + 1, '\u2018', 'quotes');
        continue;
      }
      if (DOUBLE_MARKS.has(ch)) marks.push({ at: i, ch });
    }
  }
  // Only lines with whole pairs: an odd count is a quote running over several lines.
  if (marks.length % 2 !== 0) return;
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const open = marks[k]!;
    const close = marks[k + 1]!;
    if (open.ch === '\u201c' && close.ch === '"') push(close.at, close.at + 1, '\u201d', 'quotes');
    else if (open.ch === '"' && close.ch === '\u201d')
      push(open.at, open.at + 1, '\u201c', 'quotes');
  }
}
