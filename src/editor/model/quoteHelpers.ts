/**
 * Helpers for "Mark Selection as Quote…": trim quotation marks off a selection, detect the cue
 * verb next to it, and find where a chosen speaker is mentioned. Pure; UTF-16 offsets.
 */
import type { Span } from '../../core/types';

const QUOTE_MARKS = new Set([
  '"',
  "'",
  '“',
  '”',
  '„',
  '‟',
  '«',
  '»',
  '‘',
  '’',
  '‚',
  '‹',
  '›',
  '「',
  '」',
]);

/** The selection without surrounding whitespace and quotation marks (the quote's content). */
export function trimQuoteMarks(text: string, span: Span): Span {
  let { start, end } = span;
  const strip = (c: string | undefined): boolean =>
    c !== undefined && (QUOTE_MARKS.has(c) || /\s/u.test(c));
  while (start < end && strip(text[start])) start++;
  while (end > start && strip(text[end - 1])) end--;
  return { start, end };
}

/** Characters searched after (and before) a quote for its cue. */
export const CUE_WINDOW = 80;
/** Characters searched around a quote for a mention of its speaker. */
export const SPEAKER_WINDOW = 300;

/** Reporting verbs and phrases (en, ru, uk), longest first so "according to" beats "to". */
const CUES = [
  'according to',
  'said',
  'says',
  'told',
  'added',
  'asked',
  'stated',
  'explained',
  'noted',
  'wrote',
  'claimed',
  'continued',
  'insisted',
  'warned',
  'declared',
  'announced',
  'stressed',
  'replied',
  'по словам',
  'сказал',
  'сказала',
  'заявил',
  'заявила',
  'отметил',
  'отметила',
  'сообщил',
  'сообщила',
  'добавил',
  'добавила',
  'подчеркнул',
  'подчеркнула',
  'пояснил',
  'пояснила',
  'за словами',
  'сказав',
  'заявив',
  'зазначив',
  'зазначила',
  'повідомив',
  'повідомила',
  'додав',
  'додала',
  'наголосив',
  'наголосила',
  'пояснив',
  'пояснила',
].sort((a, b) => b.length - a.length);
const CUE_RE = new RegExp(`(?<![\\p{L}])(?:${CUES.join('|')})(?![\\p{L}])`, 'giu');

/** The cue nearest to the quote: first after it within the window, else the last before it. */
export function detectCue(text: string, quote: Span): Span | undefined {
  const after = text.slice(quote.end, quote.end + CUE_WINDOW);
  CUE_RE.lastIndex = 0;
  const a = CUE_RE.exec(after);
  if (a) return { start: quote.end + a.index, end: quote.end + a.index + a[0].length };
  const from = Math.max(0, quote.start - CUE_WINDOW);
  const before = text.slice(from, quote.start);
  let last: RegExpExecArray | null = null;
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(before); m; m = CUE_RE.exec(before)) last = m;
  return last ? { start: from + last.index, end: from + last.index + last[0].length } : undefined;
}

/**
 * Where a speaker is mentioned nearest to the quote: the full name, else its last word (a
 * surname), within the window on either side; undefined when not found.
 */
export function findSpeakerMention(text: string, name: string, quote: Span): Span | undefined {
  const from = Math.max(0, quote.start - SPEAKER_WINDOW);
  const to = Math.min(text.length, quote.end + SPEAKER_WINDOW);
  const words = name.trim().split(/\s+/u);
  const candidates = [name.trim(), ...(words.length > 1 ? [words[words.length - 1]!] : [])];
  for (const needle of candidates) {
    if (needle.length < 2) continue;
    let best: Span | undefined;
    let bestDistance = Infinity;
    for (
      let i = text.indexOf(needle, from);
      i >= 0 && i + needle.length <= to;
      i = text.indexOf(needle, i + 1)
    ) {
      if (i >= quote.start && i < quote.end) continue;
      const d = i >= quote.end ? i - quote.end : quote.start - (i + needle.length);
      if (d < bestDistance) {
        bestDistance = d;
        best = { start: i, end: i + needle.length };
      }
    }
    if (best) return best;
  }
  return undefined;
}
