/**
 * Fast character classes by code unit, without regular expressions (the classifier looks at
 * every character of the text; `\p{L}` tests per character cost ten times more). Letters of the
 * scripts news is written in are recognised by Unicode block; punctuation, symbols, spaces and
 * astral characters (emoji) are not word characters.
 */

/** 0 = not a word character, 1 = letter (or combining mark), 2 = digit. */
export function wordClass(c: number): 0 | 1 | 2 {
  if (c < 0x80) {
    if (c >= 0x30 && c <= 0x39) return 2;
    const l = c | 0x20;
    return l >= 0x61 && l <= 0x7a ? 1 : 0;
  }
  if (c < 0x2000) {
    if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba ? 1 : 0;
    if (c === 0xd7 || c === 0xf7) return 0;
    // Greek question mark and ano teleia; Cyrillic thousands sign; Armenian/Hebrew/Arabic punctuation.
    if (c === 0x37e || c === 0x387 || c === 0x482 || (c >= 0x55a && c <= 0x55f) || c === 0x589)
      return 0;
    if (
      c === 0x5be ||
      c === 0x5c0 ||
      c === 0x5c3 ||
      c === 0x60c ||
      c === 0x61b ||
      c === 0x61f ||
      c === 0x6d4
    )
      return 0;
    if ((c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0x966 && c <= 0x96f))
      return 2;
    return 1;
  }
  if (c < 0x2c00) return 0; // punctuation, currency, arrows, maths, box drawing, dingbats
  if (c < 0x2e00) return 1; // Glagolitic, Latin Extended-C, Coptic, Cyrillic Extended-A
  if (c < 0x3040) return 0; // supplemental punctuation, CJK symbols and punctuation
  if (c < 0xd800) return 1; // kana, CJK, Hangul, Yi…
  if (c < 0xf900) return 0; // surrogates (emoji and other astral characters), private use
  if (c < 0xfe00) return 1; // CJK compatibility, presentation forms
  if (c < 0xfe70) return 0; // variation selectors, small forms
  if (c < 0xfeff) return 1; // Arabic presentation forms-B
  if (c === 0xfeff) return 0;
  if (c >= 0xff10 && c <= 0xff19) return 2;
  if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || (c >= 0xff66 && c <= 0xffdc))
    return 1;
  return 0;
}

/** Whitespace, including NBSP, BOM, zero-width and typographic spaces. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Lower-case code units of the BMP, filled on first use (0 = not computed yet). */
const LOWER = new Uint16Array(0x10000);

/**
 * The lower-case form of a code unit when it is a single code unit (as for every letter of the
 * scripts handled), else the unit itself. No string is allocated after the first lookup.
 */
export function lowerUnit(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  let l = LOWER[c]!;
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    LOWER[c] = l;
  }
  return l;
}

/** Per code unit: 0 = not computed yet, 1 = safe, 2 = unsafe (see `normSafe`). */
const SAFE = new Uint8Array(0x10000);

/**
 * True when lowering this code unit on its own (`lowerUnit`) gives what `String#toLowerCase` gives
 * for it inside any text, and the word class does not change by lowering. Not safe: units that
 * lower to two units (İ), capital sigma (final ς depends on its neighbours) and symbols that lower
 * to letters (the Kelvin and Ohm signs). Fast paths that lower unit by unit fall back to
 * `toLowerCase` when a line holds an unsafe unit.
 */
export function normSafe(c: number): boolean {
  if (c < 0x80) return true;
  let s = SAFE[c]!;
  if (s === 0) {
    const lower = String.fromCharCode(c).toLowerCase();
    s =
      c !== 0x3a3 && lower.length === 1 && wordClass(lower.charCodeAt(0)) === wordClass(c) ? 1 : 2;
    SAFE[c] = s;
  }
  return s === 1;
}

/**
 * `charInfo` bits: the lower-case unit (`lowerUnit`) in bits 0–15, the word class in 16–17, then
 * flags. A const enum: esbuild writes its members into the code as literals, where a
 * module-level `const` becomes a variable of the bundle, read at each use (the line scan reads
 * several per code unit).
 */
export const enum Info {
  ClassShift = 16,
  /** Not `normSafe`. */
  Unsafe = 1 << 18,
  /**
   * Case-insensitive regular expressions may match this unit to a letter other than its
   * `lowerUnit` (ſ ~ s, ϕ ~ φ, ς ~ σ): pre-checks of such regexes on lowered text must not skip.
   */
  FoldOdd = 1 << 19,
  Known = 1 << 20,
  /** The unit is "©" / "/" (for cheap "does the line contain one" checks after a scan). */
  Copyright = 1 << 21,
  Slash = 1 << 22,
  /** The unit may be (part of) an upper-case letter (\p{Lu}; surrogates may) … */
  MayUpper = 1 << 23,
  /** … or a lower-case letter (\p{Ll}), an ASCII digit, "?" or "!" (see `mayHaveGluedCapital`). */
  MayLower = 1 << 24,
  /** The unit is whitespace (`isSpace`) other than the ASCII space: a line holding it is collapsed. */
  OddSpace = 1 << 25,
}
/** `Info.ClassShift` and `Info.Unsafe` as constants (for modules that import them so). */
export const INFO_CLASS_SHIFT = Info.ClassShift;
export const INFO_UNSAFE = Info.Unsafe;

