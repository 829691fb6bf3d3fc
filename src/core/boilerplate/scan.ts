/**
 * The one pass over a line's characters behind its features: letters, spaces, capitalised words,
 * digits, words, stop words (looked up by the hash of each lower-cased word, digits as 0 like the
 * normalisation) and, when asked, the line's cc_net normalisation with its words and their hashes
 * (`NormWords`, for phrase lookups and repetition keys). Results go to shared scratch objects that
 * the next call overwrites: no allocation per line.
 */
import { CHAR_INFO, charInfo, Info } from './chars';
import { Hash, HashTable, hashStep } from './hashing';
import { normalizeLine, normalizeUnits } from './normalize';
import { indexWords, loadWords, type NormWords } from './normwords';

/** Flags of a word in the document language's lookup table (a const enum: literals in the code). */
export const enum WordFlag {
  Stop = 1,
  /** The word may open a legal-notice phrase … */
  LegalOpener = 2,
  /** … or any furniture phrase (`FURNITURE_OPENERS`) … */
  PhraseOpener = 4,
  /** … or a closing notice (`TAIL_OPENERS`) … */
  TailOpener = 8,
  /** … or a page notice (`NOTICE_OPENERS`). */
  NoticeOpener = 16,
}

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
  /** … or a furniture phrase. */
  phraseOpener: boolean;
  /** … or a closing notice … */
  tailOpener: boolean;
  /** … or a page notice. */
  noticeOpener: boolean;
  /** A unit that case-insensitive regexes may match to another letter than its lower case. */
  foldOdd: boolean;
  /** The scanned range contains "©" / "/". */
  copyright: boolean;
  slash: boolean;
  /** The first capital right after a lower-case letter, a digit, "?" or "!", or -1 (`gluedCapitalAt`). */
  gluedAt: number;
  /** Whitespace to collapse: two ASCII spaces in a row or any other space (`hasSpacesToCollapse`). */
  spacesToCollapse: boolean;
  /** The first ":", or -1. */
  colonAt: number;
  /** Two full stops in a row ("...") somewhere. */
  twoDots: boolean;
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
  phraseOpener: false,
  tailOpener: false,
  noticeOpener: false,
  foldOdd: false,
  copyright: false,
  slash: false,
  gluedAt: -1,
  spacesToCollapse: false,
  colonAt: -1,
  twoDots: false,
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
 * filled from `normalizeInContext(text)` by the caller's fallback (see `loadNorm`). (`norm` is
 * written either way: a branch less per unit.) With `stopAtSpaces`, it stops at the first
 * whitespace to collapse, setting `spacesToCollapse` (the caller scans the collapsed line instead).
 */
