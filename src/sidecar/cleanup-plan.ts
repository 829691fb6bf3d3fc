/**
 * The cleanup edit list (research §7.3 rule 9): which ranges of a source text a cleanup drops or
 * rewrites. Pure and line-based: boilerplate blocks (from the sidecar's segments, else the
 * analysis) and a duplicated title are dropped with their line ends; whitespace is normalised
 * (runs → one space, no leading/trailing blanks, at most one blank line in a row, no blank lines at
 * the ends); mismatched quotation marks (a straight mark paired with a curly one, `x’, ``x'')
 * become a matching curly pair. Every edit is on the ORIGINAL text, non-overlapping, so the text
 * and every annotation are moved through the same list (`applyEdits`).
 */
import type { Analysis } from '../core/types';
import { targetHolds } from './anchor';
import { SourceText } from './text';
import { quoteEdits, whitespaceEdits } from './cleanup-normalize';
import type { Sidecar } from './types';

/** Why a range changes. `boilerplate` and `duplicate-title` remove content; the others do not. */
export type CleanReason = 'boilerplate' | 'duplicate-title' | 'whitespace' | 'quotes';

/** One edit of the text without BOM, in code points: replace [start, end) with `text`. */
export interface CleanEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly reason: CleanReason;
}

export interface CleanOptions {
  /** Drop boilerplate blocks (default true). */
  readonly boilerplate?: boolean;
  /** Drop lines that repeat the title (default true). */
  readonly duplicateTitle?: boolean;
  /** Normalise whitespace and blank lines (default true). */
  readonly whitespace?: boolean;
  /** Make mismatched quotation marks a matching pair (default true). */
  readonly quotes?: boolean;
  /** The analysis of the text without BOM; computed by the caller only when needed (see needsAnalysis). */
  readonly analysis?: Analysis;
}

const LINE_BREAK = /\r\n|\n|\r/g;

interface Range {
  start: number;
  end: number;
  reason: CleanReason;
}

/** True when planning needs the analysis: no usable segments in the sidecar, or no title annotation. */
export function needsAnalysis(sidecar: Sidecar | undefined): boolean {
  if (!sidecar) return true;
  const segments = sidecar.annotations.some((a) => a.kind === 'segment');
  const title = sidecar.annotations.some(
    (a) => a.kind === 'meta' && a.field === 'title' && a.status !== 'rejected',
  );
  return !segments || !title;
}

