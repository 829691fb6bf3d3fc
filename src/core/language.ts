/**
 * Language detection from the text alone: the dominant script decides Greek and separates
 * Cyrillic from Latin; Ukrainian and Bulgarian are told from Russian by their own letters; Latin
 * languages by which stop-word list covers most tokens. Returns an ISO 639-1 code or 'und'.
 */
import { CHAR_INFO, charInfo, INFO_CLASS_SHIFT, INFO_UNSAFE } from './boilerplate/chars';
import { HashTable, hashStep, hashString, HASH_SEED } from './boilerplate/hashing';
import { normalizeLine } from './boilerplate/normalize';
import { STOPWORD_LISTS } from './data/stopwords/index';

/**
 * Only this many characters are read, from the middle of the text (where the article usually is;
 * page chrome at the top may be in another language). The detection is stable long before.
 */
export const LANGUAGE_SAMPLE_CHARS = 8000;
/** Fewer letters than this: too little text to tell, 'und'. */
export const LANGUAGE_MIN_LETTERS = 20;
/** Share of Cyrillic letters that are і ї є ґ above which Cyrillic text is Ukrainian. */
export const UKRAINIAN_LETTER_SHARE = 0.01;
/** Share of Cyrillic letters that are ъ (with no ы) above which the text is Bulgarian. */
export const BULGARIAN_HARD_SIGN_SHARE = 0.01;
/** Latin-script text needs at least this many words to be assigned a language. */
export const LATIN_MIN_TOKENS = 5;

const LATIN_LANGUAGES = ['en', 'pl', 'de', 'fr', 'it', 'es', 'pt', 'cs'] as const;

/**
 * Stop words that are in only one of the Latin lists: the distinctive ones, looked up by the hash
 * of a token (`boilerplate/hashing.ts`): table value = index + 1 into `words`/`langs`, `next`
 * chains words with the same hash.
 */
interface Distinctive {
  table: HashTable;
  words: string[];
  langs: number[];
  next: number[];
}
let distinctive: Distinctive | undefined;
function distinctiveWords(): Distinctive {
  if (distinctive) return distinctive;
  const owner = new Map<string, string | null>();
  for (const lang of LATIN_LANGUAGES) {
    for (const w of STOPWORD_LISTS[lang] ?? [])
      owner.set(w, owner.has(w) && owner.get(w) !== lang ? null : lang);
  }
  const d: Distinctive = { table: new HashTable(2048), words: [], langs: [], next: [] };
  for (const [w, lang] of owner) {
    if (!lang) continue;
    const h = hashString(w);
    d.words.push(w);
    d.langs.push(LATIN_LANGUAGES.indexOf(lang as (typeof LATIN_LANGUAGES)[number]));
    d.next.push(d.table.get(h));
    d.table.set(h, d.words.length);
  }
  distinctive = d;
  return d;
}

/** Script of a code unit for the counts: none, Latin, Cyrillic (other, і ї є ґ, ъ, ы), Greek. */
const LATIN = 1;
const CYRILLIC = 2;
const UKRAINIAN = 3;
const HARD_SIGN = 4;
const YERY = 5;
const GREEK = 6;
const SCRIPT = new Uint8Array(0x10000);
SCRIPT.fill(LATIN, 0x41, 0x5b).fill(LATIN, 0x61, 0x7b).fill(LATIN, 0xc0, 0x250);
SCRIPT.fill(CYRILLIC, 0x400, 0x500).fill(GREEK, 0x370, 0x400).fill(GREEK, 0x1f00, 0x2000);
// і ї є ґ (and capitals); ъ; ы
for (const c of [0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404, 0x490]) SCRIPT[c] = UKRAINIAN;
SCRIPT[0x44a] = SCRIPT[0x42a] = HARD_SIGN;
SCRIPT[0x44b] = SCRIPT[0x42b] = YERY;

export function detectLanguage(text: string): string {
  const from = text.length > LANGUAGE_SAMPLE_CHARS ? (text.length - LANGUAGE_SAMPLE_CHARS) >> 1 : 0;
  const to = Math.min(text.length, from + LANGUAGE_SAMPLE_CHARS);
  const counts = new Int32Array(GREEK + 1);
  for (let i = from; i < to; i++) counts[SCRIPT[text.charCodeAt(i)]!]!++;
  const latin = counts[LATIN]!;
  const greek = counts[GREEK]!;
  const ukr = counts[UKRAINIAN]!;
  const hard = counts[HARD_SIGN]!;
  const yery = counts[YERY]!;
  const cyrillic = counts[CYRILLIC]! + ukr + hard + yery;
  const letters = latin + cyrillic + greek;
  if (letters < LANGUAGE_MIN_LETTERS) return 'und';
  if (greek >= latin && greek >= cyrillic) return 'el';
  if (cyrillic >= latin) {
    if (ukr / cyrillic > UKRAINIAN_LETTER_SHARE) return 'uk';
    if (yery === 0 && hard / cyrillic > BULGARIAN_HARD_SIGN_SHARE) return 'bg';
    return 'ru';
  }
  return latinLanguage(text, from, to);
}

