/** Sidecar annotations (code points) → marks (UTF-16) for painting, navigation and the tree. */
import type { OffsetMap } from '../../core/offsets';
import type { Annotation, Target } from '../../sidecar/types';
import type { Mark, MarkKind, MarkStatus } from './marks';

export function markStatus(a: Annotation): MarkStatus | null {
  if (a.status === 'rejected') return null;
  return a.status === 'proposed' ? 'proposed' : a.status === 'accepted' ? 'accepted' : 'manual';
}

/** Marks of every annotation that is not rejected and whose target is not orphaned. */
export function marksFromAnnotations(annotations: readonly Annotation[], map: OffsetMap): Mark[] {
  const marks: Mark[] = [];
  for (const a of annotations) {
    const status = markStatus(a);
    if (!status) continue;
    const add = (kind: MarkKind, t: Target | undefined, detail?: string): void => {
      if (!t || t.anchor === 'orphaned') return;
      const span = { start: map.toUtf16(t.start), end: map.toUtf16(t.end) };
      marks.push({ kind, span, status, id: a.id, ...(detail !== undefined ? { detail } : {}) });
    };
    switch (a.kind) {
      case 'segment':
        if (a.label === 'boilerplate') add('boilerplate', a.target, a.block);
        else add(a.block === 'title' ? 'title' : 'body', a.target, a.block);
        break;
      case 'meta':
        add('metadata', a.target, a.field);
        break;
      case 'quote':
        add('quote', a.target);
        for (const p of a.parts ?? []) add('quote', p);
        add('speaker', a.speaker_span);
        add('cue', a.cue_span);
        break;
    }
  }
  return marks;
}
