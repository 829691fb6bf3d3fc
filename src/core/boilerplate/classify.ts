/**
 * Pass 3, classify: each block on its own (jusText's context-free pass adapted to plain text).
 * Classes: `good` (prose), `near` (probably prose), `short` (too short to tell: decided by the
 * neighbours in the revise pass) and `bad` (furniture), each with the kind it most likely is.
 */
import type { LineKind } from '../types';
import {
  CORPUS_MAX_CHARS,
  HEADING_MAX_CHARS,
  HEADING_MAX_WORDS,
  SENTENCE_WEAK_SHARE,
  CORPUS_MIN_DOCS,
  ELLIPSIS_TEASER_MAX_WORDS,
  LENGTH_HIGH,
  LENGTH_LOW,
  PAGE_REPEAT_MAX_CHARS,
  PAGE_REPEAT_MIN,
  PAGE_SEPARATOR_MIN_REPEATS,
  PHRASE_MIN_COVERAGE,
  STOPWORDS_LOW,
  STOPWORDS_LOW_DEFAULT,
  STOPWORDS_NO_FINAL_BONUS,
  NO_STOPLIST_MIN_WORDS,
  UNSPACED_CHARS_PER_WORD,
  UNSPACED_LENGTH_FACTOR,
  UNSPACED_MIN_CHARS_PER_WORD,
} from './constants';
import type { Features } from './features';
import { textForm } from './forms';
import { NOTICE_RULE } from './notices';
import type { PhraseKind } from './phraseIndex';

/** The rule of a long line repeated across the corpus (a teaser summary). */
export const CORPUS_TEASER_RULE = 'corpus-teaser';

/** The rule of a line repeated between the paragraphs (see PAGE_SEPARATOR_MIN_REPEATS). */
export const SEPARATOR_RULE = 'page-separator';

export type BlockClass = 'good' | 'near' | 'short' | 'bad';

export interface Verdict {
  cls: BlockClass;
  /** The kind the block is if it ends up boilerplate. */
  kind: LineKind;
  /** The rule that decided (for debugging and docs). */
  rule: string;
  /** The decision is strong evidence that the context pass must not overturn. */
  firm: boolean;
}

export const PHRASE_KIND: Record<PhraseKind, LineKind> = {
  legal: 'legal',
  account: 'other',
  comments: 'comments',
  share: 'share',
  related: 'related',
  navigation: 'navigation',
};

function bad(kind: LineKind, rule: string, firm = true): Verdict {
  return { cls: 'bad', kind, rule, firm };
}

/** A line in a script written without spaces (Chinese, Japanese, Thai): long "words". */
function unspaced(f: Features): boolean {
  return f.words > 0 && f.chars >= f.words * UNSPACED_MIN_CHARS_PER_WORD;
}

/**
 * @param hasStoplist false when the document's language has no stop-word list: prose is then
 *   recognised by length and final punctuation alone.
 * @param text the line's text: its form (`textForm`) is looked for only when the checks before
 *   it leave the line undecided (most lines are repeats, phrases or notices); without it, no form.
 */
