/**
 * Teaser markers: a line that ends with a "read more" label ("… Read more »", "Подробнее") is a
 * teaser of another article. Entries are those of the related list (`../data/phrases/related`).
 */
import { RELATED_PHRASES } from '../data/phrases/related';
import { wordClass } from './chars';
import { normalizeLine } from './normalize';
import { PhraseIndex } from './phraseIndex';
import type { NormWords } from './normwords';

const TEASER = new PhraseIndex([['related', RELATED_PHRASES]]);

/**
 * True when a line ends with a "read more" marker. Only the last word is cut out and looked up
 * first; the tail is normalised only when that word ends some marker. A marker is a link label
 * set after the teaser: it follows punctuation ("… Read more »", "story. Подробнее") or opens
 * with a capital after a word ("the story Read more"); a lower-case marker word that continues
 * the sentence ("… were causally related.", "… musi płacić więcej.") is prose.
 */
export function endsWithTeaserMarker(text: string, tailChars: number): boolean {
  const start = lastWordStart(text);
  if (start < 0 || !TEASER.isEnding(normalizeLine(text.slice(start, lastWordEnd(text)))))
    return false;
  const n = TEASER.endsWithEntry(normalizeLine(text.slice(-tailChars)));
  return n > 0 && markerSetApart(text, start, n);
}

/**
 * `endsWithTeaserMarker` for a line whose whole normalisation is in `w`: its last word's hash
 * rules most lines out without cutting a string. A line no longer than the tail is its own tail:
 * its entries are looked up in `w` (an entry ending the line ends with its last word).
 */
export function endsWithTeaserMarkerIn(text: string, w: NormWords, tailChars: number): boolean {
  if (w.count === 0 || !TEASER.mayEndWith(w.hashes[w.count - 1]!)) return false;
  if (text.length > tailChars) return endsWithTeaserMarker(text, tailChars);
  const n = TEASER.endsWithEntryIn(w);
  return n > 0 && markerSetApart(text, lastWordStart(text), n);
}

/** End of the last word (run of word characters) of `text`. */
function lastWordEnd(text: string): number {
  let end = text.length;
  while (end > 0 && wordClass(text.charCodeAt(end - 1)) === 0) end--;
  return end;
}

/** Start of the last word of `text`, or -1 without any. */
function lastWordStart(text: string): number {
  const end = lastWordEnd(text);
  let start = end;
  while (start > 0 && wordClass(text.charCodeAt(start - 1)) !== 0) start--;
  return start === end ? -1 : start;
}

/**
 * True when the marker of `n` words whose last word starts at `start` is a link label: it
 * follows punctuation (or opens the line), or opens with a capital after a word.
 */
function markerSetApart(text: string, start: number, n: number): boolean {
  // Back to the first word of the marker, then to the character before it.
  for (let k = 1; k < n; k++) {
    while (start > 0 && wordClass(text.charCodeAt(start - 1)) === 0) start--;
    while (start > 0 && wordClass(text.charCodeAt(start - 1)) !== 0) start--;
  }
  let before = start;
  while (before > 0 && text.charCodeAt(before - 1) === 32) before--;
  if (before === 0 || wordClass(text.charCodeAt(before - 1)) === 0) return true;
  const first = text.charAt(start);
  return first !== first.toLowerCase();
}
