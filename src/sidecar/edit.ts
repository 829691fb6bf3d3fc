/**
 * Creating sidecars and the small immutable edits the editor needs: add, remove, accept, reject,
 * re-attach an orphan to a selection, confirm a fuzzy anchor. All offsets are code points of the
 * source text without BOM. Every function returns a new Sidecar and leaves its input untouched.
 */
import { makeEntityId, makeId, makeTarget, targetsOf } from './anchor';
import { SCHEMA_ID } from './constants';
import { describeSource, SourceText } from './text';
import type { Annotation, DocumentInfo, Entity, ReviewStatus, Sidecar, Target } from './types';

export interface CpSpan {
  readonly start: number;
  readonly end: number;
}

/** What a person (or a rule) wants to annotate; offsets in code points. */
export type AnnotationDraft =
  | {
      readonly kind: 'segment';
      readonly label: 'body' | 'boilerplate';
      readonly block: string;
      readonly span: CpSpan;
    }
  | {
      readonly kind: 'meta';
      readonly field: string;
      readonly value: string;
      readonly inferred?: boolean;
      readonly span: CpSpan;
    }
  | {
      readonly kind: 'quote';
      readonly quoteType: 'direct' | 'indirect' | 'mixed';
      /** Content span(s), in order; split quotes have several. */
      readonly spans: readonly CpSpan[];
      readonly speaker?: { readonly name: string; readonly role?: string };
      readonly speakerSpan?: CpSpan;
      readonly cueSpan?: CpSpan;
    };

export interface Provenance {
  /** A person, or `rule:<name>@<version>`. */
  readonly by: string;
  /** `proposed` for machine proposals; leave out for a person's own annotations. */
  readonly status?: ReviewStatus;
  readonly note?: string;
}

/** A new, empty sidecar for a source. `path` is the source path relative to the sidecar's folder. */
export function createSidecar(
  path: string,
  text: string,
  bytes?: Uint8Array,
  document?: DocumentInfo,
): Sidecar {
  return {
    schema: SCHEMA_ID,
    source: describeSource(path, text, bytes),
    ...(document && Object.keys(document).length > 0 ? { document } : {}),
    annotations: [],
  };
}

/** Records the current state of the source (hash, length, EOL, BOM) after it was re-anchored or edited. */
export function refreshSource(sidecar: Sidecar, text: string, bytes?: Uint8Array): Sidecar {
  const fresh = describeSource(sidecar.source.path, text, bytes);
  return { ...sidecar, source: { ...sidecar.source, ...fresh } };
}

/** Builds an annotation (with a new stable id) from a draft; entities it needs are returned too. */
export function buildAnnotation(
  src: SourceText,
  draft: AnnotationDraft,
  provenance: Provenance,
  takenIds: ReadonlySet<string>,
  entities: readonly Entity[],
): { annotation: Annotation; entity?: Entity } {
  const prov = {
    by: provenance.by,
    ...(provenance.status ? { status: provenance.status } : {}),
    ...(provenance.note ? { note: provenance.note } : {}),
  };
  if (draft.kind === 'segment') {
    const target = makeTarget(src, draft.span.start, draft.span.end, { hashLong: true });
    return {
      annotation: {
        id: makeId('segment', target, takenIds),
        kind: 'segment',
        label: draft.label,
        block: draft.block,
        target,
        ...prov,
      },
    };
  }
  if (draft.kind === 'meta') {
    const target = makeTarget(src, draft.span.start, draft.span.end);
    return {
      annotation: {
        id: makeId('meta', target, takenIds),
        kind: 'meta',
        field: draft.field,
        value: draft.value,
        ...(draft.inferred ? { inferred: true } : {}),
        target,
        ...prov,
      },
    };
  }
  const [first, ...rest] = draft.spans;
  if (!first) throw new Error('a quote needs at least one content span');
  const target = makeTarget(src, first.start, first.end);
  let entity: Entity | undefined;
  if (draft.speaker) {
    entity = entities.find((e) => e.name === draft.speaker!.name);
    if (!entity) {
      const ids = new Set(entities.map((e) => e.id));
      entity = {
        id: makeEntityId(draft.speaker.name, ids),
        name: draft.speaker.name,
        ...(draft.speaker.role ? { role: draft.speaker.role } : {}),
      };
    }
  }
  const annotation: Annotation = {
    id: makeId('quote', target, takenIds),
    kind: 'quote',
    quote_type: draft.quoteType,
    target,
    ...(rest.length > 0 ? { parts: rest.map((s) => makeTarget(src, s.start, s.end)) } : {}),
    ...(entity ? { speaker: entity.id } : {}),
    ...(draft.speakerSpan
      ? { speaker_span: makeTarget(src, draft.speakerSpan.start, draft.speakerSpan.end) }
      : {}),
    ...(draft.cueSpan ? { cue_span: makeTarget(src, draft.cueSpan.start, draft.cueSpan.end) } : {}),
    ...prov,
  };
  return entity ? { annotation, entity } : { annotation };
}