export function classifyBlock(
  f: Features,
  bulletOnly: boolean,
  language: string,
  hasStoplist: boolean,
  text?: string,
): Verdict {
  if (bulletOnly || f.noLetters) return bad('ticker', 'no-letters');
  if (f.legal) return bad('legal', 'legal-phrase');
  if (corpusFurniture(f.chars, f.corpusDocs)) return bad('navigation', 'corpus-repeat');
  // A longer line found in other documents is a teaser of another article (its summary in a
  // "latest news" list), unless a neighbour is one too (see `guardReprints`).
  if (f.corpusDocs >= CORPUS_MIN_DOCS) return bad('related', CORPUS_TEASER_RULE, false);
  if (f.phrase && f.phrase.coverage >= PHRASE_MIN_COVERAGE)
    return bad(PHRASE_KIND[f.phrase.kind], `phrase-${f.phrase.kind}`);
  // A notice about the page inside the text costs the region no more than a short line (see
  // `notices.ts`).
  if (f.notice)
    return { cls: 'short', kind: PHRASE_KIND[f.notice], rule: NOTICE_RULE, firm: false };
  // Repeated lines (related lists, timestamps). A headline written twice (page title and
  // heading) is recovered by the title pass.
  if (
    f.pageRepeats >= PAGE_REPEAT_MIN &&
    f.chars <= PAGE_REPEAT_MAX_CHARS &&
    !(f.endsSentence && f.chars >= LENGTH_LOW)
  ) {
    if (f.pageRepeats >= PAGE_SEPARATOR_MIN_REPEATS) return bad('other', SEPARATOR_RULE, false);
    return bad('related', 'page-repeat', false);
  }
  if (f.teaser) return bad('related', 'teaser');
  const form = text === undefined ? undefined : textForm(text, f.words, language, f);
  // An embedded post's signature belongs to the quoted post, not a timestamp of a feed.
  if (form === 'post-signature') return { cls: 'near', kind: 'paragraph', rule: form, firm: false };
  // A linked headline inside the text costs the region no more than a short line (it sits in
  // the article like a subheading) but never joins the body (see `index.ts`).
  if (form === 'teaser-label') return { cls: 'short', kind: 'related', rule: form, firm: false };
  if (form === 'caption') return bad('other', form, false);
  if (form === 'listing-label') return bad('navigation', form);
  if (form) return bad('related', form, false);
  // A line cut off with "…" is a teaser of another article (body sentences rarely trail off);
  // a whole paragraph that trails off is prose.
  if (f.ellipsis && f.words < ELLIPSIS_TEASER_MAX_WORDS) return bad('related', 'teaser-ellipsis');
  if (f.credit) return bad('other', 'credit', false);
  // Lengths weighed as prose in a spaced script (a language with a stop-word list is spaced).
  const dense = !hasStoplist && unspaced(f);
  const length = dense ? f.chars * UNSPACED_LENGTH_FACTOR : f.chars;
  if (length < LENGTH_LOW) return { cls: 'short', kind: 'other', rule: 'short', firm: false };
  if (!f.endsSentence && f.chars <= HEADING_MAX_CHARS && f.words <= HEADING_MAX_WORDS) {
    return { cls: 'short', kind: 'other', rule: 'heading-length', firm: false };
  }
  const words = dense ? f.chars / UNSPACED_CHARS_PER_WORD : f.words;
  const density = hasStoplist ? f.stopDensity : words >= NO_STOPLIST_MIN_WORDS ? 1 : 0;
  const low = STOPWORDS_LOW[language] ?? STOPWORDS_LOW_DEFAULT;
  if (f.endsSentence && density >= low) {
    return length > LENGTH_HIGH
      ? { cls: 'good', kind: 'paragraph', rule: 'prose', firm: false }
      : { cls: 'near', kind: 'paragraph', rule: 'prose-medium', firm: false };
  }
  if (f.endsSentence && density >= low * SENTENCE_WEAK_SHARE) {
    return { cls: 'near', kind: 'paragraph', rule: 'sentence-weak', firm: false };
  }
  // Unterminated and too long for a heading (characters or words): a paragraph cut off.
  if (!f.endsSentence && density >= low + STOPWORDS_NO_FINAL_BONUS) {
    return { cls: 'near', kind: 'paragraph', rule: 'prose-unterminated', firm: false };
  }
  return bad('other', 'few-stopwords', false);
}

/** A line the corpus repeats that is furniture for that alone (short: a menu item, a template line). */
function corpusFurniture(chars: number, corpusDocs: number): boolean {
  return corpusDocs >= CORPUS_MIN_DOCS && chars <= CORPUS_MAX_CHARS;
}

/**
 * True when `classifyBlock` decides the line before it reads `teaser`, the form or `credit`,
 * whatever `guardReprints` makes of its corpus count: no letters, a legal notice, a short line
 * the corpus repeats, a furniture phrase. The feature pass skips those checks for such a line.
 */
export function decidedEarly(
  f: Pick<Features, 'noLetters' | 'legal' | 'chars' | 'corpusDocs' | 'phrase'>,
): boolean {
  return (
    f.noLetters ||
    f.legal ||
    corpusFurniture(f.chars, f.corpusDocs) ||
    (f.phrase !== undefined && f.phrase.coverage >= PHRASE_MIN_COVERAGE)
  );
}

/**
 * Reprinted agency copy repeats a whole run of paragraphs across documents, a teaser summary
 * stands alone between headline links: a long corpus repeat next to another one is prose again
 * (classified as if the corpus had not seen it).
 */
export function guardReprints(
  verdicts: Verdict[],
  features: readonly Features[],
  classifyAlone: (f: Features) => Verdict,
): void {
  const teaser = verdicts.map((v) => v.rule === CORPUS_TEASER_RULE);
  for (let i = 0; i < verdicts.length; i++) {
    if (teaser[i] && (teaser[i - 1] || teaser[i + 1]))
      verdicts[i] = classifyAlone({ ...features[i]!, corpusDocs: 0 });
  }
}
