/**
 * Pass 2, features: shallow, language-aware measurements of each block. No decisions here.
 * Each block is read once (`scan.ts`: letters, capitals, stop words and the normalisation
 * together); phrases and repetition are looked up by hash on that scan's output (`phrases.ts`,
 * `repeats.ts`), so the pass is linear in the text and builds no string per line.
 */
import type { CorpusStats } from '../corpus';
import { gluedCapitalAt, hasCopyrightSign } from './chars';
import { decidedEarly } from './classify';
import { stopwordSet } from '../data/stopwords/index';
import {
  FEATURE_SAMPLE_CHARS,
  NORM_SAMPLE_CHARS,
  CREDIT_LINE_MAX_WORDS,
  DATED_LINE_MAX_WORDS,
  LEGAL_LINE_MAX_WORDS,
  NOTICE_MAX_WORDS,
  PHRASE_LINE_MAX_WORDS,
  REPEAT_KEY_MAX_CHARS,
  STOPWORD_SAMPLE_WORDS,
  TEASER_TAIL_CHARS,
} from './constants';
import { CREDIT_MARK, hasCreditTrigger } from './credit';
import { HashTable, hashString } from './hashing';
import { endsColon, endsSentence, endsWithEllipsis } from './lineEnds';
import { normalizeLine } from './normalize';
import {
  FURNITURE_OPENERS,
  hasFurniturePrefixIn,
  hasLegalPhrase,
  hasLegalPhraseIn,
  LEGAL_OPENERS,
  matchPhraseIn,
} from './phrases';
import type { PhraseKind, PhraseMatch } from './phraseIndex';
import { NOTICE_OPENERS, pageNoticeIn } from './notices';
import {
  beginKeys,
  corpusCount,
  corpusIndex,
  type CorpusIndex,
  countKeys,
  hasKey,
  pageCount,
  setKey,
} from './repeats';
import { lastShape, loadNormInContext, norm, scanLine, WordFlag } from './scan';
import { TAIL_OPENERS } from './tail';
import { endsWithTeaserMarker, endsWithTeaserMarkerIn } from './teaser';
import { collapseSpaces, hasSpacesToCollapse, type Block } from './segment';

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
  /** Where the first capital glued to a lower-case letter, digit, ? or ! is, or -1 (teaser cards). */
  readonly gluedAt: number;
  /** Where the first ":" is, or -1 (looked for in the first FEATURE_SAMPLE_CHARS characters). */
  readonly colonAt: number;
  /** The line may hold two full stops in a row ("Credit..."): always true past the sample. */
  readonly twoDots: boolean;
  /**
   * A photo credit or caption marker ("Photo: Reuters", "Фото: EPA", "Fot. PAP", "Getty Images").
   * Not looked for (false) in a line that the classifier decides before reading it
   * (`decidedEarly`), nor is `teaser`.
   */
  readonly credit: boolean;
  /** The phrase list that matches this (short) line best, with the share of the line it covers. */
  readonly phrase: PhraseMatch | undefined;
  /** A copyright/cookie/terms notice (©, "all rights reserved", "uses cookies"…). */
  readonly legal: boolean;
  /** May carry a closing notice phrase (`isTailNotice`); false: it carries none. */
  readonly mayBeNotice: boolean;
  /**
   * The page notice the line carries ("Sign up to our newsletter", "Story continues below":
   * `notices.ts`), looked for in lines of at most NOTICE_MAX_WORDS words.
   */
  readonly notice: PhraseKind | undefined;
  /** How many lines of this page share the key (1 = unique). */
  readonly pageRepeats: number;
  /**
   * In how many documents of the corpus the key occurs when that is at least CORPUS_MIN_DOCS
   * (fewer may read 0: the corpus indexes keep only such keys); 0 without a corpus.
   */
  readonly corpusDocs: number;
}

/** DATE_OR_TIME matches no line with fewer digits (a cheap exact pre-check). */
const DATE_MIN_DIGITS = 3;

