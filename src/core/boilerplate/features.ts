/**
 * Pass 2, features: shallow, language-aware measurements of each block. No decisions here.
 */
import type { CorpusStats } from '../corpus';
import { stopwordSet } from '../data/stopwords/index';
import {
  FEATURE_SAMPLE_CHARS,
  LEGAL_LINE_MAX_WORDS,
  PHRASE_LINE_MAX_WORDS,
  TEASER_TAIL_CHARS,
} from './constants';
import { normalizeLine } from './normalize';
import { endsWithTeaserMarker, hasLegalPhrase, matchPhrase, type PhraseMatch } from './phrases';
import type { Block } from './segment';

export interface Features {
  /** Characters of the normalised content (bullet and outer whitespace removed). */
  readonly chars: number;
  /** Whitespace-separated tokens that contain a letter or a digit. */
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
  /** The phrase list that matches this (short) line best, with the share of the line it covers. */
  readonly phrase: PhraseMatch | undefined;
  /** A copyright/cookie/terms notice (©, "all rights reserved", "uses cookies"…). */
  readonly legal: boolean;
  /** cc_net-normalised text (the repetition key). */
  readonly norm: string;
  /** How many lines of this page share the normalised text (1 = unique). */
  readonly pageRepeats: number;
  /** In how many documents of the corpus the normalised line occurs (0 without a corpus). */
  readonly corpusDocs: number;
}

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = new Set(['"', "'", '»', '”', '’', '“', ')', ']', '›', '」', '*']);
/** Sentence-final marks in the languages handled (Latin, Cyrillic, Greek ";" is a question mark). */
const FINAL = new Set(['.', '!', '?', '…', ';', '。', '！', '？', '؟']);
const LETTER = /\p{L}/u;
const LETTERS = /\p{L}/gu;
const UPPER = /^\p{Lu}/u;
const EDGE_PUNCT = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

export function computeFeatures(
  blocks: readonly Block[],
  language: string,
  corpus?: CorpusStats,
): Features[] {
  const stop = stopwordSet(language);
  const norms = blocks.map((b) => normalizeLine(b.text));
  const counts = new Map<string, number>();
  for (const n of norms) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
  return blocks.map((b, i) => {
    const norm = norms[i]!;
    const text = b.text;
    const sample = text.length > FEATURE_SAMPLE_CHARS ? text.slice(0, FEATURE_SAMPLE_CHARS) : text;
    let sampleWords = 0;
    let stops = 0;
    let caps = 0;
    let lettered = 0;
    for (const token of sample.split(' ')) {
      const w = token.replace(EDGE_PUNCT, '');
      if (!w) continue;
      sampleWords++;
      if (LETTER.test(w)) {
        lettered++;
        if (UPPER.test(w)) caps++;
      }
      if (stop.has(w.toLowerCase())) stops++;
    }
    const words =
      text.length > sample.length
        ? Math.round((sampleWords * text.length) / sample.length)
        : sampleWords;
    const letters = sample.match(LETTERS)?.length ?? 0;
    const nonSpace = sample.length - (sample.match(/ /g)?.length ?? 0);
    const lower = text.toLowerCase();
    const tail = lower.length > TEASER_TAIL_CHARS ? lower.slice(-TEASER_TAIL_CHARS) : lower;
    return {
      chars: text.length,
      words,
      stopDensity: sampleWords ? stops / sampleWords : 0,
      endsSentence: endsWith(text, FINAL),
      endsColon: endsWith(text, new Set([':'])),
      letterRatio: nonSpace ? letters / nonSpace : 0,
      noLetters: letters === 0,
      capRatio: lettered ? caps / lettered : 0,
      teaser: text.endsWith('…') || text.endsWith('...') || endsWithTeaserMarker(tail),
      phrase: words <= PHRASE_LINE_MAX_WORDS ? matchPhrase(lower) : undefined,
      legal: words <= LEGAL_LINE_MAX_WORDS && hasLegalPhrase(lower),
      norm,
      pageRepeats: norm ? (counts.get(norm) ?? 1) : 1,
      corpusDocs: corpus && norm ? (corpus.lineDocumentCounts.get(norm) ?? 0) : 0,
    };
  });
}

/** True when the text's last character, skipping closing quotes/brackets, is in `marks`. */
function endsWith(text: string, marks: ReadonlySet<string>): boolean {
  let k = text.length - 1;
  while (k >= 0 && CLOSERS.has(text[k]!)) k--;
  return k >= 0 && marks.has(text[k]!);
}
