/**
 * Machine proposals from the analysis core, and merging them into an existing sidecar without
 * losing a person's work: accepted, rejected and manual annotations are kept as they are; a
 * proposal that matches one of them (same id, or same kind + span + claim) is not proposed again;
 * earlier proposals that the rules no longer make are dropped (they are regenerable).
 */
import { analyzeText } from '../core/analyze';
import type { Analysis, LineResult } from '../core/types';
import { buildAnnotation, pruneEntities, type AnnotationDraft, type CpSpan } from './edit';
import { SourceText } from './text';
import type { Annotation, DocumentInfo, Entity, Sidecar } from './types';

/** Version of the proposal rules, written in `by: rule:<name>@<version>`. */
export const PROPOSAL_RULES_VERSION = 1;
/** Lines are merged into one segment only when no blank line separates them. */
export const SEGMENT_MERGE_ACROSS_BLANK_LINES = false;

export interface Proposals {
  readonly annotations: readonly Annotation[];
  readonly entities: readonly Entity[];
  readonly document: DocumentInfo;
}

/** Strips a leading BOM: the analysis must run on the text the offsets count. */
export function stripBom(text: string): string {
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

function rule(name: string): string {
  return `rule:${name.replace(/[^A-Za-z0-9_.-]+/g, '-')}@${PROPOSAL_RULES_VERSION}`;
}

/**
 * Proposals (status `proposed`, by `rule:…`) for a source text. `analysis` must have been computed
 * on `stripBom(text)` (it is computed here when left out).
 */
export function proposalsFromAnalysis(text: string, analysis?: Analysis): Proposals {
  const src = new SourceText(text);
  const a = analysis ?? analyzeText(src.text);
  const cp = (s: { start: number; end: number }): CpSpan => ({
    start: src.toCodePoint(s.start),
    end: src.toCodePoint(s.end),
  });
  const drafts: { draft: AnnotationDraft; by: string }[] = [];

  for (const run of segmentRuns(a.lines)) {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    drafts.push({
      draft: {
        kind: 'segment',
        label: first.label,
        block: first.kind,
        span: cp({ start: first.span.start, end: last.span.end }),
      },
      by: rule('segments'),
    });
  }
  for (const [field, m] of Object.entries(a.metadata)) {
    if (!m?.span || m.span.end <= m.span.start) continue;
    drafts.push({
      draft: {
        kind: 'meta',
        field,
        value: m.value,
        ...(m.inferred ? { inferred: true } : {}),
        span: cp(m.span),
      },
      by: rule(`meta-${m.rule}`),
    });
  }
  for (const q of a.quotes) {
    const spans = q.spans.filter((s) => s.end > s.start).map(cp);
    if (spans.length === 0) continue;
    const name = q.speakerName ?? q.speaker ?? undefined;
    drafts.push({
      draft: {
        kind: 'quote',
        quoteType: q.type,
        spans,
        ...(name ? { speaker: { name, ...(q.role ? { role: q.role } : {}) } } : {}),
        ...(q.speakerSpan && q.speakerSpan.end > q.speakerSpan.start
          ? { speakerSpan: cp(q.speakerSpan) }
          : {}),
        ...(q.cueSpan && q.cueSpan.end > q.cueSpan.start ? { cueSpan: cp(q.cueSpan) } : {}),
      },
      by: rule('quotes'),
    });
  }

  const annotations: Annotation[] = [];
  const entities: Entity[] = [];
  const ids = new Set<string>();
  const entityIds = new Set<string>();
  for (const { draft, by } of drafts) {
    const built = buildAnnotation(src, draft, { by, status: 'proposed' }, ids, entities);
    ids.add(built.annotation.id);
    annotations.push(built.annotation);
    if (built.entity && !entityIds.has(built.entity.id)) {
      entityIds.add(built.entity.id);
      entities.push(built.entity);
    }
  }
  const document: DocumentInfo = {
    ...(a.language && a.language !== 'und' ? { language: a.language } : {}),
    ...(a.metadata.site?.value ? { site: a.metadata.site.value } : {}),
  };
  return { annotations, entities, document };
}

/** Runs of consecutive lines with the same label and kind. */
function segmentRuns(lines: readonly LineResult[]): LineResult[][] {
  const runs: LineResult[][] = [];
  for (const l of lines) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    const adjacent = prev && (SEGMENT_MERGE_ACROSS_BLANK_LINES || l.line === prev.line + 1);
    if (run && prev && adjacent && prev.label === l.label && prev.kind === l.kind) run.push(l);
    else runs.push([l]);
  }
  return runs;
}

