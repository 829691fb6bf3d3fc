/**
 * Re-anchoring a sidecar on a changed source. Per target: offsets still hold `exact` → anchored
 * (status cleared, context refreshed); else exact search (prefix/suffix, proximity) → `shifted`;
 * else fuzzy search above MIN_FUZZY_SCORE → `fuzzy` + `score` + `anchored_exact` (the original
 * `exact` is kept: it is what the person annotated); else `orphaned` (kept, offsets = last known).
 * Never drops an annotation.
 */
import { CONTEXT_LENGTH, MAX_SUBSPAN_DISTANCE, SCORE_DECIMALS } from './constants';
import { makeTarget, sameText, targetHolds, targetsOf } from './anchor';
import { mapTargets, refreshSource } from './edit';
import { findTarget } from './match';
import { sha256Hex } from './sha256';
import { SourceText } from './text';
import type { AnchorStatus, Annotation, Sidecar, Target } from './types';

export interface AnchorReport {
  readonly id: string;
  readonly kind: Annotation['kind'];
  /** Which target of the annotation: 'target', 'parts.0', 'speaker_span', 'cue_span'. */
  readonly which: string;
  /** 'anchored' when the target is plainly anchored. */
  readonly status: AnchorStatus | 'anchored';
  readonly score?: number;
  /** The target after re-anchoring. */
  readonly target: Target;
}

export interface ReanchorResult {
  readonly sidecar: Sidecar;
  /** One entry per target, in annotation order. */
  readonly report: readonly AnchorReport[];
  /** True when anything (offsets, statuses, source info) differs from the input. */
  readonly changed: boolean;
}

/** Scores are rounded DOWN so that a fuzzy match never shows as 1 (which means exact). */
const round = (x: number) => Math.floor(x * 10 ** SCORE_DECIMALS) / 10 ** SCORE_DECIMALS;

/** Clears re-anchoring fields, keeping everything else (including `x_*`). */
function plain(t: Target): Target {
  const { anchor: _a, score: _s, anchored_exact: _e, ...rest } = t;
  return rest;
}

/** A target made on the new text at [start, end) (code points), keeping the stored text and extras. */
function moved(src: SourceText, t: Target, start: number, end: number): Target {
  const fresh = makeTarget(src, start, end);
  return {
    ...plain(t),
    start: fresh.start,
    end: fresh.end,
    prefix: fresh.prefix,
    suffix: fresh.suffix,
  };
}

/** Re-anchors one target. `hint` is the code point where it is expected. */
export function reanchorTarget(src: SourceText, t: Target, hint: number): Target {
  if (t.end <= src.length && t.start <= t.end) {
    const here = src.slice(t.start, t.end);
    if (sameText(t, here)) return moved(src, t, t.start, t.end);
    if (t.anchor === 'fuzzy' && t.anchored_exact === here)
      return {
        ...moved(src, t, t.start, t.end),
        anchor: 'fuzzy',
        ...(t.score !== undefined ? { score: t.score } : {}),
        anchored_exact: here,
      };
  }
  const found = findTarget(src, t, src.toUtf16(hint));
  if (!found) return orphan(t);
  const start = src.toCodePoint(found.start);
  const end = src.toCodePoint(found.end);
  const next = moved(src, t, start, end);
  if (found.exact)
    return start === t.start && end === t.end ? next : { ...next, anchor: 'shifted' };
  return {
    ...next,
    anchor: 'fuzzy',
    score: round(found.score),
    ...(t.exact !== undefined ? { anchored_exact: src.slice(start, end) } : {}),
  };
}

/** A target that needs no work on this text: orphaned, or holding what its status says. */
function consistent(src: SourceText, t: Target): boolean {
  if (t.anchor === 'orphaned') return true;
  if (t.anchor === 'fuzzy' && t.anchored_exact === undefined) return t.end <= src.length; // hashed span
  return targetHolds(src, t);
}

/** An orphan's offsets moved by `shift` and kept within [low, high]. */
function moveOrphan(t: Target, shift: number, low: number, high: number): Target {
  const start = Math.max(low, Math.min(t.start + shift, high));
  const end = Math.max(start, Math.min(t.end + shift, high));
  return { ...t, start, end };
}

function orphan(t: Target): Target {
  const { score: _s, anchored_exact: _e, ...rest } = t;
  return { ...rest, anchor: 'orphaned' };
}

/**
 * A quote's part, speaker or cue span: orphaned with its quote, and only accepted near where the
 * quote moved (MAX_SUBSPAN_DISTANCE), since short mentions like "he" or "said" repeat everywhere.
 */
function reanchorSubTarget(src: SourceText, t: Target, main: Target, hint: number): Target {
  if (main.anchor === 'orphaned') return orphan(t);
  const r = reanchorTarget(src, t, hint);
  if (r.anchor === 'orphaned' || Math.abs(r.start - hint) <= MAX_SUBSPAN_DISTANCE) return r;
  return orphan({ ...t });
}