/** Hits of the distinctive stop words per Latin language, and in which order languages were first hit. */
interface LatinTally {
  readonly hits: Int32Array;
  readonly order: number[];
  tokens: number;
}

/**
 * The Latin language whose distinctive stop words occur most often among the sample's tokens
 * (words of its normalisation that do not start with a digit), or 'und'; a tie goes to the
 * language hit first. Tokens are lowered and hashed unit by unit and confirmed against the word;
 * a sample with a unit that lowers differently in context goes through `normalizeLine`.
 */
function latinLanguage(text: string, from: number, to: number): string {
  const d = distinctiveWords();
  const tally = latinTokens(text, from, to, d) ?? latinTokensInContext(text, from, to, d);
  let best = 'und';
  let bestHits = 0;
  for (const lang of tally.order) {
    if (tally.hits[lang]! > bestHits) {
      best = LATIN_LANGUAGES[lang]!;
      bestHits = tally.hits[lang]!;
    }
  }
  return tally.tokens >= LATIN_MIN_TOKENS && bestHits > 0 ? best : 'und';
}

function newTally(): LatinTally {
  return { hits: new Int32Array(LATIN_LANGUAGES.length), order: [], tokens: 0 };
}

/** Counts a hit of distinctive word `k`. */
function hit(tally: LatinTally, d: Distinctive, k: number): void {
  const lang = d.langs[k]!;
  if (tally.hits[lang] === 0) tally.order.push(lang);
  tally.hits[lang]!++;
}

/**
 * The tally of the sample read in place, or undefined when a unit in it is not safe to lower
 * alone (checked once at the end: such units are rare, and the slow path then starts over).
 */
function latinTokens(
  sample: string,
  sampleFrom: number,
  sampleTo: number,
  d: Distinctive,
): LatinTally | undefined {
  const tally = newTally();
  let seen = 0;
  let i = sampleFrom;
  let info = 0;
  for (;;) {
    // Separators up to the next token (whose first unit's facts are then in `info`).
    for (; i < sampleTo; i++) {
      const c = sample.charCodeAt(i);
      info = CHAR_INFO[c] || charInfo(c);
      seen |= info;
      if ((info >>> INFO_CLASS_SHIFT) & 3) break;
    }
    if (i >= sampleTo) break;
    const from = i;
    const digitFirst = ((info >>> INFO_CLASS_SHIFT) & 3) === 2;
    let h = HASH_SEED;
    for (;;) {
      h = hashStep(h, ((info >>> INFO_CLASS_SHIFT) & 3) === 2 ? 48 : info & 0xffff);
      if (++i >= sampleTo) break;
      const c = sample.charCodeAt(i);
      info = CHAR_INFO[c] || charInfo(c);
      seen |= info;
      if (((info >>> INFO_CLASS_SHIFT) & 3) === 0) break;
    }
    if (digitFirst) continue;
    tally.tokens++;
    for (let e = d.table.get(h); e; e = d.next[e - 1]!) {
      if (sameToken(d.words[e - 1]!, sample, from, i)) {
        hit(tally, d, e - 1);
        break;
      }
    }
  }
  return seen & INFO_UNSAFE ? undefined : tally;
}

/** `latinTokens` through the string normalisation (context-dependent lowering). */
function latinTokensInContext(text: string, from: number, to: number, d: Distinctive): LatinTally {
  const tally = newTally();
  for (const token of normalizeLine(text.slice(from, to)).split(' ')) {
    if (!token || token.charCodeAt(0) === 48) continue;
    tally.tokens++;
    for (let e = d.table.get(hashString(token)); e; e = d.next[e - 1]!) {
      if (d.words[e - 1] === token) {
        hit(tally, d, e - 1);
        break;
      }
    }
  }
  return tally;
}

/** True when `word` is the normalised form of `sample[from..to)` (a run of word characters). */
function sameToken(word: string, sample: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) {
    const info = CHAR_INFO[sample.charCodeAt(from + i)]!;
    const c = ((info >>> INFO_CLASS_SHIFT) & 3) === 2 ? 48 : info & 0xffff;
    if (word.charCodeAt(i) !== c) return false;
  }
  return true;
}
