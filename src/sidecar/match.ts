/**
 * Finding a target's text in a changed source (all positions here are UTF-16 indices of
 * `SourceText.text`; the caller converts to code points). Order: exact occurrences disambiguated by
 * prefix/suffix agreement and proximity → approximate match (Myers, approx-string-match) scored
 * like Hypothesis (quote 50, prefix 20, suffix 20, position 2; /92).
 */
import search from 'approx-string-match';
import {
  MAX_FUZZY_ERROR_RATE,
  MAX_FUZZY_ERRORS,
  MIN_CONTEXT_AGREEMENT,
  MIN_FUZZY_LENGTH,
  MIN_FUZZY_SCORE,
  MIN_LONG_SPAN_LENGTH_RATIO,
} from './constants';
import { sha256Hex } from './sha256';
import type { SourceText } from './text';
import type { Target } from './types';

export interface Found {
  /** UTF-16 indices in the new text. */
  readonly start: number;
  readonly end: number;
  /** True when the text found is the target's own text (exact or hash match). */
  readonly exact: boolean;
  /** 0..1 (1 for exact). */
  readonly score: number;
}

/** Most approximate matches whose context is scored (the lowest-error ones). */
const MAX_FUZZY_CANDIDATES = 50;

/** All start indices of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How many characters of stored context agree with the text around [start, end). */
function contextAgreement(text: string, start: number, end: number, t: Target): number {
  const before = text.slice(Math.max(0, start - t.prefix.length), start);
  const after = text.slice(end, end + t.suffix.length);
  return commonSuffix(t.prefix, before) + commonPrefix(t.suffix, after);
}

/** Exact candidates of a target: occurrences of `exact`, or head…tail spans whose hash matches. */
function exactCandidates(
  src: SourceText,
  t: Target,
  hint: number,
): { start: number; end: number }[] {
  const text = src.text;
  if (t.exact !== undefined)
    return occurrences(text, t.exact).map((s) => ({ start: s, end: s + t.exact!.length }));
  const out: { start: number; end: number }[] = [];
  for (const h of occurrences(text, t.head ?? '')) {
    for (let e = text.indexOf(t.tail ?? '', h); e !== -1; e = text.indexOf(t.tail ?? '', e + 1)) {
      const end = e + (t.tail ?? '').length;
      if (sha256Hex(text.slice(h, end)) === t.exact_sha256) out.push({ start: h, end });
    }
  }
  void hint;
  return out;
}

/**
 * Picks the best exact candidate: the only occurrence; else the one with most context agreement,
 * then closest to `hint`. Refuses (returns undefined) when a repeated text has too little context
 * agreement to be trusted, or when the best is not better than the runner-up (ambiguous).
 */
function pickExact(
  src: SourceText,
  t: Target,
  cands: { start: number; end: number }[],
  hint: number,
): Found | undefined {
  if (cands.length === 0) return undefined;
  const scored = cands
    .map((c) => ({
      ...c,
      agree: contextAgreement(src.text, c.start, c.end, t),
      dist: Math.abs(c.start - hint),
    }))
    .sort((a, b) => b.agree - a.agree || a.dist - b.dist);
  const best = scored[0]!;
  const second = scored[1];
  if (!second) return { ...best, exact: true, score: 1 }; // the only occurrence
  if (best.agree < MIN_CONTEXT_AGREEMENT && !(t.prefix === '' && t.suffix === '')) return undefined;
  if (best.agree === second.agree && best.dist === second.dist) return undefined; // ambiguous: do not guess
  return { ...best, exact: true, score: 1 };
}

/** 1 − (edit distance of the best approximate occurrence of `expected` in `actual`) / length. */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  const max = Math.floor(expected.length / 2);
  const m = search(actual, expected, max);
  const errors = m.length > 0 ? Math.min(...m.map((x) => x.errors)) : expected.length;
  return 1 - errors / expected.length;
}