function reportOf(a: Annotation, which: string, t: Target): AnchorReport {
  return {
    id: a.id,
    kind: a.kind,
    which,
    status: t.anchor ?? 'anchored',
    ...(t.score !== undefined ? { score: t.score } : {}),
    target: t,
  };
}

/**
 * Re-anchors every annotation on `newText` (the decoded source, BOM allowed) and records the new
 * source state. `newBytesHash` is the sha256 of the raw file bytes when known (else the UTF-8 of
 * `newText` is hashed). Sub-spans of a quote are searched near where the quote moved.
 */
export function reanchor(sidecar: Sidecar, newText: string, newBytesHash?: string): ReanchorResult {
  const src = new SourceText(newText);
  const report: AnchorReport[] = [];
  const hash = newBytesHash ?? sha256Hex(newText);
  // Same source and every target consistent with it: nothing to do. Statuses describe the last
  // change of the source, so re-running on an unchanged source is a no-op (idempotent).
  if (
    hash === sidecar.source.sha256 &&
    sidecar.annotations.every((a) => targetsOf(a).every((t) => consistent(src, t)))
  ) {
    for (const a of sidecar.annotations) {
      let index = 0;
      mapTargets(a, (t) => {
        report.push(reportOf(a, index++ === 0 ? 'target' : whichOf(a, t), t));
        return t;
      });
    }
    return { sidecar, report, changed: false };
  }
  // In document order, each main target is expected where the previous one's shift puts it.
  const order = sidecar.annotations
    .map((_, i) => i)
    .sort((i, j) => sidecar.annotations[i]!.target.start - sidecar.annotations[j]!.target.start);
  const results: Annotation[] = [...sidecar.annotations];
  const deltas: (number | undefined)[] = [];
  let lastDelta = 0;
  for (const i of order) {
    const a = sidecar.annotations[i]!;
    const main = reanchorTarget(src, a.target, Math.max(0, a.target.start + lastDelta));
    const delta = main.anchor === 'orphaned' ? undefined : main.start - a.target.start;
    if (delta !== undefined) lastDelta = delta;
    deltas[i] = delta;
    let index = 0;
    results[i] = mapTargets(a, (t) =>
      index++ === 0 ? main : reanchorSubTarget(src, t, main, Math.max(0, t.start + (delta ?? 0))),
    );
  }
  // Orphans keep an estimate of where their text was: shifted like the anchored annotation before
  // them (else the one after) and kept before the anchored annotation that follows, so they stay
  // in place in the file and the editor (a deleted passage collapses to where it was).
  // The nearest anchored annotation before and after each position of `order` (linear, not
  // quadratic, when a big deletion orphans many annotations).
  const anchoredBefore: (number | undefined)[] = [];
  const anchoredAfter: (number | undefined)[] = [];
  for (let k = 0, last: number | undefined; k < order.length; k++) {
    anchoredBefore[k] = last;
    if (deltas[order[k]!] !== undefined) last = order[k];
  }
  for (let k = order.length - 1, last: number | undefined; k >= 0; k--) {
    anchoredAfter[k] = last;
    if (deltas[order[k]!] !== undefined) last = order[k];
  }
  order.forEach((i, k) => {
    if (deltas[i] !== undefined) return;
    const before = anchoredBefore[k];
    const after = anchoredAfter[k];
    const neighbour = before ?? after;
    const shift = neighbour === undefined ? 0 : deltas[neighbour]!;
    const low = before === undefined ? 0 : results[before]!.target.start;
    const high = after === undefined ? src.length : results[after]!.target.start;
    results[i] = mapTargets(results[i]!, (t) =>
      t.anchor === 'orphaned' ? moveOrphan(t, shift, low, Math.max(low, high)) : t,
    );
  });
  for (const i of order) {
    const a = results[i]!;
    let index = 0;
    mapTargets(a, (t) => {
      report.push(reportOf(a, index++ === 0 ? 'target' : whichOf(a, t), t));
      return t;
    });
  }
  const annotations = results;
  const refreshed = refreshSource({ ...sidecar, annotations }, newText);
  const result: Sidecar = { ...refreshed, source: { ...refreshed.source, sha256: hash } };
  return { sidecar: result, report, changed: JSON.stringify(result) !== JSON.stringify(sidecar) };
}

function whichOf(a: Annotation, t: Target): string {
  if (a.kind !== 'quote') return 'target';
  if (t === a.speaker_span) return 'speaker_span';
  if (t === a.cue_span) return 'cue_span';
  const i = a.parts?.indexOf(t) ?? -1;
  return i >= 0 ? `parts.${i}` : 'target';
}

export { CONTEXT_LENGTH };