/** Content ranges to drop (UTF-16 of the text without BOM), merged and sorted. */
function dropRanges(src: SourceText, sidecar: Sidecar | undefined, o: CleanOptions): Range[] {
  const out: Range[] = [];
  const live = (sidecar?.annotations ?? []).filter((a) => a.status !== 'rejected');
  if (o.boilerplate !== false) {
    // Segments decide when the sidecar has any (a rejected one is a decision too).
    const segments = live.filter((a) => a.kind === 'segment');
    if ((sidecar?.annotations ?? []).some((a) => a.kind === 'segment')) {
      for (const a of segments) {
        if (a.kind !== 'segment' || a.label !== 'boilerplate' || !targetHolds(src, a.target))
          continue;
        out.push({
          start: src.toUtf16(a.target.start),
          end: src.toUtf16(a.target.end),
          reason: 'boilerplate',
        });
      }
    } else if (o.analysis) {
      for (const l of o.analysis.lines)
        if (l.label === 'boilerplate') out.push({ ...l.span, reason: 'boilerplate' });
    }
  }
  if (o.duplicateTitle !== false) out.push(...duplicateTitles(src, live, o.analysis));
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/** Lines other than the title's own that say exactly the title again. */
function duplicateTitles(
  src: SourceText,
  live: Sidecar['annotations'],
  analysis: Analysis | undefined,
): Range[] {
  let span: { start: number; end: number } | undefined;
  const meta = live.find((a) => a.kind === 'meta' && a.field === 'title');
  if (meta && targetHolds(src, meta.target)) {
    span = { start: src.toUtf16(meta.target.start), end: src.toUtf16(meta.target.end) };
  } else if (!meta && analysis?.metadata.title?.span) {
    span = analysis.metadata.title.span;
  }
  if (!span) return [];
  const title = src.text.slice(span.start, span.end).trim();
  if (title.length === 0) return [];
  const out: Range[] = [];
  for (const line of lines(src.text)) {
    if (line.end > span.start && line.start < span.end) continue;
    if (src.text.slice(line.start, line.end).trim() === title)
      out.push({ start: line.start, end: line.end, reason: 'duplicate-title' });
  }
  return out;
}

interface Line {
  /** Content start and end (UTF-16), and the end of the line break after it. */
  readonly start: number;
  readonly end: number;
  readonly breakEnd: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    out.push({ start, end: m.index, breakEnd: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length, breakEnd: text.length });
  return out;
}

/** The parts of [start, end) outside the drop ranges. */
function keptPieces(start: number, end: number, drops: readonly Range[]): [number, number][] {
  const out: [number, number][] = [];
  let at = start;
  for (const d of drops) {
    if (d.end <= at || d.start >= end) continue;
    if (d.start > at) out.push([at, d.start]);
    at = Math.max(at, d.end);
  }
  if (at < end) out.push([at, end]);
  return out;
}

/**
 * The edit list of a cleanup, in code points of the text without BOM, sorted, non-overlapping.
 * `sidecar` (when given) must be anchored on `text`: its boilerplate segments and title are used.
 */
export function planCleanup(
  text: string,
  sidecar: Sidecar | undefined,
  options: CleanOptions = {},
): CleanEdit[] {
  const src = new SourceText(text);
  const body = src.text;
  const drops = dropRanges(src, sidecar, options);
  const ws = options.whitespace !== false;
  const all: (Range & { text: string })[] = [];
  const push = (start: number, end: number, text: string, reason: CleanReason) => {
    if (end > start || text.length > 0) all.push({ start, end, text, reason });
  };

  const info = lines(body).map((line) => {
    const pieces = keptPieces(line.start, line.end, drops);
    const keptText = pieces.map(([s, e]) => body.slice(s, e)).join('');
    const touched =
      pieces.length !== 1 || pieces[0]![0] !== line.start || pieces[0]![1] !== line.end;
    const dropped = touched && line.end > line.start && keptText.trim().length === 0;
    const blank = !dropped && keptText.trim().length === 0;
    return { line, pieces, dropped, blank };
  });
  let lastContent = -1;
  info.forEach((l, i) => {
    if (!l.dropped && !l.blank) lastContent = i;
  });

  let afterBlank = true;
  info.forEach(({ line, pieces, dropped, blank }, i) => {
    if (dropped) {
      const reason = drops.find((d) => d.end > line.start && d.start < line.end)?.reason;
      push(line.start, line.breakEnd, '', reason ?? 'boilerplate');
      return;
    }
    if (blank) {
      for (const [s, e] of dropsInside(line, pieces)) push(s, e, '', reasonAt(drops, s));
      if (!ws) return;
      if (afterBlank || i > lastContent) push(line.start, line.breakEnd, '', 'whitespace');
      else push(line.start, line.end, '', 'whitespace');
      afterBlank = true;
      return;
    }
    afterBlank = false;
    for (const [s, e] of dropsInside(line, pieces)) push(s, e, '', reasonAt(drops, s));
    if (ws) whitespaceEdits(body, pieces, push);
    if (options.quotes !== false) quoteEdits(body, pieces, push);
  });
  return finish(src, all);
}

function reasonAt(drops: readonly Range[], at: number): CleanReason {
  return drops.find((d) => d.start <= at && d.end > at)?.reason ?? 'boilerplate';
}

/** The dropped gaps of a line's content (between and around the kept pieces). */
function dropsInside(line: Line, pieces: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let at = line.start;
  for (const [s, e] of pieces) {
    if (s > at) out.push([at, s]);
    at = e;
  }
  if (at < line.end) out.push([at, line.end]);
  return out;
}

/** Sorts, merges touching deletions of the same reason, converts to code points. */
function finish(src: SourceText, edits: (Range & { text: string })[]): CleanEdit[] {
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: (Range & { text: string })[] = [];
  for (const e of edits) {
    const prev = merged[merged.length - 1];
    if (prev && e.start < prev.end) {
      // Overlap (a whitespace edit inside a dropped range): the wider edit wins.
      if (e.end > prev.end) prev.end = e.end;
      continue;
    }
    if (prev && e.start === prev.end && prev.reason === e.reason && !prev.text && !e.text) {
      prev.end = e.end;
      continue;
    }
    merged.push({ ...e });
  }
  const cp = (n: number) => src.toCodePoint(n);
  return merged.map((e) => ({
    start: cp(e.start),
    end: cp(e.end),
    text: e.text,
    reason: e.reason,
  }));
}

/** Applies code point edits (sorted, non-overlapping) to a text without BOM. */
export function applyTextEdits(body: string, edits: readonly CleanEdit[]): string {
  const src = new SourceText(body);
  let out = '';
  let at = 0;
  for (const e of edits) {
    const s = src.toUtf16(e.start);
    out += body.slice(at, s) + e.text;
    at = src.toUtf16(e.end);
  }
  return out + body.slice(at);
}