/** Adds an annotation made from a draft. `text` is the current source text. Returns the new sidecar and the id. */
export function addAnnotation(
  sidecar: Sidecar,
  text: string,
  draft: AnnotationDraft,
  provenance: Provenance,
): { sidecar: Sidecar; id: string } {
  const src = new SourceText(text);
  const entities = sidecar.entities ?? [];
  const { annotation, entity } = buildAnnotation(
    src,
    draft,
    provenance,
    new Set(sidecar.annotations.map((a) => a.id)),
    entities,
  );
  const newEntities =
    entity && !entities.some((e) => e.id === entity.id) ? [...entities, entity] : entities;
  return {
    sidecar: {
      ...sidecar,
      annotations: [...sidecar.annotations, annotation],
      ...(newEntities.length > 0 ? { entities: newEntities } : {}),
    },
    id: annotation.id,
  };
}

/** Removes an annotation (and a speaker entity nothing references any more). */
export function removeAnnotation(sidecar: Sidecar, id: string): Sidecar {
  const removed = sidecar.annotations.find((a) => a.id === id);
  if (!removed) return sidecar;
  const annotations = sidecar.annotations.filter((a) => a.id !== id);
  const { entities, ...rest } = sidecar;
  return {
    ...rest,
    annotations,
    ...pruneEntities(entities, annotations, removed.kind === 'quote' ? removed.speaker : undefined),
  };
}

/** Drops `candidate` from the entities when no annotation references it. */
export function pruneEntities(
  entities: readonly Entity[] | undefined,
  annotations: readonly Annotation[],
  candidate?: string,
): { entities?: Entity[] } {
  if (!entities) return {};
  const used = (id: string) => annotations.some((a) => a.kind === 'quote' && a.speaker === id);
  const kept = entities.filter((e) => e.id !== candidate || used(e.id));
  return kept.length > 0 ? { entities: kept } : {};
}

function update(sidecar: Sidecar, id: string, change: (a: Annotation) => Annotation): Sidecar {
  let found = false;
  const annotations = sidecar.annotations.map((a) => {
    if (a.id !== id) return a;
    found = true;
    return change(a);
  });
  return found ? { ...sidecar, annotations } : sidecar;
}

/** Sets the review status (accept / reject a proposal); `by` records who decided. */
export function setStatus(
  sidecar: Sidecar,
  id: string,
  status: ReviewStatus,
  by?: string,
): Sidecar {
  return update(sidecar, id, (a) => ({ ...a, status, ...(by ? { by } : {}) }));
}

export const acceptAnnotation = (sidecar: Sidecar, id: string, by?: string): Sidecar =>
  setStatus(sidecar, id, 'accepted', by);
export const rejectAnnotation = (sidecar: Sidecar, id: string, by?: string): Sidecar =>
  setStatus(sidecar, id, 'rejected', by);

/** Anchors an annotation's main target to a new span (e.g. re-attaching an orphan to the selection). */
export function reattachAnnotation(
  sidecar: Sidecar,
  id: string,
  text: string,
  span: CpSpan,
): Sidecar {
  const src = new SourceText(text);
  return update(sidecar, id, (a) => ({
    ...a,
    target: withExtras(
      a.target,
      makeTarget(src, span.start, span.end, { hashLong: a.kind === 'segment' }),
    ),
  }));
}

/** Accepts the current text of every fuzzy target of an annotation as its new `exact`. */
export function confirmAnchor(sidecar: Sidecar, id: string, text: string): Sidecar {
  const src = new SourceText(text);
  const fix = (t: Target, long: boolean): Target =>
    t.anchor === 'fuzzy' || t.anchor === 'shifted'
      ? withExtras(t, makeTarget(src, t.start, t.end, { hashLong: long }))
      : t;
  return update(sidecar, id, (a) => mapTargets(a, (t) => fix(t, a.kind === 'segment')));
}

/** Clears every `shifted` status (their text is exactly where the offsets say): "looks right". */
export function confirmShifted(sidecar: Sidecar): Sidecar {
  const clear = (t: Target): Target => {
    if (t.anchor !== 'shifted') return t;
    const { anchor: _a, score: _s, ...rest } = t;
    return rest;
  };
  return { ...sidecar, annotations: sidecar.annotations.map((a) => mapTargets(a, clear)) };
}

/** Applies `f` to every target of an annotation. */
export function mapTargets(a: Annotation, f: (t: Target) => Target): Annotation {
  if (a.kind !== 'quote') return { ...a, target: f(a.target) };
  return {
    ...a,
    target: f(a.target),
    ...(a.parts ? { parts: a.parts.map(f) } : {}),
    ...(a.speaker_span ? { speaker_span: f(a.speaker_span) } : {}),
    ...(a.cue_span ? { cue_span: f(a.cue_span) } : {}),
  };
}

/** A fresh target keeps the old one's `x_*` fields. */
export function withExtras(old: Target, fresh: Target): Target {
  const extras = Object.fromEntries(Object.entries(old).filter(([k]) => k.startsWith('x_')));
  return { ...fresh, ...extras };
}

export { targetsOf };