/**
 * A time (9:38, 10.44am; not an amount or a share, "$1.50", "0.86%", "1,472.19") or a numeric
 * date (14.01.2012, 2012-01-14, 1/14/12), or a year next to another number ("January 14, 2012",
 * "14 января 2012").
 */
const DATE_OR_TIME =
  /(?<![\d,$€£])(?:\d{1,2}[:.][0-5]\d(?![\d%])|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?!\d)|\d{1,2}\D{1,12}(?:19|20)\d{2}(?!\d))/u;

/** Legal prefix entries cannot be pre-checked word by word: with any, check every line. */
const LEGAL_PREFIX_HINT = LEGAL_OPENERS.prefixes.size > 0;
/** Likewise for closing notices (`mayBeNotice`). */
const TAIL_PREFIX_HINT = TAIL_OPENERS.prefixes.size > 0;
const flagCache = new Map<string, HashTable>();

/**
 * Word hash → flags (`WordFlag`) for a language, built once, looked up by
 * the low 30 bits of the words' FNV-1a hash during the scan, without cutting strings. A collision
 * (about one in 10^6 lookups against a list of a thousand words) miscounts one word of one line.
 */
function wordFlags(language: string): HashTable {
  let table = flagCache.get(language);
  if (!table) {
    const t = new HashTable(1024);
    const add = (w: string, flag: number) => {
      const n = normalizeLine(w);
      if (n && !n.includes(' ')) t.set(hashString(n), t.get(hashString(n)) | flag);
    };
    for (const w of stopwordSet(language)) add(w, WordFlag.Stop);
    for (const w of LEGAL_OPENERS.words) add(w, WordFlag.LegalOpener);
    for (const w of FURNITURE_OPENERS) add(w, WordFlag.PhraseOpener);
    for (const w of TAIL_OPENERS.words) add(w, WordFlag.TailOpener);
    for (const w of NOTICE_OPENERS) add(w, WordFlag.NoticeOpener);
    table = t;
    flagCache.set(language, table);
  }
  return table;
}

/** Lines longer than this are not normalised whole (their key is never used). */
const NORM_FULL_CHARS = REPEAT_KEY_MAX_CHARS * 2;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Blocks cut by `segment(text, false)` (`spacesChecked` false) may hold whitespace to collapse:
 * the scan finds it in its pass, and such a block is replaced by its collapsed form.
 */
export function computeFeatures(
  blocks: Block[],
  language: string,
  corpus?: CorpusStats,
  spacesChecked = true,
): Features[] {
  const lookup = wordFlags(language);
  const index = corpus ? corpusIndex(corpus) : undefined;
  beginKeys(blocks.length);
  const out: Mutable<Features>[] = [];
  for (let i = 0; i < blocks.length; i++) {
    let f = blockFeatures(blocks[i]!.text, i, lookup, index, !spacesChecked);
    if (!f) {
      blocks[i] = collapseSpaces(blocks[i]!);
      f = blockFeatures(blocks[i]!.text, i, lookup, index, false)!;
    }
    out.push(f);
  }
  countKeys(blocks.length);
  for (let i = 0; i < blocks.length; i++) if (hasKey(i)) out[i]!.pageRepeats = pageCount(i);
  return out;
}

/**
 * Block `i`'s features but its page repeats (undefined if `checkSpaces` finds spaces to
 * collapse). Its corpus count is read first: a line that is furniture by it needs fewer checks.
 */
