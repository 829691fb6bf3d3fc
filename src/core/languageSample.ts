/**
 * Reading the language sample (`language.ts`) in one pass: scripts counted by table, Latin tokens
 * lowered, hashed and looked up among the distinctive stop words in place, with no string or
 * array built per token.
 */
import { charInfo, INFO_CLASS_SHIFT, INFO_UNSAFE } from './boilerplate/chars';
import { hashStep, hashString, tableSize } from './boilerplate/hashing';
import { normalizeLine } from './boilerplate/normalize';
import { LATIN_LANGUAGES, STOPWORD_LISTS } from './data/stopwords/index';

/**
 * The sample is read once, tallying Latin tokens and counting Latin and other (Cyrillic, Greek)
 * letters together; with more Latin letters than others it is Latin whatever the exact counts.
 * Past this many characters, a sample with at least as many other letters as Latin ones so far
 * stops there and has its scripts counted exactly; should it come out Latin all the same, its
 * tokens are read again from the start. Only the speed depends on it, never the result.
 */
export const LANGUAGE_PROBE_CHARS = 256;

/**
 * Script of a code unit for the counts: none, Latin, Cyrillic (other, і ї є ґ, ъ, ы), Greek, or a
 * letter of a script we have no language for (`FOREIGN`: Arabic, Hebrew, Indic, Thai, CJK, Hangul
 * …). All but Latin count as "other" letters in `readSample`.
 */
export const LATIN = 1;
export const CYRILLIC = 2;
export const UKRAINIAN = 3;
export const HARD_SIGN = 4;
export const YERY = 5;
export const GREEK = 6;
export const FOREIGN = 7;
export const SCRIPT = new Uint8Array(0x10000);
for (const [first, last] of [
  [0x530, 0x58f], // Armenian
  [0x590, 0x5ff], // Hebrew
  [0x600, 0x6ff], // Arabic, with its supplements below
  [0x750, 0x77f],
  [0x8a0, 0x8ff],
  [0x900, 0xdff], // Devanagari to Sinhala
  [0xe00, 0xeff], // Thai, Lao
  [0xf00, 0x109f], // Tibetan, Myanmar
  [0x10a0, 0x10ff], // Georgian
  [0x1100, 0x11ff], // Hangul Jamo
  [0x1200, 0x139f], // Ethiopic
  [0x1780, 0x17ff], // Khmer
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x3400, 0x4dbf], // CJK
  [0x4e00, 0x9fff],
  [0xac00, 0xd7af], // Hangul syllables
  [0xfb1d, 0xfdff], // Hebrew and Arabic presentation forms
  [0xfe70, 0xfeff],
] as const)
  SCRIPT.fill(FOREIGN, first, last + 1);
SCRIPT.fill(LATIN, 0x41, 0x5b).fill(LATIN, 0x61, 0x7b).fill(LATIN, 0xc0, 0x250);
SCRIPT.fill(CYRILLIC, 0x400, 0x500).fill(GREEK, 0x370, 0x400).fill(GREEK, 0x1f00, 0x2000);
// і ї є ґ (and capitals); ъ; ы
for (const c of [0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404, 0x490]) SCRIPT[c] = UKRAINIAN;
SCRIPT[0x44a] = SCRIPT[0x42a] = HARD_SIGN;
SCRIPT[0x44b] = SCRIPT[0x42b] = YERY;

/**
 * Stop words that are in only one of the Latin lists: the distinctive ones, found by the hash of
 * a token (FNV-1a from 0, `hashString(w, 0, w.length, 0)`) and confirmed unit by unit.
 */
