/**
 * Quote detection and attribution.
 *
 *   1. pair quotation marks (marks.ts): every outermost pair is a candidate;
 *   2. read the quotation's sentence for a cue and a speaker mention (attribution.ts), including
 *      a cue inside one pair of marks (split quote «Q1, — сказал X. — Q2»);
 *   3. keep candidates that are quotations rather than titles, names or scare quotes (filter.ts);
 *   4. resolve pronoun and nominal mentions to the last named speaker (resolve.ts).
 * Everything is one pass over the text plus work bounded by each quotation's sentence.
 */
import type { LineResult, Quote, Span } from '../types';
import { Attributor, type Attribution } from './attribution';
import { isQuotation, type Candidate } from './filter';
import { cueLanguages, lexicon } from './lexicon';
import { pairMarks } from './marks';
import { Resolver } from './resolve';
import { splitInner } from './split';
import { isSentenceEnd } from './text';

/** Longest stretch read for an attribution on either side of a quotation, in UTF-16 units. */
export const MAX_CONTEXT = 400;
/**
 * A following pair of marks with at least this many words ends the reading window after a
 * quotation; shorter pairs are names inside the attribution (заявила пресс-атташе "British Airways").
 */
export const BARRIER_WORDS = 5;
/** What may separate two dialogue turns: „Wie viel?“ „Fünfhundert.“ */
const DIALOGUE_GAP = /^[\s.,;!?…]*$/u;

export function findQuotes(text: string, lines: readonly LineResult[], language: string): Quote[] {
  const lex = lexicon(cueLanguages(text, language));
  const attributor = new Attributor(text, lex);
  const resolver = new Resolver(text, lex);
  // ASCII single quotes are apostrophes far more often than quotation marks: nested use only.
  const pairs = pairMarks(text)
    .filter((p) => p.depth === 0 && p.openChar !== "'")
    .sort((a, b) => a.open - b.open);
  const lineAt = lineLookup(lines);
  const out: Quote[] = [];
  type Accepted = { cand: Candidate; paragraphEnd: number; close: number; open: number };
  let prev: Accepted | undefined;
  let before2: Accepted | undefined;
  for (let n = 0; n < pairs.length; n++) {
    const p = pairs[n]!;
    const spans = p.segments.map((s) => trim(text, s)).filter((s) => s.end > s.start);
    if (spans.length === 0) continue;
    const paraStart = text.lastIndexOf('\n', p.open - 1) + 1;
    const nl = text.indexOf('\n', p.close);
    const paraEnd = nl < 0 ? text.length : nl;
    const floor = Math.max(paraStart, prev && prev.close < p.open ? prev.close + 1 : 0);
    let ceiling = paraEnd;
    for (
      let m = n + 1;
      m < pairs.length && pairs[m]!.open < Math.min(paraEnd, p.close + MAX_CONTEXT);
      m++
    ) {
      const q = pairs[m]!;
      if (wordCount(text.slice(q.open, q.close)) >= BARRIER_WORDS) {
        ceiling = q.open;
        break;
      }
    }
    const from = sentenceStart(text, floor, p.open);
    const to = sentenceEnd(text, p.close + 1, ceiling);

    let attribution: Attribution | null = null;
    let contentSpans = spans;
    if (spans.length === 1) {
      const inner = splitInner(text, spans[0]!, attributor, lex);
      if (inner) {
        attribution = inner.attribution;
        contentSpans = inner.spans;
      }
    }
    attribution ??=
      attributor.after(p.close + 1, to, lastChar(text, spans)) ??
      attributor.before(from, p.open) ??
      introducedAbove(text, attributor, paraStart, p.open);
    const cand: Candidate = {
      spans: contentSpans,
      attribution,
      continuation: false,
      dialogue: false,
      before: text.slice(from, p.open),
      line: lineAt(p.open),
    };
    const inherited = prev?.cand.attribution;
    const gap = prev ? text.slice(prev.close + 1, p.open) : undefined;
    if (!attribution && gap !== undefined && DIALOGUE_GAP.test(gap)) {
      // Quotations back to back are dialogue turns: speakers alternate.
      cand.continuation = true;
      cand.dialogue = true;
      const turn = before2?.cand.attribution;
      cand.attribution = turn && before2!.close < prev!.open ? turn : null;
    } else if (!attribution && prev && inherited && sameSentence(text, prev.close, p.open)) {
      // "I think Holt will be fair," Trump said during a rally, "but a lot of people …"
      cand.continuation = true;
      cand.attribution = inherited;
    } else if (prev && inherited && continues(text, prev, p.open, paraStart)) {
      if (!attribution && text.slice(from, p.open).trim() === '') {
        cand.continuation = true;
        cand.attribution = inherited;
      } else if (attribution && !attribution.speaker && inherited.speaker) {
        // "…," he said, and added: "…" — a cue without its own subject keeps the last speaker.
        cand.attribution = { ...attribution, speaker: inherited.speaker };
      }
    }
    if (!cand.attribution && text.slice(from, p.open).trim() === '' && from > paraStart) {
      // No cue of its own and opens a sentence: the previous sentence may name the speaker.
      cand.attribution = attributor.context(sentenceStart(text, floor, from - 1), from);
    }
    if (!isQuotation(text, cand)) continue;
    out.push(resolver.toQuote(cand));
    before2 = prev;
    prev = { cand, paragraphEnd: paraEnd, close: p.close, open: p.open };
  }
  return out;
}

