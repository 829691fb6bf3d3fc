/**
 * Phrase matchers built from the data lists in `../data/phrases`. Entries and lines are compared
 * in the cc_net normalisation (lower case, punctuation → space, digits → 0), word by word: a
 * line's word n-grams are looked up in one map, only from words that start some entry, so a line
 * costs one set lookup per word. Entries ending in `*` match any word with that prefix.
 */
import { ACCOUNT_PHRASES } from '../data/phrases/account';
import { COMMENTS_PHRASES } from '../data/phrases/comments';
import { LEGAL_PHRASES } from '../data/phrases/legal';
import { NAVIGATION_PHRASES } from '../data/phrases/navigation';
import { RELATED_PHRASES } from '../data/phrases/related';
import { SHARE_PHRASES } from '../data/phrases/share';
import { wordClass } from './chars';
import { normalizeLine } from './normalize';

export type PhraseKind = 'legal' | 'account' | 'comments' | 'share' | 'related' | 'navigation';

/** A phrase found in a line and the share of the line's letters it covers. */
export interface PhraseMatch {
  readonly kind: PhraseKind;
  readonly coverage: number;
}

/** Letters of a prefix entry used to index it (shorter prefixes are not allowed). */
const PREFIX_KEY = 3;

/** A compiled set of phrase lists. Earlier lists win when an entry is in several. */
export class PhraseIndex {
  private readonly exact = new Map<string, PhraseKind>();
  /** First PREFIX_KEY letters → prefix entries. */
  private readonly prefixes = new Map<string, [string, PhraseKind][]>();
  private readonly starts = new Set<string>();
  private readonly ends = new Set<string>();
  private maxWords = 1;

  constructor(lists: ReadonlyArray<readonly [PhraseKind, readonly string[]]>) {
    for (const [kind, list] of lists) {
      for (const entry of list) {
        const prefix = entry.endsWith('*');
        const norm = normalizeLine(prefix ? entry.slice(0, -1) : entry);
        if (!norm) continue;
        if (prefix && norm.length >= PREFIX_KEY && !norm.includes(' ')) {
          const k = norm.slice(0, PREFIX_KEY);
          const bucket = this.prefixes.get(k) ?? [];
          bucket.push([norm, kind]);
          this.prefixes.set(k, bucket);
          continue;
        }
        if (!this.exact.has(norm)) this.exact.set(norm, kind);
        const words = norm.split(' ');
        this.starts.add(words[0]!);
        this.ends.add(words[words.length - 1]!);
        this.maxWords = Math.max(this.maxWords, words.length);
      }
    }
  }

  /**
   * Scans a normalised line's words for entries; calls `found(kind, letters)` for each match and
   * stops early when it returns true.
   */
  private scan(
    words: readonly string[],
    found: (kind: PhraseKind, letters: number) => boolean,
  ): void {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.length >= PREFIX_KEY && this.prefixes.size) {
        const bucket = this.prefixes.get(w.slice(0, PREFIX_KEY));
        if (bucket)
          for (const [p, kind] of bucket) if (w.startsWith(p) && found(kind, w.length)) return;
      }
      if (!this.starts.has(w)) continue;
      let key = w;
      let letters = w.length;
      for (let n = 1; n <= this.maxWords && i + n <= words.length; n++) {
        if (n > 1) {
          const next = words[i + n - 1]!;
          key += ` ${next}`;
          letters += next.length;
        }
        const kind = this.exact.get(key);
        if (kind && found(kind, letters)) return;
      }
    }
  }

  /**
   * The kind whose matches cover most of a normalised line, or undefined. Matches of one kind
   * add up ("Posted by: X • Report comment"); overlapping matches may count twice, capped at 1.
   */
  best(norm: string, words: readonly string[] = norm.split(' ')): PhraseMatch | undefined {
    if (!norm) return undefined;
    const total = norm.length - (words.length - 1);
    const covered = new Map<PhraseKind, number>();
    this.scan(words, (kind, letters) => {
      covered.set(kind, (covered.get(kind) ?? 0) + letters);
      return false;
    });
    let best: PhraseMatch | undefined;
    for (const [kind, letters] of covered) {
      const coverage = Math.min(1, letters / total);
      if (!best || coverage > best.coverage) best = { kind, coverage };
    }
    return best;
  }

  /** Words that open an entry, and the first letters of prefix entries. */
  get openers(): { words: ReadonlySet<string>; prefixes: ReadonlySet<string> } {
    return { words: this.starts, prefixes: new Set(this.prefixes.keys()) };
  }

  /** True when a normalised line contains any entry. */
  any(norm: string): boolean {
    if (!norm) return false;
    let hit = false;
    this.scan(norm.split(' '), () => (hit = true));
    return hit;
  }

  /** How many words of the entry a normalised line ends with (the longest), or 0. */
  endsWithEntry(norm: string): number {
    const words = norm.split(' ');
    let key = '';
    let found = 0;
    for (let n = 1; n <= this.maxWords && n <= words.length; n++) {
      const w = words[words.length - n]!;
      key = n === 1 ? w : `${w} ${key}`;
      if (this.exact.has(key)) found = n;
    }
    return found;
  }

  /** True when `word` (lower case) is the last word of some entry. */
  isEnding(word: string): boolean {
    return this.ends.has(word);
  }
}

const FURNITURE = new PhraseIndex([
  ['legal', LEGAL_PHRASES],
  ['account', ACCOUNT_PHRASES],
  ['comments', COMMENTS_PHRASES],
  ['share', SHARE_PHRASES],
  ['related', RELATED_PHRASES],
  ['navigation', NAVIGATION_PHRASES],
]);
const LEGAL = new PhraseIndex([['legal', LEGAL_PHRASES]]);
const TEASER = new PhraseIndex([['related', RELATED_PHRASES]]);

/** The phrase list whose match covers most of a normalised line, or undefined. */
export function matchPhrase(norm: string, words?: readonly string[]): PhraseMatch | undefined {
  return FURNITURE.best(norm, words);
}

/** Words that may open a legal-notice phrase (a cheap pre-check before `hasLegalPhrase`). */
export const LEGAL_OPENERS = LEGAL.openers;

/** True when a line contains © or a legal-notice phrase (`norm` is its normalised text). */
export function hasLegalPhrase(text: string, norm: string): boolean {
  return text.includes('©') || LEGAL.any(norm);
}

/**
 * True when a line ends with a "read more" marker. Only the last word is cut out and looked up
 * first; the tail is normalised only when that word ends some marker. A marker is a link label
 * set after the teaser: it follows punctuation ("… Read more »", "story. Подробнее") or opens
 * with a capital after a word ("the story Read more"); a lower-case marker word that continues
 * the sentence ("… were causally related.", "… musi płacić więcej.") is prose.
 */
export function endsWithTeaserMarker(text: string, tailChars: number): boolean {
  let end = text.length;
  while (end > 0 && wordClass(text.charCodeAt(end - 1)) === 0) end--;
  let start = end;
  while (start > 0 && wordClass(text.charCodeAt(start - 1)) !== 0) start--;
  if (start === end || !TEASER.isEnding(normalizeLine(text.slice(start, end)))) return false;
  const n = TEASER.endsWithEntry(normalizeLine(text.slice(-tailChars)));
  if (n === 0) return false;
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
