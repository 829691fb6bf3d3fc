/**
 * Pass 2, features: shallow, language-aware measurements of each block. No decisions here.
 * Each block is scanned a fixed number of times (normalisation, letters/capitals), so the pass is
 * linear in the text.
 */
import type { CorpusStats } from '../corpus';
import { stopwordSet } from '../data/stopwords/index';
import { wordClass } from './chars';
import {
  FEATURE_SAMPLE_CHARS,
  DATED_LINE_MAX_WORDS,
  LEGAL_LINE_MAX_WORDS,
  PHRASE_LINE_MAX_WORDS,
  REPEAT_KEY_MAX_CHARS,
  TEASER_TAIL_CHARS,
} from './constants';
import { normalizeLine } from './normalize';
import { endsWithTeaserMarker, hasLegalPhrase, matchPhrase, type PhraseMatch } from './phrases';
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
  /** Ends with "…"/"..." or a "read more" marker: a teaser of another article. */
  readonly teaser: boolean;
  /** A short line that carries a date or a time in digits (timestamps of comments, lists). */
  readonly dated: boolean;
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

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = '"\'»”’“)]›」*';
/** Sentence-final marks (Greek ";" is a question mark). */
const FINAL = '.!?…;。！？؟';

/** The repetition key of a line: its normalisation, or '' when it is too long to be template. */
export function repeatKey(norm: string): string {
  return norm.length <= REPEAT_KEY_MAX_CHARS ? norm : '';
}

export function computeFeatures(
  blocks: readonly Block[],
  language: string,
  corpus?: CorpusStats,
): Features[] {
  const stop = stopwordSet(language);
  const norms = blocks.map((b) =>
    normalizeLine(
      b.text.length > FEATURE_SAMPLE_CHARS ? b.text.slice(0, FEATURE_SAMPLE_CHARS) : b.text,
    ),
  );
  const counts = new Map<string, number>();
  for (const n of norms) {
    const key = repeatKey(n);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return blocks.map((b, i) => {
    const norm = norms[i]!;
    const key = repeatKey(norm);
    const text = b.text;
    const sampled = text.length > FEATURE_SAMPLE_CHARS;
    const tokens = norm ? norm.split(' ') : [];
    let stops = 0;
    for (const t of tokens) if (stop.has(t)) stops++;
    const words = sampled
      ? Math.round((tokens.length * text.length) / FEATURE_SAMPLE_CHARS)
      : tokens.length;
    const shape = scanShape(text, sampled ? FEATURE_SAMPLE_CHARS : text.length);
    const phrase = words <= PHRASE_LINE_MAX_WORDS ? matchPhrase(norm, tokens) : undefined;
    const tailNorm = sampled ? normalizeLine(text.slice(-TEASER_TAIL_CHARS)) : norm;
    return {
      chars: text.length,
      words,
      stopDensity: tokens.length ? stops / tokens.length : 0,
      endsSentence: endsWith(text, FINAL),
      endsColon: endsWith(text, ':'),
      letterRatio: shape.nonSpace ? shape.letters / shape.nonSpace : 0,
      noLetters: shape.letters === 0 && !sampled,
      capRatio: shape.lettered ? shape.caps / shape.lettered : 0,
      teaser: text.endsWith('…') || text.endsWith('...') || endsWithTeaserMarker(tailNorm),
      dated: shape.digits > 0 && words <= DATED_LINE_MAX_WORDS && DATE_OR_TIME.test(text),
      phrase,
      legal:
        phrase?.kind === 'legal' ||
        (words <= LEGAL_LINE_MAX_WORDS &&
          (text.includes('©') || (words > PHRASE_LINE_MAX_WORDS && hasLegalPhrase(text, norm)))),
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
}

/** Letters, non-space characters and capitalised words among the first `limit` characters. */
function scanShape(text: string, limit: number): Shape {
  let letters = 0;
  let spaces = 0;
  let lettered = 0;
  let caps = 0;
  let digits = 0;
  let inWord = false;
  for (let k = 0; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) spaces++;
    const cls = wordClass(c);
    if (cls === 2) digits++;
    else if (cls === 1) {
      letters++;
      if (!inWord) {
        lettered++;
        const ch = text[k]!;
        if (ch !== ch.toLowerCase()) caps++;
      }
    }
    inWord = cls !== 0;
  }
  return { letters, nonSpace: limit - spaces, lettered, caps, digits };
}

/** True when the text's last character, skipping closing quotes/brackets, is one of `marks`. */
function endsWith(text: string, marks: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && CLOSERS.includes(text[k]!)) k--;
  return k >= 0 && marks.includes(text[k]!);
}
