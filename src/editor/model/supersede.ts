/**
 * A person's new annotation supersedes the machine proposals that claim the same thing: same kind
 * and span (and field, for metadata), or any proposal for a metadata field the person has now
 * given a value. Linear (the general proposal merge is not needed for one new annotation). Pure.
 */
import { claimKey } from '../../sidecar/proposals';
import type { Annotation, Sidecar } from '../../sidecar/types';

export function supersedeProposals(sidecar: Sidecar, id: string): Sidecar {
  const added = sidecar.annotations.find((a) => a.id === id);
  if (!added) return sidecar;
  const claim = claimKey(added);
  const superseded = (p: Annotation): boolean =>
    p.id !== id &&
    p.status === 'proposed' &&
    (claimKey(p) === claim ||
      (added.kind === 'meta' && p.kind === 'meta' && p.field === added.field));
  const annotations = sidecar.annotations.filter((p) => !superseded(p));
  return annotations.length === sidecar.annotations.length ? sidecar : { ...sidecar, annotations };
}
