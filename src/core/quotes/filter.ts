/**
 * Which paired marks hold a quotation. Quotation marks also wrap titles, names, mottos and scare
 * quotes („Mozilla Firefox“, "совок", "větším a menším"); those have no reporting cue and are
 * short or not sentence-like. Quotes on page furniture (related-news lists, comment feeds) are
 * kept only when a cue and a speaker make them a real quotation, so an unsure line classifier
 * cannot remove an article's attributed quotes.
 */
import type { LineKind, LineResult, QuoteType, Span } from '../types';
import type { Attribution } from './attribution';
import { countWords } from './text';

/** Quotations at least this long are kept without a cue: titles and names are shorter. */
export const LONG_WORDS = 8;
/** Fewest words of a cue-less quotation that ends like a sentence or is woven into one. */
export const UNCUED_MIN_WORDS = 5;
/** Fewest words of a quotation whose cue is a colon alone or reported speech ("said that “…”"). */
export const WEAK_CUE_MIN_WORDS = 4;
/** Short title-case phrases ("Meet the Press", "Fox News Sunday") need a cue before them. */
export const TITLE_MAX_WORDS = 4;
/** Fewest words of a cue-less quotation that continues the previous speaker's quotation. */
export const CONTINUATION_MIN_WORDS = 2;
/** Classifier confidence above which a boilerplate label alone removes a quotation. */
export const BOILERPLATE_TRUST = 0.8;
/** Classifier confidence above which a boilerplate label counts as one signal of two. */
export const BOILERPLATE_HINT = 0.5;
/** Lines shorter than this that do not end like a sentence look like titles and list items. */
export const SHORT_LINE = 200;
/** Line kinds that are page furniture rather than article text. */
const FURNITURE: ReadonlySet<LineKind> = new Set([
  'navigation',
  'related',
  'ticker',
  'comments',
  'legal',
  'share',
  'footer',
]);

export interface Candidate {
  spans: readonly Span[];
  attribution: Attribution | null;
  /** True when the attribution is inherited from the previous quotation. */
  continuation: boolean;
  /** True for a cue-less quotation right after another one (a dialogue turn). */
  dialogue: boolean;
  /** True for one paragraph of a multi-paragraph quotation. */
  paragraphs: boolean;
  /** The first non-space character after the closing mark ('' at a line end). */
  next: string;
  /** The sentence text before the opening mark. */
  before: string;
  line: LineResult | undefined;
}

export function contentOf(text: string, c: Candidate): string {
  return text.slice(c.spans[0]!.start, c.spans[c.spans.length - 1]!.end);
}

export function isQuotation(text: string, c: Candidate): boolean {
  const content = contentOf(text, c);
  const words = countWords(content);
  if (words === 0) return false;
  const a = c.attribution;
  const cued = a !== null && !c.continuation && a.place !== 'colon' && a.place !== 'context';
  if (onFurniture(text, c.line, cued, a?.speaker != null)) return false;
  if (words >= LONG_WORDS) return true;
  if (c.paragraphs) return /^[\p{Lu}\p{N}]/u.test(content);
  if (words <= TITLE_MAX_WORDS && isTitleCase(content) && a?.place !== 'before') return false;
  if (cued) return words >= (a.reported || a.far ? WEAK_CUE_MIN_WORDS : 1);
  const upper = /^[\p{Lu}\p{N}]/u.test(content);
  if (a?.place === 'colon' && !c.continuation) {
    // "фразой: «Мы выросли в кефире»." but not a list ("Schriften sind: „X“, „Y“").
    const ends = /[.!?…]$/u.test(content) || c.next === '' || /[.!?…;]/u.test(c.next);
    return words >= WEAK_CUE_MIN_WORDS && ends;
  }
  if (c.dialogue) return upper;
  if (c.continuation) return words >= CONTINUATION_MIN_WORDS && upper;
  // Medium length without a cue: a sentence (ends with . ! ? …) or a fragment woven into the
  // reporter's sentence (lower-case start) is a quotation; a capitalised phrase is a title.
  return words >= UNCUED_MIN_WORDS && (!upper || /[.!?…,]$/u.test(content));
}

/**
 * Quotations on page furniture. A confident boilerplate label removes every quotation without a
 * cue and a speaker; a less confident one removes only cue-less quotations on lines that look like
 * list items (short, or not ending like a sentence), so an unsure classifier cannot remove the
 * quotations of article prose.
 */
function onFurniture(
  text: string,
  l: LineResult | undefined,
  cued: boolean,
  speaker: boolean,
): boolean {
  if (!l || l.label !== 'boilerplate' || !FURNITURE.has(l.kind)) return false;
  if (l.confidence >= BOILERPLATE_TRUST) return !(cued && speaker);
  if (l.confidence < BOILERPLATE_HINT || cued) return false;
  const line = text.slice(l.span.start, l.span.end).trim();
  return line.length < SHORT_LINE || !/[.!?…"”»“]$/u.test(line);
}

/** Every word capitalised except short function words: "Meet the Press", "Fox News Sunday". */
function isTitleCase(content: string): boolean {
  const words = content.split(/\s+/u).filter((w) => w !== '');
  if (words.length < 2) return false;
  return words.every((w) => /^[\p{Lu}\p{N}"“„«'‘(]/u.test(w) || w.length <= 3);
}

/** Direct, or mixed when the quoted words are woven into the reporter's own clause. */
export function quoteType(text: string, c: Candidate): QuoteType {
  const content = contentOf(text, c);
  if (/^\p{Ll}/u.test(content)) return 'mixed';
  if (c.attribution?.reported) return 'mixed';
  const lead = c.before.trimEnd();
  if (lead === '' || /[:,;.!?―—–-]$/u.test(lead)) return 'direct';
  return /[\p{L}\p{N}]$/u.test(lead) ? 'mixed' : 'direct';
}