/** What an annotation claims about its span; two annotations with the same key say the same thing. */
export function claimKey(a: Annotation): string {
  const base = `${a.kind}|${a.target.start}|${a.target.end}`;
  if (a.kind === 'segment') return `${base}|${a.label}|${a.block}`;
  if (a.kind === 'meta') return `${base}|${a.field}`;
  return base;
}

/**
 * Merges fresh proposals into a sidecar (which must already be anchored on the current text).
 * Kept: every annotation that is not `proposed` (a person's own, accepted, rejected). A proposal is
 * skipped when a kept annotation has its id or claim (so a rejected proposal is not re-proposed), or
 * when it proposes a metadata field that already has an accepted or manual value. An earlier proposal
 * made again keeps its id, comments and `x_*` fields; earlier proposals not made again are dropped.
 * Document fields already set are kept.
 */
export function mergeProposals(sidecar: Sidecar, proposals: Proposals): Sidecar {
  const kept = sidecar.annotations.filter((a) => a.status !== 'proposed');
  const oldProposed = sidecar.annotations.filter((a) => a.status === 'proposed');
  const keptIds = new Set(kept.map((a) => a.id));
  const keptClaims = new Set(kept.map(claimKey));
  const decidedFields = new Set(
    kept
      .filter((a) => a.kind === 'meta' && a.status !== 'rejected')
      .map((a) => (a.kind === 'meta' ? a.field : '')),
  );
  const out: Annotation[] = [...kept];
  const taken = new Set(kept.map((a) => a.id));
  const entities: Entity[] = [...(sidecar.entities ?? [])];
  // Indexes (first occurrence wins, as Array.find would): linear instead of quadratic on big files.
  const oldById = firstIndex(oldProposed, (o) => o.id);
  const oldByClaim = firstIndex(oldProposed, claimKey);
  const proposedEntity = new Map<string, Entity>();
  for (const e of [...proposals.entities].reverse()) proposedEntity.set(e.id, e);
  const entityByName = new Map<string, Entity>();
  for (const e of [...entities].reverse()) entityByName.set(e.name, e);

  for (const p of proposals.annotations) {
    const claim = claimKey(p);
    if (keptIds.has(p.id) || keptClaims.has(claim)) continue;
    if (p.kind === 'meta' && decidedFields.has(p.field)) continue;
    const i = Math.min(oldById.get(p.id) ?? Infinity, oldByClaim.get(claim) ?? Infinity);
    const old = i === Infinity ? undefined : oldProposed[i];
    let next: Annotation = old ? { ...extras(old), ...p, id: old.id } : p;
    if (taken.has(next.id)) next = { ...next, id: `${next.id}-${taken.size}` };
    taken.add(next.id);
    if (next.kind === 'quote' && next.speaker) {
      const ent = proposedEntity.get(next.speaker);
      const same = ent && entityByName.get(ent.name);
      if (same) next = { ...next, speaker: same.id };
      else if (ent) {
        entities.push(ent);
        entityByName.set(ent.name, ent);
      }
    }
    out.push(next);
  }
  const used = new Set(out.flatMap((a) => (a.kind === 'quote' && a.speaker ? [a.speaker] : [])));
  const dropped = new Set(
    oldProposed.flatMap((a) => (a.kind === 'quote' && a.speaker ? [a.speaker] : [])),
  );
  // Entities only the dropped proposals referenced go with them; all others stay.
  const finalEntities = entities.filter((e) => used.has(e.id) || !dropped.has(e.id));
  const document = { ...proposals.document, ...(sidecar.document ?? {}) };
  const { document: _d, entities: _e, ...rest } = sidecar;
  return {
    ...rest,
    ...(Object.keys(document).length > 0 ? { document } : {}),
    annotations: out,
    ...pruneEntities(finalEntities.length > 0 ? finalEntities : undefined, out),
  };
}

/** key → index of the first item with that key. */
function firstIndex<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item);
    if (!index.has(k)) index.set(k, i);
  });
  return index;
}

function extras(a: Annotation): Record<string, unknown> {
  return Object.fromEntries(Object.entries(a).filter(([k]) => k.startsWith('x_')));
}
