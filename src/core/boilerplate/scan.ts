/**
 * The one pass over a line's characters behind its features: letters, spaces, capitalised words,
 * digits, words, stop words (looked up by the hash of each lower-cased word, digits as 0 like the
 * normalisation) and, when asked, the line's cc_net normalisation with its words and their hashes
 * (`NormWords`, for phrase lookups and repetition keys). Results go to shared scratch objects that
 * the next call overwrites: no allocation per line.
 */
import {
  CHAR_INFO,
  charInfo,
  INFO_CLASS_SHIFT,
  INFO_COPYRIGHT,
  INFO_FOLD_ODD,
  INFO_MAY_LOWER,
  INFO_MAY_UPPER,
  INFO_ODD_SPACE,
  INFO_SLASH,
  INFO_UNSAFE,
} from './chars';
import { HASH_MASK, HASH_SEED, HashTable, hashStep } from './hashing';
import { loadWords, type NormWords } from './normwords';

/** Flags of a word in the document language's lookup table. */
export const STOP = 1;
export const LEGAL_OPENER = 2;

export interface Shape {
  letters: number;
  nonSpace: number;
  /** Words that contain a letter. */
  lettered: number;
  /** … and start with a capital. */
  caps: number;
  digits: number;
  /** Runs of letters and digits (the words of the normalisation). */
  words: number;
  /** Stop words among the first `sampleLimit` words, and how many words that was. */
  stops: number;
  sampleWords: number;
  /** One of those words may open a legal-notice phrase. */
  legalOpener: boolean;
  /** A unit that case-insensitive regexes may match to another letter than its lower case. */
  foldOdd: boolean;
  /** The scanned range contains "©" / "/". */
  copyright: boolean;
  slash: boolean;
  /** The first capital right after a lower-case letter, a digit, "?" or "!", or -1 (`gluedCapitalAt`). */
  gluedAt: number;
  /** Whitespace to collapse: two ASCII spaces in a row or any other space (`hasSpacesToCollapse`). */
  spacesToCollapse: boolean;
}

const shape: Shape = {
  letters: 0,
  nonSpace: 0,
  lettered: 0,
  caps: 0,
  digits: 0,
  words: 0,
  stops: 0,
  sampleWords: 0,
  legalOpener: false,
  foldOdd: false,
  copyright: false,
  slash: false,
  gluedAt: -1,
  spacesToCollapse: false,
};

/** The line's normalisation, filled by `scanLine` when asked for (valid until the next call). */
export const norm: NormWords = {
  buf: new Uint16Array(512),
  length: 0,
  count: 0,
  starts: new Int32Array(256),
  ends: new Int32Array(256),
  hashes: new Int32Array(256),
};

/**
 * Scans `text[0..limit)`. With `normalize`, also fills `norm` with the normalisation of that
 * range; it returns false when the range needs context-dependent lowering, and `norm` is then
 * filled from `normalizeInContext(text)` by the caller's fallback (see `loadNorm`).
 */
export function scanLine(
  text: string,
  limit: number,
  lookup: HashTable,
  sampleLimit: number,
  normalize: boolean,
): boolean {
  if (normalize && norm.buf.length < limit + 1) {
    norm.buf = new Uint16Array(limit * 2 + 2);
    norm.starts = new Int32Array(limit + 2);
    norm.ends = new Int32Array(limit + 2);
    norm.hashes = new Int32Array(limit + 2);
  }
  const { buf, starts, ends, hashes } = norm;
  let letters = 0;
  let spaces = 0;
  let lettered = 0;
  let caps = 0;
  let digits = 0;
  let words = 0;
  let stops = 0;
  let sampleWords = 0;
  let legalOpener = false;
  let inWord = false;
  let seen = 0;
  let previous = 0;
  let glued = -1;
  let doubleSpace = false;
  let afterSpace = -1;
  let n = 0;
  let h = HASH_SEED;
  // One step past the end (a space) closes the last word.
  for (let k = 0; k <= limit; k++) {
    const raw = k < limit ? text.charCodeAt(k) : 32;
    if (raw === 32) {
      spaces++;
      if (k === afterSpace && k < limit) doubleSpace = true;
      afterSpace = k + 1;
    }
    let info = CHAR_INFO[raw]!;
    if (info === 0) info = charInfo(raw);
    seen |= info;
    if (info & INFO_MAY_UPPER && previous & INFO_MAY_LOWER && glued < 0) glued = k;
    previous = info;
    const cls = (info >>> INFO_CLASS_SHIFT) & 3;
    if (cls === 0) {
      if (inWord) {
        if (normalize) {
          ends[words - 1] = n;
          hashes[words - 1] = h;
        }
        if (sampleWords < sampleLimit) {
          sampleWords++;
          const flags = lookup.get(h & HASH_MASK);
          if (flags & STOP) stops++;
          if (flags & LEGAL_OPENER) legalOpener = true;
        }
      }
      inWord = false;
      continue;
    }
    const c = cls === 1 ? info & 0xffff : 48;
    if (!inWord) {
      if (normalize) {
        if (n > 0) buf[n++] = 32;
        starts[words] = n;
      }
      words++;
      h = HASH_SEED;
      if (cls === 1) {
        lettered++;
        if (c !== raw) caps++;
      }
    }
    if (cls === 2) digits++;
    else letters++;
    if (normalize) buf[n++] = c;
    h = hashStep(h, c);
    inWord = true;
  }
  shape.letters = letters;
  shape.nonSpace = limit - (spaces - 1);
  shape.lettered = lettered;
  shape.caps = caps;
  shape.digits = digits;
  shape.words = words;
  shape.stops = stops;
  shape.sampleWords = sampleWords;
  shape.legalOpener = legalOpener;
  shape.foldOdd = (seen & INFO_FOLD_ODD) !== 0;
  shape.copyright = (seen & INFO_COPYRIGHT) !== 0;
  shape.slash = (seen & INFO_SLASH) !== 0;
  shape.gluedAt = glued;
  shape.spacesToCollapse = doubleSpace || (seen & INFO_ODD_SPACE) !== 0;
  norm.length = n;
  norm.count = words;
  return normalize && (seen & INFO_UNSAFE) === 0;
}

/** The shape found by the last `scanLine` (overwritten by the next call). */
export function lastShape(): Readonly<Shape> {
  return shape;
}

/** Fills `norm` from a normalised string (the context-dependent fallback). */
export function loadNorm(normalised: string): void {
  const w = loadWords(normalised);
  if (norm.buf.length < w.length + 1) norm.buf = new Uint16Array(w.length * 2 + 2);
  if (norm.starts.length < w.count + 1) {
    norm.starts = new Int32Array(w.count * 2 + 2);
    norm.ends = new Int32Array(w.count * 2 + 2);
    norm.hashes = new Int32Array(w.count * 2 + 2);
  }
  norm.buf.set(w.buf.subarray(0, w.length));
  norm.starts.set(w.starts.subarray(0, w.count));
  norm.ends.set(w.ends.subarray(0, w.count));
  norm.hashes.set(w.hashes.subarray(0, w.count));
  norm.length = w.length;
  norm.count = w.count;
}
