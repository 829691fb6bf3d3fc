/**
 * Language detection from the text alone: the dominant script decides Greek and separates
 * Cyrillic from Latin; Ukrainian and Bulgarian are told from Russian by their own letters; Latin
 * languages by which stop-word list covers most tokens. Returns an ISO 639-1 code or 'und'.
 */
import {
  ABANDONED,
  CYRILLIC,
  FOREIGN,
  GREEK,
  HARD_SIGN,
  LATIN,
  latinTokensInContext,
  readSample,
  SCRIPT,
  UKRAINIAN,
  UNSAFE,
  YERY,
  type LatinTally,
} from './languageSample';
import { LATIN_LANGUAGES } from './data/stopwords/index';
import { readFromMiddle } from './languageMiddle';

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
/**
 * Share of the sample's words that must be distinctive stop words of the Latin language that
 * wins, or the text is in a language we have no list for ('und'). Text in another script (Arabic,
 * Japanese, Devanagari) with a Latin menu, or in Turkish, Hungarian, Indonesian, Swedish…, hits a
 * list now and then (0.1–4.6% of words); text in the language hits it far more often. The floors
 * sit well under the lowest share of text in the language (en 15%, de 4.7% (a page whose sample
 * is mostly menus), pl 6.8%, es 8%, pt 7%, cs 2.9%; words of Czech are long and its list short).
 */
export const LATIN_MIN_HIT_SHARE: Readonly<Record<string, number>> = {
  en: 0.07,
  de: 0.03,
  fr: 0.05,
  it: 0.05,
  es: 0.05,
  pt: 0.05,
  pl: 0.03,
  cs: 0.02,
  nl: 0.05,
  sv: 0.03,
  da: 0.015,
  no: 0.03,
};

/** `LATIN_MIN_HIT_SHARE` by index in `LATIN_LANGUAGES`. */
const MIN_SHARES: readonly number[] = LATIN_LANGUAGES.map((l) => LATIN_MIN_HIT_SHARE[l] ?? 0);

/**
 * The language of `text` from a sample of `LANGUAGE_SAMPLE_CHARS` from its middle. A Latin
 * sample is read from its middle outward and stops once its language is decided
 * (`languageMiddle.ts`); otherwise the sample is read once (`languageSample.ts`; scripts are
 * counted exactly in a second pass only when the letters are not mostly Latin).
 */
export function detectLanguage(text: string): string {
  const from = text.length > LANGUAGE_SAMPLE_CHARS ? (text.length - LANGUAGE_SAMPLE_CHARS) >> 1 : 0;
  const to = Math.min(text.length, from + LANGUAGE_SAMPLE_CHARS);
  const early = readFromMiddle(text, from, to, LANGUAGE_MIN_LETTERS, LATIN_MIN_TOKENS, MIN_SHARES);
  if (typeof early === 'number') return LATIN_LANGUAGES[early]!;
  const tally = early ?? readSample(text, from, to, true);
  // More Latin letters than letters of all other scripts together: Latin whatever the exact counts.
  if (tally.status !== ABANDONED && tally.latin > tally.other) {
    if (tally.latin + tally.other < LANGUAGE_MIN_LETTERS) return 'und';
    return latinLanguage(text, from, to, tally);
  }
  const counts = scriptCounts(text, from, to);
  const latin = counts[LATIN]!;
  const greek = counts[GREEK]!;
  const ukr = counts[UKRAINIAN]!;
  const hard = counts[HARD_SIGN]!;
  const yery = counts[YERY]!;
  const cyrillic = counts[CYRILLIC]! + ukr + hard + yery;
  const letters = latin + cyrillic + greek;
  // Mostly letters of a script we have no language for (a Hindi or Arabic page under a Latin
  // menu): no stop-word list fits it.
  if (letters < LANGUAGE_MIN_LETTERS || counts[FOREIGN]! >= letters) return 'und';
  if (greek >= latin && greek >= cyrillic) return 'el';
  if (cyrillic >= latin) {
    if (ukr / cyrillic > UKRAINIAN_LETTER_SHARE) return 'uk';
    if (yery === 0 && hard / cyrillic > BULGARIAN_HARD_SIGN_SHARE) return 'bg';
    return 'ru';
  }
  return latinLanguage(text, from, to, tally);
}

/**
 * The Latin language whose distinctive stop words occur most often among the sample's tokens
 * (words of its normalisation that do not start with a digit), or 'und'; a tie goes to the
 * language hit first. Tokens are lowered and hashed unit by unit and confirmed against the word;
 * a sample with a unit that lowers differently in context goes through `normalizeLine`.
 */
function latinLanguage(text: string, from: number, to: number, read: LatinTally): string {
  let tally = read;
  if (tally.status === ABANDONED) tally = readSample(text, from, to, false);
  if (tally.status === UNSAFE) tally = latinTokensInContext(text, from, to);
  let best = -1;
  let bestHits = 0;
  for (const lang of tally.order) {
    if (tally.hits[lang]! > bestHits) {
      best = lang;
      bestHits = tally.hits[lang]!;
    }
  }
  if (tally.tokens < LATIN_MIN_TOKENS || best < 0) return 'und';
  return bestHits >= tally.tokens * MIN_SHARES[best]! ? LATIN_LANGUAGES[best]! : 'und';
}

/**
 * Code units of `text[from..to)` per script (`SCRIPT`), counted into two arrays by turns: one
 * counter read back per unit slows the loop down (measured a fifth slower).
 */
function scriptCounts(text: string, from: number, to: number): Int32Array {
  const counts = new Int32Array(FOREIGN + 1);
  const odd = new Int32Array(FOREIGN + 1);
  let i = from;
  for (; i + 1 < to; i += 2) {
    counts[SCRIPT[text.charCodeAt(i)]!]!++;
    odd[SCRIPT[text.charCodeAt(i + 1)]!]!++;
  }
  if (i < to) counts[SCRIPT[text.charCodeAt(i)]!]!++;
  for (let s = 0; s <= FOREIGN; s++) counts[s]! += odd[s]!;
  return counts;
}