interface Distinctive {
  /** Open addressing, load ≤ ½: [hash, word index + 1] per slot. */
  slots: Int32Array;
  mask: number;
  /** Word k is `units[offsets[k]..offsets[k + 1])`, of language `langs[k]`. */
  units: Uint16Array;
  offsets: Int32Array;
  langs: Uint8Array;
  words: string[];
  /** One bit per token hash modulo 2^16 (`Sample.PresentMask`): clear, no distinctive word. */
  present: Int32Array;
}
let distinctive: Distinctive | undefined;
function distinctiveWords(): Distinctive {
  if (distinctive) return distinctive;
  const owner = new Map<string, number>();
  LATIN_LANGUAGES.forEach((lang, k) => {
    for (const w of STOPWORD_LISTS[lang] ?? []) owner.set(w, (owner.get(w) ?? k) === k ? k : -1);
  });
  // Tokens that start with a digit ("0" once normalised) are not words: no entry starts with "0".
  const words = [...owner.keys()].filter((w) => owner.get(w)! >= 0 && w.charCodeAt(0) !== 48);
  const size = tableSize(words.length);
  const d: Distinctive = {
    slots: new Int32Array(2 * size),
    mask: size - 1,
    units: new Uint16Array(words.reduce((n, w) => n + w.length, 0)),
    offsets: new Int32Array(words.length + 1),
    langs: new Uint8Array(words.map((w) => owner.get(w)!)),
    words,
    present: new Int32Array(Sample.PresentMask + 1),
  };
  words.forEach((w, k) => {
    for (let i = 0; i < w.length; i++) d.units[d.offsets[k]! + i] = w.charCodeAt(i);
    d.offsets[k + 1] = d.offsets[k]! + w.length;
    const h = hashString(w, 0, w.length, 0);
    let s = h & d.mask;
    while (d.slots[2 * s + 1] !== 0) s = (s + 1) & d.mask;
    d.slots[2 * s] = h;
    d.slots[2 * s + 1] = k + 1;
    d.present[(h >>> 5) & Sample.PresentMask]! |= 1 << (h & 31);
  });
  distinctive = d;
  return d;
}

/**
 * Hits of the distinctive stop words per Latin language, in which order languages were first hit,
 * and the number of tokens.
 */
export interface LatinTally {
  readonly hits: Int32Array;
  readonly order: number[];
  tokens: number;
  /** Latin letters, and Cyrillic and Greek ones (`SCRIPT`), read (up to the probe if abandoned). */
  latin: number;
  other: number;
  /** `COMPLETE`, `UNSAFE` (a unit that lowers differently in context) or `ABANDONED`. */
  status: number;
}
export const COMPLETE = 0;
export const UNSAFE = 1;
export const ABANDONED = 2;

function newTally(): LatinTally {
  return {
    hits: new Int32Array(LATIN_LANGUAGES.length),
    order: [],
    tokens: 0,
    latin: 0,
    other: 0,
    status: COMPLETE,
  };
}

/** Counts a hit of distinctive word `k`. */
function hit(tally: LatinTally, d: Distinctive, k: number): void {
  const lang = d.langs[k]!;
  if (tally.hits[lang] === 0) tally.order.push(lang);
  tally.hits[lang]!++;
}

/**
 * The fixed numbers of the sample loop (`readSample`), as a const enum: esbuild writes its
 * members into the code as literals, where a module-level `const` becomes a variable of the
 * bundle, read at each use (measured about a fifth slower in this loop on Node 20).
 */
const enum Sample {
  /** `TOKEN_INFO` bits 0–15: the unit's form in a token (lower case, a digit as "0") … */
  Code = 0xffff,
  /** … a word character (letter or digit); `(v << WordLift) >> 31` is -1 for one, else 0 … */
  Word = 1 << 16,
  WordLift = 15,
  /** … a digit, likewise … */
  Digit = 1 << 17,
  DigitLift = 14,
  /** … unsafe to lower alone (`INFO_UNSAFE`), filled (0 = not computed yet) … */
  Unsafe = 1 << 18,
  Known = 1 << 19,
  /**
   * … and from bit 20, the unit's addition to the letter counts: 1 for a Latin letter, 2^9
   * (`OtherLift`) for a Cyrillic or Greek one, summed over at most `Chunk` units at a time.
   */
  CountShift = 20,
  OtherLift = 9,
  Chunk = (1 << 9) - 1,
  /** Presence bits of the distinctive words: 2048 × 32, by the low 16 bits of the hash. */
  PresentMask = 2047,
}

/** Facts of a code unit for `readSample`, packed (`Sample`), filled on first use. */
const TOKEN_INFO = new Int32Array(0x10000);

function tokenInfo(c: number): number {
  const info = charInfo(c);
  const cls = (info >>> INFO_CLASS_SHIFT) & 3;
  const v =
    Sample.Known |
    (cls === 2 ? 48 : info & 0xffff) |
    (cls !== 0 ? Sample.Word : 0) |
    (cls === 2 ? Sample.Digit : 0) |
    (info & INFO_UNSAFE ? Sample.Unsafe : 0) |
    (SCRIPT[c] === LATIN ? 1 << Sample.CountShift : 0) |
    (SCRIPT[c]! > LATIN ? 1 << (Sample.CountShift + Sample.OtherLift) : 0);
  TOKEN_INFO[c] = v;
  return v;
}

