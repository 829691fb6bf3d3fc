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
import { pairMarks, type MarkPair } from './marks';
import { Resolver } from './resolve';
import { splitInner } from './split';
import { countWords, isSentenceEnd } from './text';

/** Longest stretch read for an attribution on either side of a quotation, in UTF-16 units. */
export const MAX_CONTEXT = 400;
/**
 * A following pair of marks with at least this many words ends the reading window after a
 * quotation; shorter pairs are names inside the attribution (заявила пресс-атташе "British Airways").
 */
export const BARRIER_WORDS = 5;
/** Any double or directed quotation mark: texts without one have no quotations. */
const QUICK_MARK = /["“”„«»‹›‘‚`]/u;
/** What may separate two dialogue turns: „Wie viel?“ „Fünfhundert.“ / „…“. -- „…“ */
const DIALOGUE_GAP = /^[\s.!?…\-–—]*$/u;

export function findQuotes(text: string, lines: readonly LineResult[], language: string): Quote[] {
  if (!QUICK_MARK.test(text)) return [];
  // ASCII single quotes are apostrophes far more often than quotation marks: nested use only.
  const pairs = perParagraph(
    pairMarks(text)
      .filter((p) => p.depth === 0 && p.openChar !== "'")
      .sort((a, b) => a.open - b.open),
  );
  if (pairs.length === 0) return [];
  const lex = lexicon(cueLanguages(text, language));
  const attributor = new Attributor(text, lex);
  const resolver = new Resolver(text, lex);
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
      if (countWords(text, q.open, q.close) >= BARRIER_WORDS) {
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
    const later = p.part > 0 && prev?.close === pairs[n - 1]?.close ? prev : undefined;
    attribution ??= transcriptLabel(text, spans[0]!);
    const inheritsPart = !attribution && p.part > 0;
    if (inheritsPart) attribution = later?.cand.attribution ?? null;
    attribution ??=
      (p.part === p.parts - 1 ? attributor.after(p.close + 1, to, lastChar(text, spans)) : null) ??
      attributor.before(from, p.open) ??
      introducedAbove(text, attributor, paraStart, p.open) ??
      (p.part === 0 && p.parts > 1 ? lastPartAfter(text, attributor, pairs, n) : null);
    const cand: Candidate = {
      spans: contentSpans,
      attribution,
      continuation: inheritsPart,
      dialogue: false,
      paragraphs: p.parts > 1,
      before: text.slice(from, p.open),
      next: text
        .slice(p.close + 1, p.close + 3)
        .trim()
        .slice(0, 1),
      line: lineAt(p.open),
    };
    const inherited = prev?.cand.attribution;
    const gap = prev ? text.slice(prev.close + 1, p.open) : undefined;
    if (p.parts > 1 && (p.part > 0 || attribution)) {
      // one paragraph of a multi-paragraph quotation: attribution settled above
    } else if (!attribution && gap !== undefined && DIALOGUE_GAP.test(gap)) {
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

/** A pair of marks, or one paragraph of a multi-paragraph quotation. */
interface Unit extends MarkPair {
  /** Index of this paragraph in its quotation, and the number of paragraphs. */
  readonly part: number;
  readonly parts: number;
}

/**
 * Multi-paragraph quotations (the opening mark repeated at each paragraph) become one unit per
 * paragraph: each paragraph is reported as its own quotation with the same speaker, since a
 * quotation's extent is one continuous span in the JSONL contract.
 */
function perParagraph(pairs: readonly MarkPair[]): Unit[] {
  const out: Unit[] = [];
  for (const p of pairs) {
    const n = p.segments.length;
    if (n === 1) {
      // a literal, not `{ ...p }`: object spread is slow in V8 and this runs for every pair
      out.push({
        open: p.open,
        close: p.close,
        openChar: p.openChar,
        segments: p.segments,
        depth: p.depth,
        part: 0,
        parts: 1,
      });
      continue;
    }
    p.segments.forEach((seg, i) => {
      out.push({
        ...p,
        open: seg.start - 1,
        close: i === n - 1 ? p.close : seg.end,
        segments: [seg],
        part: i,
        parts: n,
      });
    });
  }
  return out;
}

/** The attribution after the last paragraph of the multi-paragraph quotation at units[n]. */
function lastPartAfter(
  text: string,
  attributor: Attributor,
  units: readonly Unit[],
  n: number,
): Attribution | null {
  const first = units[n]!;
  const last = units[n + first.parts - 1];
  if (!last) return null;
  const nl = text.indexOf('\n', last.close);
  const to = sentenceEnd(text, last.close + 1, nl < 0 ? text.length : nl);
  return attributor.after(last.close + 1, to, lastChar(text, last.segments));
}

/** Longest transcript speaker label at the start of a quotation ("PENCE:", "MR. SMITH:"). */
const LABEL = /^(\p{Lu}[\p{Lu}\p{M}.'’ -]{1,30}\p{Lu}\.?):\s/u;

/** A transcript label opening the quotation names its speaker: "WALLACE: Let’s start …". */
function transcriptLabel(text: string, content: Span): Attribution | null {
  const m = LABEL.exec(text.slice(content.start, content.start + 40));
  if (!m) return null;
  const end = content.start + m[1]!.length;
  return {
    cue: { start: end, end: end + 1 },
    place: 'label',
    speaker: { start: content.start, end },
  };
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
  const inOrder = lines.every((l, i) => i === 0 || lines[i - 1]!.span.start <= l.span.start);
  const sorted = inOrder ? lines : [...lines].sort((a, b) => a.span.start - b.span.start);
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