/** Packed facts per code unit, filled on first use (0 = not computed yet). */
export const CHAR_INFO = new Uint32Array(0x10000);

/** Lower case, word class, safety and case-folding facts of a code unit in one number. */
export function charInfo(c: number): number {
  let info = CHAR_INFO[c]!;
  if (info === 0) {
    const lower = lowerUnit(c);
    const s = String.fromCharCode(c);
    const folded = s.toUpperCase().toLowerCase();
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    info =
      Info.Known |
      lower |
      (wordClass(c) << Info.ClassShift) |
      (normSafe(c) ? 0 : Info.Unsafe) |
      (c >= 0x80 && folded !== String.fromCharCode(lower) ? Info.FoldOdd : 0) |
      (c === 0xa9 ? Info.Copyright : 0) |
      (c === 0x2f ? Info.Slash : 0) |
      (surrogate || /\p{Lu}/u.test(s) ? Info.MayUpper : 0) |
      (surrogate || /[\p{Ll}\d?!]/u.test(s) ? Info.MayLower : 0) |
      (c !== 32 && isSpace(c) ? Info.OddSpace : 0);
    CHAR_INFO[c] = info;
  }
  return info;
}

/**
 * True when `text` holds a copyright sign "©" that is not glued between two letters: in text
 * decoded with the wrong code page, "é" reads "Г©" ("LГ©vesque", UTF-8 read as cp1251), and such
 * a "©" marks no copyright notice.
 */
export function hasCopyrightSign(text: string): boolean {
  for (let at = text.indexOf('©'); at >= 0; at = text.indexOf('©', at + 1)) {
    const before = at > 0 ? wordClass(text.charCodeAt(at - 1)) : 0;
    const after = at + 1 < text.length ? wordClass(text.charCodeAt(at + 1)) : 0;
    if (before !== 1 || after !== 1) return true;
  }
  return false;
}

/**
 * Where the first upper-case letter of `text` that directly follows a lower-case letter, a digit,
 * "?" or "!" is ("…WordsThe summary…"), or -1: a cheap exact pre-check for regexes that look
 * for such joins. The line scan (`scan.ts`) finds the same in its pass (`Info.MayUpper`,
 * `Info.MayLower`).
 */
export function gluedCapitalAt(text: string): number {
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const info = CHAR_INFO[c] || charInfo(c);
    if (info & Info.MayUpper && previous & Info.MayLower) return i;
    previous = info;
  }
  return -1;
}

/** True when `text` has a capital glued to a lower-case letter, a digit, "?" or "!". */
export function mayHaveGluedCapital(text: string): boolean {
  return gluedCapitalAt(text) >= 0;
}

/** Per code unit: 1 = a letter or digit (\p{L}, \p{N}), 2 = not, 3 = a surrogate; 0 = not computed. */
const LETTER_OR_DIGIT = new Uint8Array(0x10000);

/**
 * Calls `run(from, to)` for every maximal run of letters and digits (\p{L}\p{N}) in `s`, the
 * non-empty parts of `s.split(/[^\p{L}\p{N}]+/u)`, without a regex, in one pass. Returns false
 * at a surrogate (astral letters need the regex): the runs reported until then are to be
 * discarded.
 */
export function letterRuns(s: string, run: (from: number, to: number) => void): boolean {
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const kind = i < s.length ? letterOrDigit(s.charCodeAt(i)) : 2;
    if (kind === 3) return false;
    if (kind === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      run(start, i);
      start = -1;
    }
  }
  return true;
}

function letterOrDigit(c: number): number {
  let v = LETTER_OR_DIGIT[c]!;
  if (v === 0) {
    v = c >= 0xd800 && c <= 0xdfff ? 3 : /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_OR_DIGIT[c] = v;
  }
  return v;
}

/** The last code unit of `text` that is not whitespace (`isSpace`), or 0. */
export function lastNonSpace(text: string): number {
  let k = text.length - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  return k >= 0 ? text.charCodeAt(k) : 0;
}

/**
 * True when the last character of `text` that is not whitespace is a link arrow » › →: a cheap
 * pre-check (never false when /\s[»›→]\s*$/u matches).
 */
export function mayEndWithArrow(text: string): boolean {
  const c = lastNonSpace(text);
  return c === 0xbb || c === 0x203a || c === 0x2192;
}

/** A UTF-16 low (trailing) surrogate. */
export function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A UTF-16 high (leading) surrogate. */
export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Either half of a surrogate pair. */
export function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}