/**
 * A quotation without its own cue continues the previous one when it is in the same paragraph
 * (“Q1,” he said. “Q2.”) or opens the next paragraph.
 */
function continues(
  text: string,
  prev: { paragraphEnd: number; close: number },
  open: number,
  paraStart: number,
): boolean {
  if (prev.paragraphEnd > open) return true;
  const between = text.slice(prev.paragraphEnd, paraStart);
  return /^\s*$/u.test(between) && /^\s*$/u.test(text.slice(paraStart, open));
}

/** True when no sentence ends and no paragraph breaks between two offsets. */
function sameSentence(text: string, from: number, to: number): boolean {
  if (to - from > MAX_CONTEXT) return false;
  for (let i = from + 1; i < to; i++) {
    if (text[i] === '\n' || isSentenceEnd(text, i)) return false;
  }
  return /[,–—-]\s*$/u.test(text.slice(from + 1, to));
}

/**
 * A quotation that opens its paragraph may be introduced at the end of the paragraph above:
 * "Caddell continued:" / "He said:" on a line of its own.
 */
function introducedAbove(
  text: string,
  attributor: Attributor,
  paraStart: number,
  open: number,
): Attribution | null {
  if (text.slice(paraStart, open).trim() !== '' || paraStart === 0) return null;
  let end = paraStart - 1;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  if (text[end - 1] !== ':') return null;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  return attributor.before(sentenceStart(text, lineStart, end - 1), end);
}

/** The last character of the quotation's content ("," in “…,” he said). */
function lastChar(text: string, spans: readonly Span[]): string {
  const s = spans[spans.length - 1]!;
  let e = s.end;
  while (e > s.start && /[\s'’‘"”“»«›‹]/u.test(text[e - 1]!)) e--; // ,'” : an inner quote closes too
  return text.slice(e - 1, e);
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

function trim(text: string, s: Span): Span {
  let a = s.start;
  let b = s.end;
  while (a < b && /\s/u.test(text[a]!)) a++;
  while (b > a && /\s/u.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

/** Start of the sentence that contains `at`, not before `floor`. */
function sentenceStart(text: string, floor: number, at: number): number {
  const lo = Math.max(floor, at - MAX_CONTEXT);
  for (let i = at - 1; i >= lo; i--) if (isSentenceEnd(text, i)) return i + 1;
  return lo;
}

/** End (exclusive) of the sentence that continues at `from`, not after `ceiling`. */
function sentenceEnd(text: string, from: number, ceiling: number): number {
  const hi = Math.min(ceiling, from + MAX_CONTEXT);
  for (let i = from; i < hi; i++) if (isSentenceEnd(text, i)) return i;
  return hi;
}

/** A lookup from a text offset to the classified line that contains it. */
function lineLookup(lines: readonly LineResult[]): (offset: number) => LineResult | undefined {
  const sorted = [...lines].sort((a, b) => a.span.start - b.span.start);
  return (offset) => {
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const l = sorted[mid]!;
      if (offset < l.span.start) hi = mid - 1;
      else if (offset > l.span.end) lo = mid + 1;
      else return l;
    }
    return undefined;
  };
}
