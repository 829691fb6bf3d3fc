/**
 * Pass 2, features: shallow, language-aware measurements of each block. No decisions here.
 * Each block is scanned a fixed number of times (normalisation, letters/capitals), so the pass is
 * linear in the text.
 */
import type { CorpusStats } from '../corpus';
import { stopwordSet } from '../data/stopwords/index';
import { lowerUnit, wordClass } from './chars';
import {
  FEATURE_SAMPLE_CHARS,
  NORM_SAMPLE_CHARS,
  CREDIT_LINE_MAX_WORDS,
  DATED_LINE_MAX_WORDS,
  LEGAL_LINE_MAX_WORDS,
  PHRASE_LINE_MAX_WORDS,
  REPEAT_KEY_MAX_CHARS,
  STOPWORD_SAMPLE_WORDS,
  TEASER_TAIL_CHARS,
} from './constants';
import { normalizeLine } from './normalize';
import {
  endsWithTeaserMarker,
  hasLegalPhrase,
  LEGAL_OPENERS,
  matchPhrase,
  type PhraseMatch,
} from './phrases';
import type { Block } from './segment';

export interface Features {
  /** Characters of the content (bullet and outer whitespace removed, inner runs collapsed). */
  readonly chars: number;
  /** Words (runs of letters and digits). */
  readonly words: number;
  /** Stop words of the document's language / words (0 when the language has no list). */
  readonly stopDensity: number;
  /** Ends like a sentence: . ! ? … (also behind closing quotes/brackets such as » ” ")). */
  readonly endsSentence: boolean;
  /** Ends with a colon (introduces a quote or a list). */
  readonly endsColon: boolean;
  /** Letters / non-space characters. */
  readonly letterRatio: number;
  /** No letters at all: prices, times, counters, dates in digits. */
  readonly noLetters: boolean;
  /** Words that start with an upper-case letter / words with letters. */
  readonly capRatio: number;
  /** Ends with a "read more" marker: a teaser of another article. */
  readonly teaser: boolean;
  /** Ends with "…" or "...": a cut-off teaser, or a sentence trailing off. */
  readonly ellipsis: boolean;
  /** A short line that carries a date or a time in digits (timestamps of comments, lists). */
  readonly dated: boolean;
  /** A photo credit or caption marker ("Photo: Reuters", "Фото: EPA", "Fot. PAP", "Getty Images"). */
  readonly credit: boolean;
  /** The phrase list that matches this (short) line best, with the share of the line it covers. */
  readonly phrase: PhraseMatch | undefined;
  /** A copyright/cookie/terms notice (©, "all rights reserved", "uses cookies"…). */
  readonly legal: boolean;
  /** cc_net-normalised text, the repetition key ('' for lines too long to be template). */
  readonly key: string;
  /** How many lines of this page share the key (1 = unique). */
  readonly pageRepeats: number;
  /** In how many documents of the corpus the key occurs (0 without a corpus). */
  readonly corpusDocs: number;
}

/**
 * A time (9:38, 10.44am) or a numeric date (14.01.2012, 2012-01-14, 1/14/12), or a year next to
 * another number ("January 14, 2012", "14 января 2012").
 */
const DATE_OR_TIME =
  /(?<!\d)(?:\d{1,2}[:.]\d{2}(?!\d)|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?!\d)|\d{1,2}\D{1,12}(?:19|20)\d{2}(?!\d))/u;

/** Photo credits and captions: a credit word followed by a colon or a full stop, or an agency. */
const CREDIT_MARK =
  /(?<![\p{L}])(?:photo|photos|image|picture|credit|courtesy|фото|фотография|fot|foto|zdjęcie|φωτογραφία|φωτο)(?:\s*[:.]|\s+(?:by|courtesy))|getty images|shutterstock|\/\s*(?:afp|ap|reuters|epa|pap)\b/iu;

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = '"\'»”’“)]›」*';
/** Sentence-final marks (Greek ";" is a question mark). */
const FINAL = '.!?…;。！？؟';

const STOP = 1;
const LEGAL_OPENER = 2;
/** Legal prefix entries cannot be pre-checked word by word: with any, check every line. */
const LEGAL_PREFIX_HINT = LEGAL_OPENERS.prefixes.size > 0;
const flagCache = new Map<string, ReadonlyMap<number, number>>();

/**
 * 30-bit FNV-1a hash of a word's code units: words are looked up by hash while the line is
 * scanned, without cutting strings. A collision (about one in 10^6 lookups against a list of a
 * thousand words) miscounts one word of one line.
 */
function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 16777619);
}
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_MASK = 0x3fffffff;

function hashWord(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h & HASH_MASK;
}

/** Word hash → flags (STOP, LEGAL_OPENER) for a language, built once. */
function wordFlags(language: string): ReadonlyMap<number, number> {
  let map = flagCache.get(language);
  if (!map) {
    const m = new Map<number, number>();
    const add = (w: string, flag: number) => {
      const norm = normalizeLine(w);
      if (norm && !norm.includes(' ')) m.set(hashWord(norm), (m.get(hashWord(norm)) ?? 0) | flag);
    };
    for (const w of stopwordSet(language)) add(w, STOP);
    for (const w of LEGAL_OPENERS.words) add(w, LEGAL_OPENER);
    map = m;
    flagCache.set(language, map);
  }
  return map;
}

