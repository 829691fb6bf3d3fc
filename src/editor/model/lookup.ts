/** Finding annotations at a position and the next/previous one. Pure. */
import type { Annotation, Target } from '../../sidecar/types';
import type { Mark } from './marks';

/** Kinds from most to least specific: a cursor in a quote inside a body segment means the quote. */
const SPECIFICITY: Record<Annotation['kind'], number> = { meta: 0, quote: 1, segment: 2 };

function targets(a: Annotation): Target[] {
  if (a.kind !== 'quote') return [a.target];
  return [
    a.target,
    ...(a.parts ?? []),
    ...(a.speaker_span ? [a.speaker_span] : []),
    ...(a.cue_span ? [a.cue_span] : []),
  ];
}

/**
 * Annotations (not rejected, not orphaned) with a target containing code point `cp` (ends
 * inclusive, so a cursor right after a word still finds it), most specific and shortest first.
 */
export function annotationsAt(
  annotations: readonly Annotation[],
  cp: number,
  filter: (a: Annotation) => boolean = () => true,
): Annotation[] {
  const hits: { a: Annotation; len: number }[] = [];
  for (const a of annotations) {
    if (a.status === 'rejected' || !filter(a)) continue;
    const t = targets(a).find((x) => x.anchor !== 'orphaned' && x.start <= cp && cp <= x.end);
    if (t) hits.push({ a, len: t.end - t.start });
  }
  const proposed = (a: Annotation): number => (a.status === 'proposed' ? 1 : 0);
  hits.sort(
    (x, y) =>
      SPECIFICITY[x.a.kind] - SPECIFICITY[y.a.kind] ||
      x.len - y.len ||
      proposed(x.a) - proposed(y.a),
  );
  return hits.map((h) => h.a);
}

/**
 * The first mark (one per annotation id) starting after `offset` (direction 1) or before it
 * (direction -1), wrapping around; undefined when there is none.
 */
export function adjacentMark(
  marks: readonly Mark[],
  offset: number,
  direction: 1 | -1,
  filter: (m: Mark) => boolean = () => true,
): Mark | undefined {
  const firsts = new Map<string, Mark>();
  for (const m of marks) {
    if (!m.id || !filter(m)) continue;
    const seen = firsts.get(m.id);
    if (!seen || m.span.start < seen.span.start) firsts.set(m.id, m);
  }
  const sorted = [...firsts.values()].sort(
    (a, b) => a.span.start - b.span.start || a.span.end - b.span.end,
  );
  if (sorted.length === 0) return undefined;
  if (direction === 1) return sorted.find((m) => m.span.start > offset) ?? sorted[0];
  return [...sorted].reverse().find((m) => m.span.start < offset) ?? sorted[sorted.length - 1];
}
