/**
 * Painting a segment over others: a new body/boilerplate span replaces what segments said about
 * those characters. Segments inside it are removed; segments overlapping it keep their uncovered
 * part(s) (trimmed of whitespace), so every character has at most one segment label. Pure.
 */
import { makeId, makeTarget } from '../../sidecar/anchor';
import { withExtras, type CpSpan } from '../../sidecar/edit';
import { SourceText } from '../../sidecar/text';
import type { Annotation, Sidecar } from '../../sidecar/types';

export function replaceSegments(sidecar: Sidecar, text: string, span: CpSpan): Sidecar {
  const src = new SourceText(text);
  const taken = new Set(sidecar.annotations.map((a) => a.id));
  const out: Annotation[] = [];
  let changed = false;
  for (const a of sidecar.annotations) {
    const t = a.target;
    const overlaps =
      a.kind === 'segment' &&
      a.status !== 'rejected' &&
      t.anchor !== 'orphaned' &&
      t.start < span.end &&
      span.start < t.end;
    if (!overlaps) {
      out.push(a);
      continue;
    }
    changed = true;
    const pieces = [
      trim(src, t.start, Math.min(t.end, span.start)),
      trim(src, Math.max(t.start, span.end), t.end),
    ].filter((p): p is CpSpan => p !== undefined);
    pieces.forEach((p, i) => {
      const target = withExtras(t, makeTarget(src, p.start, p.end, { hashLong: true }));
      const id = i === 0 ? a.id : makeId('segment', target, taken);
      taken.add(id);
      out.push({ ...a, id, target });
    });
  }
  return changed ? { ...sidecar, annotations: out } : sidecar;
}

/** [start, end) without leading/trailing whitespace, or undefined when nothing is left. */
function trim(src: SourceText, start: number, end: number): CpSpan | undefined {
  if (end <= start) return undefined;
  const piece = src.slice(start, end);
  const lead = piece.length - piece.trimStart().length;
  const trail = piece.length - piece.trimEnd().length;
  if (lead === piece.length) return undefined;
  // Whitespace is BMP, so UTF-16 counts equal code points here.
  return { start: start + lead, end: end - trail };
}
