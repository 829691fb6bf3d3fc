/**
 * Per-line facts shared by the title, date and byline rules: the dates written in the line,
 * whether it is a long prose paragraph, a byline or a date label.
 */
import markers from '../data/metadata/markers.json';
import type { DateHit } from './dates';
import { findDates } from './dates';
import type { MetaDoc, MetaLine } from './doc';
import { phraseAlternation, wordCount } from './doc';

/** A line this long with sentence punctuation is prose (an article or teaser paragraph). */
export const PARAGRAPH_MIN_CHARS = 110;
/** Lines longer than this are not searched for dates (prose dates are events, not publication). */
export const DATE_LINE_MAX_CHARS = 400;

export interface LineFacts {
  readonly dates: readonly DateHit[];
  readonly paragraph: boolean;
  /**
   * The line starts with a byline marker ("By", "Von", "Автор:") followed by a capitalised word,
   * or is a name, a separator and a date label ("Jane Ndlovu|Published 15 hours ago").
   */
  readonly byline: boolean;
  /** The whole line is a date label ("Date", "Published:"). */
  readonly dateLabel: boolean;
  /** The whole line is an author label ("Author", "Author of the article:"). */
  readonly authorLabel: boolean;
}

const BYLINE_ALT = phraseAlternation(markers.bylinePrefixes);
export const RE_BYLINE_START = new RegExp(
  `^(?:${BYLINE_ALT})(?![\\p{L}])\\s*:?\\s*(?=\\p{Lu})`,
  'iu',
);
const RE_DATE_LABEL_LINE = new RegExp(`^(?:${phraseAlternation(markers.dateLabels)})\\s*:?$`, 'iu');
const RE_AUTHOR_LABEL_LINE = new RegExp(
  `^(?:${phraseAlternation(markers.authorLabels)})\\s*:?$`,
  'iu',
);

/** "Jane Ndlovu|Published 15 hours ago": 2–4 capitalised names, a separator, a date label. */
const RE_NAME_THEN_SEP = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*[|·•]\s*/u;
const RE_DATE_LABEL_START = new RegExp(
  `^(?:${phraseAlternation(markers.dateLabels)})(?![\\p{L}])`,
  'iu',
);
function nameThenDateLabel(t: string): boolean {
  // exact pre-check: the pattern needs one of its separators
  if (!t.includes('|') && !t.includes('·') && !t.includes('•')) return false;
  const m = RE_NAME_THEN_SEP.exec(t);
  return m !== null && RE_DATE_LABEL_START.test(t.slice(m[0].length));
}

/** First words of the byline prefixes, to skip the big alternation on most lines. */
const BYLINE_FIRST = new Set(markers.bylinePrefixes.map((p) => p.split(' ')[0]!.toLowerCase()));
/**
 * Their lengths in UTF-16 units: a first word of another length is not sliced nor lowercased
 * (lower-casing never shortens a string and only lengthens it with U+0307, which no prefix has).
 */
const BYLINE_FIRST_LENGTHS = new Set([...BYLINE_FIRST].map((w) => w.length));

/** The lower-cased first word when a byline prefix could start the line, else ''. */
function firstWord(s: string): string {
  let i = 0;
  while (i < s.length && i < 30) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x3a || c === 0xa0 || c === 0x09) break;
    i++;
  }
  if (!BYLINE_FIRST_LENGTHS.has(i)) return '';
  return s.slice(0, i).toLowerCase();
}

/** A prose paragraph has at least this many words. */
export const PARAGRAPH_MIN_WORDS = 12;

export function isParagraph(text: string): boolean {
  return (
    text.length >= PARAGRAPH_MIN_CHARS &&
    /[.!?…»"“”]\s*\S*$|[.!?]\s+\p{Lu}/u.test(text) &&
    wordCount(text, PARAGRAPH_MIN_WORDS) >= PARAGRAPH_MIN_WORDS
  );
}

const RE_DIGIT = /\d/u;
const NO_DATES: readonly DateHit[] = [];

export function lineFacts(doc: MetaDoc, refYear: number): LineFacts[] {
  return doc.lines.map((l: MetaLine) => {
    // most lines have no digit (so no date): one shared empty list, not an array per line
    const dates =
      l.text.length <= DATE_LINE_MAX_CHARS && RE_DIGIT.test(l.bare)
        ? findDates(l.bare, refYear)
        : NO_DATES;
    return {
      dates,
      paragraph: isParagraph(l.bare),
      byline:
        l.bare.length <= 200 &&
        ((BYLINE_FIRST.has(firstWord(l.bare)) && RE_BYLINE_START.test(l.bare)) ||
          (l.bare.length <= 80 && nameThenDateLabel(l.bare))),
      dateLabel: l.bare.length <= 40 && RE_DATE_LABEL_LINE.test(l.bare),
      authorLabel: l.bare.length <= 40 && RE_AUTHOR_LABEL_LINE.test(l.bare),
    };
  });
}
