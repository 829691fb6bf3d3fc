/**
 * cc_net's normalisation for duplicate detection (facebookresearch/cc_net, normalize_for_dedup):
 * lower case, every digit → 0, punctuation and symbols removed, whitespace collapsed. Here
 * punctuation becomes a space (so "log in|register" keeps its words apart). "World 11:01" and
 * "World 10:16" both become "world 00 00". One pass over the characters, unit by unit into a
 * buffer; `String#toLowerCase` only for the rare texts where a unit lowers differently in context.
 */
import { CHAR_INFO, charInfo, Info, wordClass } from './chars';

/**
 * Writes the normalisation of `text[from..to)` into `buf` (room for `to - from` units needed: the
 * result is never longer) and returns its length, or -1 when the range holds a unit that is not
 * `normSafe` (then use `normalizeLine`).
 */
export function normalizeUnits(text: string, from: number, to: number, buf: Uint16Array): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const raw = text.charCodeAt(i);
    let info = CHAR_INFO[raw]!;
    if (info === 0) info = charInfo(raw);
    if (info & Info.Unsafe) return -1;
    const cls = (info >>> Info.ClassShift) & 3;
    if (cls === 0) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      if (n > 0) buf[n++] = 32;
      inWord = true;
    }
    buf[n++] = cls === 2 ? 48 : info & 0xffff;
  }
  return n;
}

/** Units per `String.fromCharCode` call (engines limit the number of arguments). */
const CHUNK = 8192;

/** The string of `buf[0..n)`. */
export function unitsToString(buf: Uint16Array, n: number): string {
  if (n <= CHUNK) return String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]);
  let out = '';
  for (let i = 0; i < n; i += CHUNK)
    out += String.fromCharCode.apply(
      null,
      buf.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[],
    );
  return out;
}

let scratch = new Uint16Array(256);

export function normalizeLine(text: string): string {
  if (scratch.length < text.length) scratch = new Uint16Array(text.length * 2);
  const n = normalizeUnits(text, 0, text.length, scratch);
  return n < 0 ? normalizeInContext(text) : unitsToString(scratch, n);
}

/** The normalisation with `toLowerCase` on the whole text (context-dependent lowering). */
function normalizeInContext(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let runStart = -1;
  let pendingSpace = false;
  for (let i = 0; i <= lower.length; i++) {
    const cls = i < lower.length ? wordClass(lower.charCodeAt(i)) : 0;
    if (cls === 1) {
      if (runStart < 0) {
        if (pendingSpace && out) out += ' ';
        pendingSpace = false;
        runStart = i;
      }
      continue;
    }
    if (runStart >= 0) {
      out += lower.slice(runStart, i);
      runStart = -1;
    }
    if (cls === 2) {
      if (pendingSpace && out) out += ' ';
      pendingSpace = false;
      out += '0';
    } else pendingSpace = true;
  }
  return out;
}
