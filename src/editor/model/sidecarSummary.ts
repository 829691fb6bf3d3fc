/** Small pure views of a sidecar: counts for the status bar, and the union used by "Merge". */
import { targetsOf } from '../../sidecar/anchor';
import type { Annotation, Sidecar } from '../../sidecar/types';

export interface AnnotationCounts {
  /** Annotations that are not rejected. */
  readonly annotations: number;
  readonly quotes: number;
  readonly metadata: number;
  readonly proposals: number;
  /** Annotations with an orphaned or fuzzily anchored target. */
  readonly unanchored: number;
}

export function countAnnotations(list: readonly Annotation[]): AnnotationCounts {
  let annotations = 0;
  let quotes = 0;
  let metadata = 0;
  let proposals = 0;
  let unanchored = 0;
  for (const a of list) {
    if (a.status === 'rejected') continue;
    annotations++;
    if (a.kind === 'quote') quotes++;
    if (a.kind === 'meta') metadata++;
    if (a.status === 'proposed') proposals++;
    if (targetsOf(a).some((t) => t.anchor === 'orphaned' || t.anchor === 'fuzzy')) unanchored++;
  }
  return { annotations, quotes, metadata, proposals, unanchored };
}

/** Union by id: every annotation of `ours`, plus those of `theirs` we do not have; entities too. */
export function mergeById(theirs: Sidecar, ours: Sidecar): Sidecar {
  const mine = new Set(ours.annotations.map((a) => a.id));
  const entities = [...(ours.entities ?? [])];
  for (const e of theirs.entities ?? []) if (!entities.some((x) => x.id === e.id)) entities.push(e);
  return {
    ...ours,
    annotations: [...ours.annotations, ...theirs.annotations.filter((a) => !mine.has(a.id))],
    ...(entities.length > 0 ? { entities } : {}),
  };
}