function blockFeatures(
  text: string,
  i: number,
  lookup: HashTable,
  index: CorpusIndex | undefined,
  checkSpaces: boolean,
): Mutable<Features> | undefined {
  const long = text.length > NORM_FULL_CHARS;
  const sampled = text.length > FEATURE_SAMPLE_CHARS;
  // The scan normalises the line too when it reads all of it; `fast`: its words are the text's.
  const whole = !long && !sampled;
  const fast =
    scanLine(
      text,
      sampled ? FEATURE_SAMPLE_CHARS : text.length,
      lookup,
      STOPWORD_SAMPLE_WORDS,
      whole,
      checkSpaces,
    ) && whole;
  const shape = lastShape();
  const unscanned = sampled ? FEATURE_SAMPLE_CHARS - 1 : text.length;
  if (checkSpaces && (shape.spacesToCollapse || hasSpacesToCollapse(text, unscanned, text.length)))
    return undefined;
  if (!long && !fast) loadNormInContext(text);
  const keyed = !long && norm.length > 0 && norm.length <= REPEAT_KEY_MAX_CHARS;
  if (keyed) setKey(i, norm.buf, norm.length);
  const corpusDocs = keyed && index ? corpusCount(i, index) : 0;
  const words = sampled
    ? Math.round((shape.words * text.length) / FEATURE_SAMPLE_CHARS)
    : shape.words;
  // No phrase (nor notice) unless a word opens one, when the scan looked every word up as `norm`
  // holds it (`unsure`: it did not).
  const unsure = !fast || shape.sampleWords < shape.words;
  const phrase =
    !long &&
    words <= PHRASE_LINE_MAX_WORDS &&
    (unsure || shape.phraseOpener || hasFurniturePrefixIn(norm))
      ? matchPhraseIn(norm)
      : undefined;
  const legalOpener = shape.legalOpener;
  const f: Mutable<Features> = {
    chars: text.length,
    words,
    stopDensity: shape.sampleWords ? shape.stops / shape.sampleWords : 0,
    endsSentence: endsSentence(text),
    endsColon: endsColon(text),
    letterRatio: shape.nonSpace ? shape.letters / shape.nonSpace : 0,
    noLetters: shape.letters === 0 && !sampled,
    capRatio: shape.lettered ? shape.caps / shape.lettered : 0,
    teaser: false,
    ellipsis: endsWithEllipsis(text),
    dated:
      shape.digits >= (sampled ? 1 : DATE_MIN_DIGITS) &&
      words <= DATED_LINE_MAX_WORDS &&
      DATE_OR_TIME.test(text),
    gluedAt: sampled ? gluedCapitalAt(text) : shape.gluedAt,
    colonAt: shape.colonAt,
    twoDots: sampled || shape.twoDots,
    phrase,
    credit: false,
    legal:
      phrase?.kind === 'legal' ||
      (words <= LEGAL_LINE_MAX_WORDS &&
        (((sampled || shape.copyright) && hasCopyrightSign(text)) ||
          (words > PHRASE_LINE_MAX_WORDS && legalCheck(text, long, legalOpener)))),
    mayBeNotice: unsure || shape.tailOpener || TAIL_PREFIX_HINT,
    notice:
      !long && !sampled && words <= NOTICE_MAX_WORDS && (unsure || shape.noticeOpener)
        ? pageNoticeIn(norm)
        : undefined,
    pageRepeats: 1,
    corpusDocs,
  };
  // Teaser and credit only matter to a line the classifier does not decide before reading them.
  if (!decidedEarly(f)) {
    f.teaser = fast
      ? endsWithTeaserMarkerIn(text, norm, TEASER_TAIL_CHARS)
      : endsWithTeaserMarker(text, TEASER_TAIL_CHARS);
    f.credit =
      words <= CREDIT_LINE_MAX_WORDS &&
      (!fast || shape.foldOdd || shape.slash || hasCreditTrigger(norm)) &&
      CREDIT_MARK.test(text);
  }
  return f;
}

/** A legal phrase in a line with a legal opener word (`norm` holds the line unless it is long). */
function legalCheck(text: string, long: boolean, legalOpener: boolean): boolean {
  if (!legalOpener && !LEGAL_PREFIX_HINT) return false;
  return long
    ? hasLegalPhrase(text, normalizeLine(text.slice(0, NORM_SAMPLE_CHARS)))
    : hasLegalPhraseIn(text, norm);
}