/**
 * Tallies the Latin tokens of `text[from..to)` and counts its Latin and other letters, in one
 * pass. With `probe`, it stops after `LANGUAGE_PROBE_CHARS` when the sample does not look Latin.
 * Token starts, ends and hashes are computed for every unit with masks, not branches (a branch
 * per word boundary mispredicts); the loop branches only when a token ends whose hash has its bit
 * set among the distinctive words' presence bits (about a third of the tokens, most of them hits).
 */
export function readSample(text: string, from: number, to: number, probe: boolean): LatinTally {
  const d = distinctiveWords();
  const tally = newTally();
  const present = d.present;
  let seen = 0;
  let h = 0; // FNV-1a from 0: masking with `word` resets it between tokens
  let inWord = 0; // -1 inside a token
  let length = 0; // of the token so far
  let tokens = 0;
  let latin = 0;
  let other = 0;
  let end = probe ? Math.min(to, from + LANGUAGE_PROBE_CHARS) : to;
  let i = from;
  for (;;) {
    const stop = Math.min(end, i + Sample.Chunk);
    let counts = 0;
    for (; i < stop; i++) {
      const c = text.charCodeAt(i);
      const v = TOKEN_INFO[c] || tokenInfo(c);
      counts += v >>> Sample.CountShift;
      seen |= v;
      const word = (v << Sample.WordLift) >> 31;
      // A token ends (a digit-first one never matches: no distinctive word starts with "0").
      if ((inWord & ~word & (present[(h >>> 5) & Sample.PresentMask]! >> h) & 1) !== 0)
        lookup(tally, d, h, text, i - length, i);
      // A token starts, not with a digit.
      tokens -= word & ~inWord & ~((v << Sample.DigitLift) >> 31);
      length = (length + 1) & word;
      h = hashStep(h, v & Sample.Code) & word;
      inWord = word;
    }
    latin += counts & Sample.Chunk;
    other += counts >>> Sample.OtherLift;
    if (i < end) continue;
    if (end === to) break;
    end = to;
    if (latin <= other) {
      tally.latin = latin;
      tally.other = other;
      tally.status = ABANDONED;
      return tally;
    }
  }
  if (inWord && (present[(h >>> 5) & Sample.PresentMask]! >> h) & 1)
    lookup(tally, d, h, text, to - length, to);
  tally.tokens = tokens;
  tally.latin = latin;
  tally.other = other;
  if (seen & Sample.Unsafe) tally.status = UNSAFE;
  return tally;
}

/** Counts a hit when the token `text[from..to)` with hash `h` is a distinctive word. */
function lookup(
  tally: LatinTally,
  d: Distinctive,
  h: number,
  text: string,
  from: number,
  to: number,
): void {
  const { slots, mask, offsets, units } = d;
  for (let s = h & mask; ; s = (s + 1) & mask) {
    const k = slots[2 * s + 1]! - 1;
    if (k < 0) return;
    if (slots[2 * s] !== h) continue;
    let u = offsets[k]!;
    if (offsets[k + 1]! - u !== to - from) continue;
    let i = from;
    while (i < to && (TOKEN_INFO[text.charCodeAt(i)]! & Sample.Code) === units[u]) {
      i++;
      u++;
    }
    if (i === to) {
      hit(tally, d, k);
      return;
    }
  }
}

/** `readSample`'s tally through the string normalisation (context-dependent lowering). */
export function latinTokensInContext(text: string, from: number, to: number): LatinTally {
  const d = distinctiveWords();
  const tally = newTally();
  for (const token of normalizeLine(text.slice(from, to)).split(' ')) {
    if (!token || token.charCodeAt(0) === 48) continue;
    tally.tokens++;
    const h = hashString(token, 0, token.length, 0);
    for (let s = h & d.mask; d.slots[2 * s + 1] !== 0; s = (s + 1) & d.mask) {
      const k = d.slots[2 * s + 1]! - 1;
      if (d.slots[2 * s] === h && d.words[k] === token) {
        hit(tally, d, k);
        break;
      }
    }
  }
  return tally;
}