function fuzzyCandidate(src: SourceText, t: Target, hint: number): Found | undefined {
  const quote = t.exact;
  if (quote === undefined || [...quote].length < MIN_FUZZY_LENGTH) return undefined;
  const text = src.text;
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length * MAX_FUZZY_ERROR_RATE));
  const matches = search(text, quote, maxErrors)
    .sort((a, b) => a.errors - b.errors || a.start - b.start)
    .slice(0, MAX_FUZZY_CANDIDATES);
  let best: Found | undefined;
  let bestScore = -1;
  for (const m of matches) {
    const q = 1 - m.errors / quote.length;
    const p = similarity(t.prefix, text.slice(Math.max(0, m.start - t.prefix.length), m.start));
    const s = similarity(t.suffix, text.slice(m.end, m.end + t.suffix.length));
    const pos = 1 - Math.abs(m.start - hint) / Math.max(1, text.length);
    const score = (50 * q + 20 * p + 20 * s + 2 * pos) / 92;
    if (score > bestScore) {
      bestScore = score;
      best = { start: m.start, end: m.end, exact: false, score };
    }
  }
  return best && best.score >= MIN_FUZZY_SCORE ? best : undefined;
}

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/** Exact occurrences of a needle, else its best approximate ones (≤ len·MAX_FUZZY_ERROR_RATE errors). */
function hits(text: string, needle: string): Hit[] {
  const exact = occurrences(text, needle).map((s) => ({
    start: s,
    end: s + needle.length,
    errors: 0,
  }));
  if (exact.length > 0 || [...needle].length < MIN_FUZZY_LENGTH) return exact;
  const max = Math.floor(needle.length * MAX_FUZZY_ERROR_RATE);
  return search(text, needle, max)
    .sort((a, b) => a.errors - b.errors || a.start - b.start)
    .slice(0, MAX_FUZZY_CANDIDATES);
}

/**
 * A long (hashed) span whose text changed: its head and tail are found (exactly, or approximately
 * when they were edited too), in order. Score = (length ratio) × (1 − head/tail error rate).
 */
function longSpanCandidate(src: SourceText, t: Target, hint: number): Found | undefined {
  if (t.exact !== undefined || !t.head || !t.tail) return undefined;
  const text = src.text;
  const oldLength = t.end - t.start;
  const tails = hits(text, t.tail);
  const contextLength = t.head.length + t.tail.length;
  let best: Found | undefined;
  for (const h of hits(text, t.head)) {
    // The tail after this head whose end gives the length closest to the old one.
    let chosen: { end: number; ratio: number; errors: number } | undefined;
    for (const tl of tails) {
      if (tl.start < h.end) continue;
      const newLength = src.toCodePoint(tl.end) - src.toCodePoint(h.start);
      const ratio = Math.min(oldLength, newLength) / Math.max(1, oldLength, newLength);
      if (!chosen || ratio > chosen.ratio) chosen = { end: tl.end, ratio, errors: tl.errors };
    }
    if (!chosen) continue;
    const score = chosen.ratio * (1 - (h.errors + chosen.errors) / contextLength);
    const better =
      !best ||
      score > best.score ||
      (score === best.score && Math.abs(h.start - hint) < Math.abs(best.start - hint));
    if (score >= MIN_LONG_SPAN_LENGTH_RATIO && better) {
      best = { start: h.start, end: chosen.end, exact: false, score };
    }
  }
  return best;
}

/**
 * The exact candidate at `hint` when it also agrees with all of its stored context: no other
 * candidate can rank before it in `pickExact` (most agreement, then nearest), so the search of the
 * whole text (every occurrence of `exact`, which is slow on big files) gives this same answer and
 * is skipped. Undefined when the full search must decide.
 */
function exactAtHint(src: SourceText, t: Target, hint: number): Found | undefined {
  const text = src.text;
  let end: number;
  if (t.exact !== undefined) {
    if (t.exact.length === 0 || !text.startsWith(t.exact, hint)) return undefined;
    end = hint + t.exact.length;
  } else {
    if (!t.exact_sha256 || !t.head || !t.tail || !text.startsWith(t.head, hint)) return undefined;
    end = src.toUtf16(src.toCodePoint(hint) + (t.end - t.start));
    if (sha256Hex(text.slice(hint, end)) !== t.exact_sha256) return undefined;
  }
  const agree = contextAgreement(text, hint, end, t);
  if (agree !== t.prefix.length + t.suffix.length) return undefined;
  if (agree < MIN_CONTEXT_AGREEMENT && !(t.prefix === '' && t.suffix === '')) return undefined;
  return { start: hint, end, exact: true, score: 1 };
}

/** Where a target's text is in the new source, or undefined (orphan). `hint` is a UTF-16 index. */
export function findTarget(src: SourceText, t: Target, hint: number): Found | undefined {
  return (
    exactAtHint(src, t, hint) ??
    pickExact(src, t, exactCandidates(src, t, hint), hint) ??
    fuzzyCandidate(src, t, hint) ??
    longSpanCandidate(src, t, hint)
  );
}
