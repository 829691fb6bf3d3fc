/**
 * A normalised line as units in a buffer with its words (start, end, FNV hash), the form phrase
 * lookups read; filled by the line scan (`scan.ts`) or from a string or raw text here.
 */
import { CHAR_INFO, charInfo, Info } from './chars';
import { Hash, hashStep, hashUnits } from './hashing';
import { normalizeLine } from './normalize';

/** A normalised line in a buffer (`buf[0..length)`) and its `count` words (FNV hashes, 32 bits). */
export interface NormWords {
  buf: Uint16Array;
  length: number;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
}

const loaded: NormWords = {
  buf: new Uint16Array(64),
  length: 0,
  count: 0,
  starts: new Int32Array(32),
  ends: new Int32Array(32),
  hashes: new Int32Array(32),
};

/** A normalised string in a shared `NormWords` (valid until the next call). */
export function loadWords(norm: string): NormWords {
  const w = reserve(norm.length);
  for (let i = 0; i < norm.length; i++) w.buf[i] = norm.charCodeAt(i);
  w.length = norm.length;
  return indexWords(w);
}

/**
 * The normalisation of a raw line in the shared `NormWords` (valid until the next call): as
 * `normalizeUnits` writes it, its words found and hashed in the same pass.
 */
export function textWords(text: string): NormWords {
  const w = reserve(text.length);
  const { buf, starts, ends, hashes } = w;
  let n = 0;
  let count = 0;
  let h = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const raw = text.charCodeAt(i);
    const info = CHAR_INFO[raw] || charInfo(raw);
    if (info & Info.Unsafe) return loadWords(normalizeLine(text));
    const cls = (info >>> Info.ClassShift) & 3;
    if (cls === 0) {
      if (inWord) {
        ends[count] = n;
        hashes[count++] = h;
        inWord = false;
      }
      continue;
    }
    if (!inWord) {
      if (n > 0) buf[n++] = 32;
      starts[count] = n;
      h = Hash.Seed;
      inWord = true;
    }
    const c = cls === 2 ? 48 : info & 0xffff;
    buf[n++] = c;
    h = hashStep(h, c);
  }
  if (inWord) {
    ends[count] = n;
    hashes[count++] = h;
  }
  w.length = n;
  w.count = count;
  return w;
}

/** The shared `NormWords`, with room for `units` units. */
function reserve(units: number): NormWords {
  const w = loaded;
  if (w.buf.length < units) w.buf = new Uint16Array(units * 2);
  if (w.starts.length < units + 1) {
    w.starts = new Int32Array(units * 2 + 2);
    w.ends = new Int32Array(units * 2 + 2);
    w.hashes = new Int32Array(units * 2 + 2);
  }
  return w;
}

/** Words of `w.buf[0..w.length)` (single spaces between words, as `norm.split(' ')`). */
export function indexWords(w: NormWords): NormWords {
  w.count = 0;
  if (w.length === 0) return w;
  let start = 0;
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length && w.buf[i] !== 32) continue;
    w.starts[w.count] = start;
    w.ends[w.count] = i;
    w.hashes[w.count] = hashUnits(w.buf, start, i);
    w.count++;
    start = i + 1;
  }
  return w;
}