/** The repetition key of a line: its normalisation, or '' when it is too long to be template. */
export function repeatKey(norm: string): string {
  return norm.length <= REPEAT_KEY_MAX_CHARS ? norm : '';
}

/** Lines longer than this are not normalised whole (their key is never used). */
const NORM_FULL_CHARS = REPEAT_KEY_MAX_CHARS * 2;

export function computeFeatures(
  blocks: readonly Block[],
  language: string,
  corpus?: CorpusStats,
): Features[] {
  const lookup = wordFlags(language);
  const norms = blocks.map((b) => (b.text.length <= NORM_FULL_CHARS ? normalizeLine(b.text) : ''));
  const counts = new Map<string, number>();
  for (const n of norms) {
    const key = repeatKey(n);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return blocks.map((b, i) => {
    const text = b.text;
    const long = text.length > NORM_FULL_CHARS;
    const norm = norms[i]!;
    const key = repeatKey(norm);
    const sampled = text.length > FEATURE_SAMPLE_CHARS;
    const shape = scanShape(text, sampled ? FEATURE_SAMPLE_CHARS : text.length, lookup);
    const words = sampled
      ? Math.round((shape.words * text.length) / FEATURE_SAMPLE_CHARS)
      : shape.words;
    const phrase = !long && words <= PHRASE_LINE_MAX_WORDS ? matchPhrase(norm) : undefined;
    const legalCheck = () => {
      if (!shape.legalOpener && !LEGAL_PREFIX_HINT) return false;
      return hasLegalPhrase(text, long ? normalizeLine(text.slice(0, NORM_SAMPLE_CHARS)) : norm);
    };
    return {
      chars: text.length,
      words,
      stopDensity: shape.sampleWords ? shape.stops / shape.sampleWords : 0,
      endsSentence: endsWith(text, FINAL),
      endsColon: endsWith(text, ':'),
      letterRatio: shape.nonSpace ? shape.letters / shape.nonSpace : 0,
      noLetters: shape.letters === 0 && !sampled,
      capRatio: shape.lettered ? shape.caps / shape.lettered : 0,
      teaser: endsWithTeaserMarker(text, TEASER_TAIL_CHARS),
      ellipsis: text.endsWith('…') || text.endsWith('...'),
      dated: shape.digits > 0 && words <= DATED_LINE_MAX_WORDS && DATE_OR_TIME.test(text),
      phrase,
      credit: words <= CREDIT_LINE_MAX_WORDS && CREDIT_MARK.test(text),
      legal:
        phrase?.kind === 'legal' ||
        (words <= LEGAL_LINE_MAX_WORDS &&
          (text.includes('©') || (words > PHRASE_LINE_MAX_WORDS && legalCheck()))),
      key,
      pageRepeats: key ? (counts.get(key) ?? 1) : 1,
      corpusDocs: corpus && key ? (corpus.lineDocumentCounts.get(key) ?? 0) : 0,
    };
  });
}

interface Shape {
  letters: number;
  nonSpace: number;
  /** Words that contain a letter. */
  lettered: number;
  /** … and start with a capital. */
  caps: number;
  digits: number;
  /** Runs of letters and digits (the words of the normalisation). */
  words: number;
  /** Stop words among the first STOPWORD_SAMPLE_WORDS words, and how many words that was. */
  stops: number;
  sampleWords: number;
  /** One of those words may open a legal-notice phrase. */
  legalOpener: boolean;
}

/**
 * One pass over the first `limit` characters: letters, spaces, capitalised words, digits, words,
 * and stop words (looked up by the hash of each lower-cased word, digits as 0 like the
 * normalisation).
 */
function scanShape(text: string, limit: number, lookup: ReadonlyMap<number, number>): Shape {
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
  let h = HASH_SEED;
  for (let k = 0; k <= limit; k++) {
    const raw = k < limit ? text.charCodeAt(k) : 32;
    if (raw === 32 && k < limit) spaces++;
    const cls = wordClass(raw);
    if (cls === 0) {
      if (inWord && sampleWords < STOPWORD_SAMPLE_WORDS) {
        sampleWords++;
        const flags = lookup.get(h & HASH_MASK);
        if (flags !== undefined) {
          if (flags & STOP) stops++;
          if (flags & LEGAL_OPENER) legalOpener = true;
        }
      }
      inWord = false;
      continue;
    }
    const c = cls === 1 ? lowerUnit(raw) : 48;
    if (!inWord) {
      words++;
      h = HASH_SEED;
      if (cls === 1) {
        lettered++;
        if (c !== raw) caps++;
      }
    }
    if (cls === 2) digits++;
    else letters++;
    h = hashStep(h, c);
    inWord = true;
  }
  return {
    letters,
    nonSpace: limit - spaces,
    lettered,
    caps,
    digits,
    words,
    stops,
    sampleWords,
    legalOpener,
  };
}

/** True when the text's last character, skipping closing quotes/brackets, is one of `marks`. */
function endsWith(text: string, marks: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && CLOSERS.includes(text[k]!)) k--;
  return k >= 0 && marks.includes(text[k]!);
}