export function scanLine(
  text: string,
  limit: number,
  lookup: HashTable,
  sampleLimit: number,
  normalize: boolean,
  stopAtSpaces = false,
): boolean {
  if (norm.buf.length < limit + 1) {
    norm.buf = new Uint16Array(limit * 2 + 2);
    norm.starts = new Int32Array(limit + 2);
    norm.ends = new Int32Array(limit + 2);
    norm.hashes = new Int32Array(limit + 2);
  }
  const { buf, starts, ends, hashes } = norm;
  let spaces = 0;
  let lastSpace = -2;
  let doubleSpace = false;
  let colon = -1;
  let lastDot = -2;
  let twoDots = false;
  let lettered = 0;
  let caps = 0;
  let digits = 0;
  let words = 0;
  let stops = 0;
  let sampleWords = 0;
  let legalOpener = false;
  let phraseOpener = false;
  let tailOpener = false;
  let noticeOpener = false;
  let seen = 0;
  let previous = 0;
  let glued = -1;
  let n = 0;
  let k = 0;
  let raw = limit > 0 ? text.charCodeAt(0) : 0;
  let info = CHAR_INFO[raw] || charInfo(raw);
  // Each turn reads a run of units that are not word characters, then a word (letters and
  // digits), unit by unit; `raw` and `info` are those of unit `k`.
  scan: while (k < limit) {
    for (;;) {
      seen |= info;
      if (info & Info.MayUpper && previous & Info.MayLower && glued < 0) glued = k;
      if ((info >>> Info.ClassShift) & 3) break;
      previous = info;
      if (raw === 32) {
        spaces++;
        if (lastSpace === k - 1) {
          doubleSpace = true;
          if (stopAtSpaces) break scan;
        }
        lastSpace = k;
      } else if (raw === 46) {
        if (lastDot === k - 1) twoDots = true;
        lastDot = k;
      } else if (raw === 58 && colon < 0) colon = k;
      else if (info & Info.OddSpace && stopAtSpaces) break scan;
      if (++k === limit) break;
      raw = text.charCodeAt(k);
      info = CHAR_INFO[raw] || charInfo(raw);
    }
    if (k === limit) break;
    // A word: `seen` and `glued` already hold its first unit.
    if (n > 0) buf[n++] = 32;
    starts[words] = n;
    if ((info >>> Info.ClassShift) & 1) {
      lettered++;
      if ((info & 0xffff) !== raw) caps++;
    }
    let h: number = Hash.Seed;
    for (;;) {
      previous = info;
      let c = info & 0xffff;
      if (((info >>> Info.ClassShift) & 3) === 2) {
        digits++;
        c = 48;
      }
      buf[n++] = c;
      h = hashStep(h, c);
      if (++k === limit) break;
      raw = text.charCodeAt(k);
      info = CHAR_INFO[raw] || charInfo(raw);
      if (((info >>> Info.ClassShift) & 3) === 0) break;
      seen |= info;
      if (info & Info.MayUpper && previous & Info.MayLower && glued < 0) glued = k;
    }
    ends[words] = n;
    hashes[words] = h;
    words++;
    if (sampleWords < sampleLimit) {
      sampleWords++;
      const flags = lookup.get(h & Hash.Mask);
      if (flags & WordFlag.Stop) stops++;
      if (flags & WordFlag.LegalOpener) legalOpener = true;
      if (flags & WordFlag.PhraseOpener) phraseOpener = true;
      if (flags & WordFlag.TailOpener) tailOpener = true;
      if (flags & WordFlag.NoticeOpener) noticeOpener = true;
    }
  }
  // Units in words: the normalisation's length less the spaces between its words.
  const units = n - (words > 0 ? words - 1 : 0);
  shape.letters = units - digits;
  shape.nonSpace = limit - spaces;
  shape.lettered = lettered;
  shape.caps = caps;
  shape.digits = digits;
  shape.words = words;
  shape.stops = stops;
  shape.sampleWords = sampleWords;
  shape.legalOpener = legalOpener;
  shape.phraseOpener = phraseOpener;
  shape.tailOpener = tailOpener;
  shape.noticeOpener = noticeOpener;
  shape.foldOdd = (seen & Info.FoldOdd) !== 0;
  shape.copyright = (seen & Info.Copyright) !== 0;
  shape.slash = (seen & Info.Slash) !== 0;
  shape.gluedAt = glued;
  shape.spacesToCollapse = doubleSpace || (seen & Info.OddSpace) !== 0;
  shape.colonAt = colon;
  shape.twoDots = twoDots;
  norm.length = n;
  norm.count = words;
  return normalize && (seen & Info.Unsafe) === 0;
}

/** The shape found by the last `scanLine` (overwritten by the next call). */
export function lastShape(): Readonly<Shape> {
  return shape;
}

/**
 * Fills `norm` with `normalizeLine(text)` for a line that needs context-dependent lowering (the
 * fallback of `scanLine`): every unit of `text.toLowerCase()` lowers to itself, so the unit by
 * unit normalisation of the lowered text is the line's, written without building a string.
 */
export function loadNormInContext(text: string): void {
  const lower = text.toLowerCase();
  if (norm.buf.length < lower.length + 1) norm.buf = new Uint16Array(lower.length * 2 + 2);
  if (norm.starts.length < lower.length + 2) {
    norm.starts = new Int32Array(lower.length + 2);
    norm.ends = new Int32Array(lower.length + 2);
    norm.hashes = new Int32Array(lower.length + 2);
  }
  const n = normalizeUnits(lower, 0, lower.length, norm.buf);
  if (n < 0) return loadNorm(normalizeLine(text));
  norm.length = n;
  indexWords(norm);
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
