/**
 * Cleanup as ONE transaction (research §7.3 rule 9): the edit list of `planCleanup` is applied to
 * the text and every annotation is moved through the same list (`applyEdits`), then the source's
 * sha256 and length are recorded for the new text. Annotations never break:
 * - a segment whose whole text was dropped is removed with it (it described the removed text);
 * - any other target whose whole text was dropped (a quote or metadata inside boilerplate) is kept
 *   with `anchor: orphaned` and its old `exact`, never dropped silently;
 * - a plainly anchored target that keeps some text is re-made on the new text (its `exact` follows
 *   the normalised whitespace or quotation marks; offsets and context are fresh).
 * Pure: the caller reads and writes the files.
 */
import { analyzeText } from '../core/analyze';
import type { Analysis } from '../core/types';
import { makeTarget, targetHolds, targetsOf } from './anchor';
import { refreshSource, withExtras } from './edit';
import { applyEdits } from './edits';
import {
  applyTextEdits,
  needsAnalysis,
  planCleanup,
  type CleanEdit,
  type CleanOptions,
} from './cleanup-plan';
import { SourceText } from './text';
import type { Annotation, Sidecar, Target } from './types';

export { applyTextEdits, needsAnalysis, planCleanup, type CleanEdit, type CleanOptions };

export interface CleanResult {
  /** The clean text (with the BOM when the source had one). */
  readonly text: string;
  /** The edits applied, on the old text without BOM, in code points. */
  readonly edits: readonly CleanEdit[];
  /** The sidecar moved onto the clean text (when one was given); source sha256/length updated. */
  readonly sidecar?: Sidecar;
  /** Segment ids removed with their text. */
  readonly removed: readonly string[];
  /** Ids of annotations with a target whose whole text was dropped (kept, orphaned). */
  readonly orphaned: readonly string[];
  /** The analysis used (when one was needed). */
  readonly analysis?: Analysis;
}

/**
 * Cleans a source text and moves its sidecar along. `sidecar`, when given, must be anchored on
 * `text` (re-anchor first when the source hash differs). The analysis is computed only when the
 * sidecar lacks segments or a title and `options.analysis` is not given.
 */
export function cleanSource(
  text: string,
  sidecar: Sidecar | undefined,
  options: CleanOptions = {},
): CleanResult {
  const old = new SourceText(text);
  const analysis = options.analysis ?? (needsAnalysis(sidecar) ? analyzeText(old.text) : undefined);
  const edits = planCleanup(text, sidecar, { ...options, ...(analysis ? { analysis } : {}) });
  const body = applyTextEdits(old.text, edits);
  const newText = (old.bom ? '\ufeff' : '') + body;
  if (!sidecar)
    return { text: newText, edits, removed: [], orphaned: [], ...(analysis ? { analysis } : {}) };

  const moved = applyEdits(sidecar, edits, body).sidecar;
  const fresh = new SourceText(body);
  const dropped = edits.filter((e) => e.reason === 'boilerplate' || e.reason === 'duplicate-title');
  const wholly = (t: Target) => whollyDropped(old, t, dropped);
  const removed: string[] = [];
  const orphaned = new Set<string>();
  const annotations: Annotation[] = [];
  sidecar.annotations.forEach((a, i) => {
    const b = moved.annotations[i]!;
    if (a.kind === 'segment' && targetHolds(old, a.target) && wholly(a.target)) {
      removed.push(a.id);
      return;
    }
    const before = targetsOf(a);
    let k = 0;
    const fix = (n: Target): Target => {
      const o = before[k++]!;
      if (o.anchor === 'orphaned' || !targetHolds(old, o)) return n;
      if (wholly(o)) {
        orphaned.add(a.id);
        const { score: _s, anchored_exact: _e, ...rest } = n;
        return { ...rest, anchor: 'orphaned' };
      }
      if (o.anchor !== undefined) return n;
      return withExtras(o, makeTarget(fresh, n.start, n.end, { hashLong: a.kind === 'segment' }));
    };
    annotations.push(remap(b, fix));
  });
  const next = refreshSource({ ...moved, annotations }, newText);
  return {
    text: newText,
    edits,
    sidecar: next,
    removed,
    orphaned: [...orphaned],
    ...(analysis ? { analysis } : {}),
  };
}

/** Applies `f` to every target of an annotation in `targetsOf` order. */
function remap(a: Annotation, f: (t: Target) => Target): Annotation {
  if (a.kind !== 'quote') return { ...a, target: f(a.target) };
  const target = f(a.target);
  const parts = a.parts?.map(f);
  const speaker = a.speaker_span ? f(a.speaker_span) : undefined;
  const cue = a.cue_span ? f(a.cue_span) : undefined;
  return {
    ...a,
    target,
    ...(parts ? { parts } : {}),
    ...(speaker ? { speaker_span: speaker } : {}),
    ...(cue ? { cue_span: cue } : {}),
  };
}

/** True when every non-space code point of the target lies in a dropped range. */
function whollyDropped(src: SourceText, t: Target, dropped: readonly CleanEdit[]): boolean {
  let at = t.start;
  let hit = false;
  for (const d of dropped) {
    if (d.end <= at || d.start >= t.end) continue;
    if (d.start > at && /\S/.test(src.slice(at, d.start))) return false;
    hit = true;
    at = Math.max(at, d.end);
  }
  if (!hit) return false;
  return at >= t.end || !/\S/.test(src.slice(at, t.end));
}

/** Metadata fields written in the header of an exported clean text, in this order. */
export const HEADER_FIELDS = [
  'title',
  'published',
  'author',
  'agency',
  'dateline',
  'source',
  'site',
  'language',
  'section',
] as const;

/**
 * "Export clean text": the article body, optionally after a front-matter header with the
 * metadata (from the sidecar's non-rejected meta annotations, a person's or an accepted value
 * first; else the analysis). Values are JSON-quoted, so the header is valid YAML.
 */
export function cleanTextWithHeader(
  clean: CleanResult,
  sidecar: Sidecar | undefined,
  sourceName: string,
): string {
  const values = new Map<string, string>();
  const rank = (a: Annotation) => (a.status === 'proposed' ? 1 : 0);
  const metas = (sidecar?.annotations ?? [])
    .filter((a) => a.kind === 'meta' && a.status !== 'rejected')
    .sort((a, b) => rank(a) - rank(b));
  for (const a of metas)
    if (a.kind === 'meta' && !values.has(a.field)) values.set(a.field, a.value);
  if (metas.length === 0 && clean.analysis) {
    for (const [k, f] of Object.entries(clean.analysis.metadata)) if (f) values.set(k, f.value);
  }
  const lang = sidecar?.document?.language ?? clean.analysis?.language;
  if (!values.has('language') && lang && lang !== 'und') values.set('language', lang);
  const lines = [`file: ${JSON.stringify(sourceName)}`];
  for (const key of HEADER_FIELDS) {
    const v = values.get(key);
    if (v !== undefined) lines.push(`${key}: ${JSON.stringify(v)}`);
  }
  for (const [k, v] of values)
    if (!(HEADER_FIELDS as readonly string[]).includes(k)) lines.push(`${k}: ${JSON.stringify(v)}`);
  const body = clean.text.startsWith('\ufeff') ? clean.text.slice(1) : clean.text;
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}
