/** Small text helpers for attribution: word tokens, sentence ends, capitalised name runs. */

export interface Token {
  readonly text: string;
  readonly lower: string;
  /** Absolute UTF-16 offsets in the document. */
  readonly start: number;
  readonly end: number;
}

/**
 * True for a letter, digit or combining mark, by code unit and without regular expressions (they
 * dominate the cost otherwise): ASCII alphanumerics, and everything from U+00C0 up except the
 * Latin-1 signs × ÷, general punctuation and symbols (U+2000–U+2BFF), CJK punctuation, surrogates
 * and presentation forms. Good for the scripts of news text; a rare symbol may count as a letter.
 */
export function isWordCode(c: number): boolean {
  if (c < 0x80)
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfe00 && c <= 0xfe6f) return false;
  return !(c >= 0xff00 && c <= 0xff0f);
}

/** Characters that join two word parts into one token: hyphen, apostrophes, non-breaking hyphen. */
const isJoiner = (c: number): boolean => c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2011;

/**
 * A token whose lower case is computed on first use: most tokens of a context window are never
 * compared by their lower case, and `toLowerCase` per token was the largest cost of `tokenize`.
 */
class WordToken implements Token {
  #lower: string | undefined;
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}
  get lower(): string {
    return (this.#lower ??= this.text.toLowerCase());
  }
}

/** Word tokens of text[start, end) (at most `max`), with absolute offsets. */
export function tokenize(text: string, start: number, end: number, max = Infinity): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end && out.length < max) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    for (;;) {
      while (i < end && isWordCode(text.charCodeAt(i))) i++;
      if (i + 1 < end && isJoiner(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) i++;
      else break;
    }
    out.push(new WordToken(text.slice(s, i), s, i));
  }
  return out;
}

/** Number of word tokens in text[start, end). */
export function countWords(text: string, start = 0, end = text.length): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const w = isWordCode(text.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w || (inWord && isJoiner(text.charCodeAt(i)));
  }
  return n;
}

export function isCapitalised(t: Token): boolean {
  const c = t.text[0]!;
  return c !== c.toLowerCase();
}

/** Titles and abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'st',
  'jr',
  'sr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'no',
  'vs',
  'inc',
  'corp',
  'co',
  'ltd',
  'rev',
  'hon',
  'pres',
  'ft',
  'mt',
  'ca',
  'bzw',
  'vgl',
  'nr',
  'hr',
  'fr',
  'str',
  'z',
  'b',
  'gr',
  'ul',
  'ing',
  'mgr',
  'mudr',
  'judr',
  'phdr',
  'doc',
  'tzv',
  'tj',
  'mil',
  'tis',
  'mld',
  'г',
  'гг',
  'им',
  'ул',
  'т',
  'д',
  'е',
  'тыс',
  'млн',
  'млрд',
  'р',
  'руб',
  'тис',
  'ім',
  'вул',
  'etc',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** True when text[i] ('.', '!', '?' or '…') ends a sentence. */
export function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…') return false;
  let j = i + 1;
  while (j < text.length && (text[j] === '.' || text[j] === ')' || text[j] === ']')) j++;
  if (j < text.length && !/\s/u.test(text[j]!)) return false; // 3.5, U.S.A
  while (j < text.length && /[ \t\u00a0]/u.test(text[j]!)) j++;
  const next = text[j];
  if (next !== undefined && next !== '\n' && /\p{Ll}/u.test(next)) return false;
  if (c === '.') {
    let k = i;
    while (k > 0 && /[\p{L}]/u.test(text[k - 1]!)) k--;
    const word = text.slice(k, i);
    if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // initials: J. Smith
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  }
  return true;
}

/** Particles that may sit inside a name ("Ludwig van Beethoven", "Herr v. Ficquelmont"). */
const NAME_PARTICLES = new Set([
  'von',
  'van',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'y',
  'v',
  'zu',
  'dos',
  'das',
  'del',
  'ter',
  'ten',
]);

/** A run of capitalised tokens (with name particles between them): [first, last] token indices. */
export interface Run {
  readonly from: number;
  readonly to: number;
}

/** Whether the gap between two tokens may lie inside a name ("Sen. Claire", "Jean-Paul"). */
function nameGap(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return /^(?:\.?[ \u00a0]+|\.)$/u.test(gap) && (gap[0] !== '.' || a.text.length <= 4);
}

/** Runs of capitalised tokens in tokens[from, to). */
export function nameRuns(text: string, toks: readonly Token[], from = 0, to = toks.length): Run[] {
  const runs: Run[] = [];
  let i = from;
  while (i < to) {
    if (!isCapitalised(toks[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < to && nameGap(text, toks[j]!, toks[j + 1]!)) {
      const n = toks[j + 1]!;
      if (isCapitalised(n)) j++;
      else if (
        NAME_PARTICLES.has(n.lower) &&
        j + 2 < to &&
        isCapitalised(toks[j + 2]!) &&
        nameGap(text, n, toks[j + 2]!)
      )
        j += 2;
      else break;
    }
    runs.push({ from: i, to: j });
    i = j + 1;
  }
  return runs;
}
