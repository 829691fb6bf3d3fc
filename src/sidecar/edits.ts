/**
 * Live edits (the editor's `onDidChangeTextDocument`): shift every offset arithmetically through a
 * change list instead of searching. A target whose own text was edited is re-checked against the
 * new text: unchanged text → anchored; similar enough (≥ MIN_FUZZY_SCORE) → `fuzzy` with
 * `anchored_exact`; otherwise (or wholly deleted) → `orphaned`. Never silently wrong.
 *
 * Changes follow VS Code's `contentChanges` / LSP semantics: non-overlapping ranges of the OLD text,
 * applied simultaneously, each `{ start, end, text }` (the replaced range and the inserted text).
 * Offsets count the text without BOM, in code points (default) or, with `unit: 'utf16'`, in UTF-16
 * units — then `oldText` is required to convert them.
 */
import { codePointLength, OffsetMap } from '../core/offsets';
import { makeTarget, sameText } from './anchor';
import { CONTEXT_LENGTH, MIN_FUZZY_SCORE, SCORE_DECIMALS } from './constants';
import { mapTargets } from './edit';
import { sha256Hex } from './sha256';
import { mapOffset, sortChanges, type ShiftChange } from './shift';
import { SourceText } from './text';
import type { Sidecar, Target } from './types';

export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ApplyEditsOptions {
  /** Unit of the change offsets (default 'codepoint'). */
  readonly unit?: 'codepoint' | 'utf16';
  /** The text before the changes; required when unit is 'utf16'. */
  readonly oldText?: string;
}

export interface ApplyEditsResult {
  readonly sidecar: Sidecar;
  /** Ids of annotations with a target whose text the changes touched. */
  readonly touched: readonly string[];
}

/** Longest strings compared by edit distance; longer ones are scored by their length ratio. */
const MAX_EDIT_DISTANCE_LENGTH = 2000;

type CpChange = ShiftChange;

function toCodePoints(changes: readonly TextChange[], options: ApplyEditsOptions): CpChange[] {
  let conv = (n: number) => n;
  if (options.unit === 'utf16') {
    if (options.oldText === undefined)
      throw new Error('applyEdits: oldText is required for UTF-16 offsets');
    const old = options.oldText.startsWith('\ufeff') ? options.oldText.slice(1) : options.oldText;
    const map = new OffsetMap(old);
    conv = (n) => map.toCodePoint(n);
  }
  return sortChanges(
    changes.map((c) => ({
      start: conv(c.start),
      end: conv(c.end),
      length: codePointLength(c.text),
    })),
  );
}

/** True when a change alters the text of [start, end) (insertions at its edges do not). */
function touches(c: CpChange, start: number, end: number): boolean {
  if (c.start === c.end) return c.start > start && c.start < end;
  return c.start < end && c.end > start;
}

/** 1 − Levenshtein distance / longer length (length ratio for very long strings). */
export function textSimilarity(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const longest = Math.max(x.length, y.length);
  if (longest === 0) return 1;
  if (longest > MAX_EDIT_DISTANCE_LENGTH) return Math.min(x.length, y.length) / longest;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return 1 - prev[y.length]! / longest;
}

function shiftTarget(
  src: SourceText,
  t: Target,
  changes: readonly CpChange[],
): { target: Target; touched: boolean } {
  const touched = changes.some((c) => touches(c, t.start, t.end));
  const start = mapOffset(t.start, changes, 'start');
  const end = Math.max(start, mapOffset(t.end, changes, 'end'));
  if (t.anchor === 'orphaned') return { target: { ...t, start, end }, touched: false };
  // No change within the target or its context: only the offsets move (the common case on a big
  // text, where re-slicing every target's text and context would cost more than the edit).
  if (
    !changes.some((c) => c.start <= t.end + CONTEXT_LENGTH && c.end >= t.start - CONTEXT_LENGTH)
  ) {
    return {
      target: start === t.start && end === t.end ? t : { ...t, start, end },
      touched: false,
    };
  }
  const fresh = makeTarget(src, start, end);
  const base = {
    ...t,
    start: fresh.start,
    end: fresh.end,
    prefix: fresh.prefix,
    suffix: fresh.suffix,
  };
  if (!touched) return { target: base, touched: false };
  const now = src.slice(fresh.start, fresh.end);
  const { anchor: _a, score: _s, anchored_exact: _e, ...rest } = base;
  if (sameText(t, now)) return { target: { ...rest }, touched: true };
  if (fresh.end > fresh.start) {
    const score =
      t.exact !== undefined
        ? textSimilarity(t.exact, now)
        : lengthRatio(t, fresh.end - fresh.start);
    if (score >= MIN_FUZZY_SCORE) {
      return {
        target: {
          ...rest,
          anchor: 'fuzzy',
          score: Math.floor(score * 10 ** SCORE_DECIMALS) / 10 ** SCORE_DECIMALS,
          ...(t.exact !== undefined ? { anchored_exact: now } : {}),
        },
        touched: true,
      };
    }
  }
  return { target: { ...rest, anchor: 'orphaned' }, touched: true };
}

function lengthRatio(t: Target, newLength: number): number {
  const old = t.end - t.start;
  return Math.min(old, newLength) / Math.max(1, old, newLength);
}

/**
 * Shifts a sidecar through edits of its source. `newText` is the text after the changes. The
 * source's `length` is updated; its `sha256` is not (it describes the file on disk: call
 * `refreshSource` with the saved bytes when the source is saved).
 */
export function applyEdits(
  sidecar: Sidecar,
  changes: readonly TextChange[],
  newText: string,
  options: ApplyEditsOptions = {},
): ApplyEditsResult {
  const cp = toCodePoints(changes, options);
  const src = new SourceText(newText);
  const touched = new Set<string>();
  const annotations = sidecar.annotations.map((a) =>
    mapTargets(a, (t) => {
      const r = shiftTarget(src, t, cp);
      if (r.touched) touched.add(a.id);
      return r.target;
    }),
  );
  return {
    sidecar: { ...sidecar, source: { ...sidecar.source, length: src.length }, annotations },
    touched: [...touched],
  };
}

export { sha256Hex };
