/**
 * Pass 4b, header: the article's header above the main region. The title found by
 * `findTitle` (`title.ts`), a standfirst or deck under it, the first sentence of prose under it,
 * and a date line under the title or its deck.
 */
import {
  DECK_MIN_WORDS,
  HEADER_DATE_MAX_DISTANCE,
  HEADER_DATE_MAX_WORDS,
  HEADER_LEAD_MAX_DISTANCE,
  HEADER_LEAD_REPEAT_CHARS,
  LEAD_MIN_WORDS,
  STANDFIRST_MIN_WORDS,
} from './constants';
import type { Verdict } from './classify';
import type { Features } from './features';
import type { Block } from './segment';
import {
  CREDIT,
  findTitle,
  firstProse,
  isTitleCandidate,
  leadFrom,
  leadOverlap,
  OUTSIDE,
} from './title';

/**
 * True when a paragraph from the region on opens with the candidate's words: a deck or pull quote
 * taken from the article ("Coal has been in a slow-motion death spiral …" under the headline, and
 * again opening the fifth paragraph).
 */
function quotesTheText(blocks: readonly Block[], candidate: number, regionStart: number): boolean {
  const text = blocks[candidate]!.text;
  for (let j = regionStart; j < blocks.length; j++) {
    const b = blocks[j]!.text;
    if (b.length > text.length && b.startsWith(text)) return true;
  }
  return false;
}

/** The article's header: block index → its kind. */
export type Header = Map<number, 'title' | 'metadata' | 'paragraph'>;

/**
 * The article's header above the main region: the title, a standfirst under it (when the line
 * found first is long, a shorter headline above it is the title; when it is a deck of
 * DECK_MIN_WORDS words or copied from the text, a shorter headline right above it), the first
 * sentence of prose under the title, and a date line right under the title or the deck.
 */
export function findHeader(
  blocks: readonly Block[],
  features: readonly Features[],
  verdicts: readonly Verdict[],
  regionStart: number,
): Header {
  const header: Header = new Map();
  const lead = leadFrom(blocks, verdicts, regionStart);
  const first = findTitle(blocks, features, verdicts, regionStart, lead);
  if (first === undefined) return header;
  let title = first;
  const long = features[first]!.words >= STANDFIRST_MIN_WORDS;
  const deck = features[first]!.words >= DECK_MIN_WORDS;
  // A shorter line right above that the page prints twice (page title and heading) and that
  // shares a word with the lead is the headline over a deck of any length.
  const up = first - 1;
  const repeatedAbove =
    up >= 0 &&
    features[up]!.pageRepeats >= 2 &&
    features[up]!.words < features[first]!.words &&
    isTitleCandidate(blocks[up]!, features[up]!, verdicts[up]!) &&
    leadOverlap(blocks[up]!, lead) > 0;
  if (long || deck || repeatedAbove || quotesTheText(blocks, first, regionStart)) {
    // The lead under the standfirst is stemmed again only if it is not the same blocks.
    const leadAbove =
      firstProse(verdicts, first) === lead.first ? lead : leadFrom(blocks, verdicts, first);
    const above = findTitle(blocks, features, verdicts, first, leadAbove, false);
    // A deck (copied from the text, or not long enough to be a standfirst on its own): the
    // headline is the candidate right above it. Above a standfirst, a headline further up must
    // share words with the lead (a consent banner's "Welcome to … EXPERIENCE" does not).
    const near =
      above === first - 1 ||
      (long && above !== undefined && leadOverlap(blocks[above]!, leadAbove) > 0);
    if (above !== undefined && near && features[above]!.words < features[first]!.words) {
      header.set(first, 'paragraph');
      title = above;
      // Two decks: the headline found above a deck may be a deck itself, under a shorter line.
      const up = title - 1;
      if (
        features[title]!.words >= DECK_MIN_WORDS &&
        up >= 0 &&
        features[up]!.words < features[title]!.words &&
        isTitleCandidate(blocks[up]!, features[up]!, verdicts[up]!)
      ) {
        header.set(title, 'paragraph');
        title = up;
      }
    }
  }
  header.set(title, 'title');
  // The first sentence of prose under the title (a standfirst, or the lead cut off by a widget).
  const leadEnd = Math.min(regionStart - 1, title + HEADER_LEAD_MAX_DISTANCE);
  for (let j = title + 1; j <= leadEnd; j++) {
    const f = features[j]!;
    if (f.endsSentence && f.words >= LEAD_MIN_WORDS && verdicts[j]!.rule.endsWith(OUTSIDE)) {
      const opening = blocks[j]!.text.slice(0, HEADER_LEAD_REPEAT_CHARS);
      const repeated = [regionStart, regionStart + 1].some(
        (k) => k < blocks.length && blocks[k]!.text.includes(opening),
      );
      if (!repeated) header.set(j, 'paragraph');
      break;
    }
  }
  // The date line sits under the title, or under its deck.
  markDate(blocks, features, verdicts, header, title, regionStart);
  if (first !== title) markDate(blocks, features, verdicts, header, first, regionStart);
  return header;
}

/** Marks a date line within HEADER_DATE_MAX_DISTANCE blocks under block `top` as header. */
function markDate(
  blocks: readonly Block[],
  features: readonly Features[],
  verdicts: readonly Verdict[],
  header: Header,
  top: number,
  regionStart: number,
): void {
  for (let j = top + 1; j < regionStart && j <= top + HEADER_DATE_MAX_DISTANCE; j++) {
    const f = features[j]!;
    const v = verdicts[j]!;
    if (
      f.dated &&
      f.words <= HEADER_DATE_MAX_WORDS &&
      (!v.firm || v.rule === 'no-letters') &&
      !CREDIT.test(blocks[j]!.text)
    ) {
      header.set(j, 'metadata');
    }
  }
}
