/**
 * A quick first highlight of a big source: the analysis of a window of text around the viewport,
 * painted while the whole text is analysed afterwards. Provisional (the classifier sees only the
 * window); the full analysis replaces it. Pure.
 */
import { analyzeText } from '../../core';
import { OffsetMap } from '../../core/offsets';
import type { Span } from '../../core/types';
import { createSidecar, mergeProposals, proposalsFromAnalysis } from '../../sidecar/index';
import type { Mark } from './marks';
import { marksFromAnnotations } from './sidecarMarks';

/**
 * Texts longer than this (UTF-16 units) get a preview before their full analysis: the full
 * analysis costs about 1–3 s per MB, so above ~200 KB it would delay the first highlight past
 * the 500 ms an opening may take.
 */
export const PREVIEW_MIN_CHARS = 200_000;
/** Characters analysed before the top of the viewport (context for the classifier). */
export const PREVIEW_BEFORE_CHARS = 8_000;
/** Characters analysed from the top of the viewport on (a screen or two of wrapped text, and more). */
export const PREVIEW_AFTER_CHARS = 24_000;

/** The window [start, end) of a text of `length` units analysed for a viewport starting at `top`. */
export function previewWindow(top: number, length: number): Span {
  const start = Math.max(0, Math.min(top, length) - PREVIEW_BEFORE_CHARS);
  return { start, end: Math.min(length, Math.max(top, start) + PREVIEW_AFTER_CHARS) };
}

/** The marks of a window's text (UTF-16 offsets within the window), as a fresh sidecar shows them. */
export function previewMarks(text: string, name: string): Mark[] {
  const proposals = proposalsFromAnalysis(text, analyzeText(text));
  const sidecar = mergeProposals(createSidecar(name, text), proposals);
  return marksFromAnnotations(sidecar.annotations, new OffsetMap(text));
}
