/**
 * Keeping decoration traffic small on big texts. Line-like spans separated only by whitespace are
 * merged into one range; above a size limit only the spans near the visible part of an editor are
 * sent (re-sent on scroll). Pure.
 */
import type { Span } from '../../core/types';

/** Above this many ranges per document, only the viewport's neighbourhood is painted. */
export const PAINT_ALL_MAX = 5000;
/** Lines above and below the visible ranges painted when limiting to the viewport. */
export const VIEWPORT_MARGIN_LINES = 300;

/** Sorted spans with whitespace-only gaps (or overlaps) between them joined. */
export function mergeAdjacent(spans: readonly Span[], text: string): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && (s.start <= last.end || text.slice(last.end, s.start).trim() === '')) {
      if (s.end > last.end) out[out.length - 1] = { start: last.start, end: s.end };
    } else {
      out.push({ start: s.start, end: s.end });
    }
  }
  return out;
}

/** The spans that intersect any of the windows (both sorted or not). */
export function clip(spans: readonly Span[], windows: readonly Span[]): Span[] {
  return spans.filter((s) => windows.some((w) => s.start <= w.end && w.start <= s.end));
}
