/**
 * The canonical layout of a sidecar file, shared by the Document writer (serialize.ts) and the
 * direct emitter (emit.ts): key order per block, which values are written plain, and the order of
 * annotations.
 */
import type { Annotation } from './types';

/** Written on new files only (kept, or left out, as the user's previous text has it). */
export const HEADER_COMMENT =
  ' Scrapemark sidecar. Offsets: Unicode code points of the source without BOM.';

export const TOP_KEYS = ['schema', 'source', 'document', 'annotations', 'entities'];
export const SOURCE_KEYS = ['path', 'sha256', 'length', 'offset_unit', 'eol', 'bom'];
export const DOCUMENT_KEYS = ['language', 'site'];
export const ANNOTATION_KEYS = [
  'id',
  'kind',
  'label',
  'block',
  'field',
  'quote_type',
  'value',
  'inferred',
  'target',
  'parts',
  'speaker',
  'speaker_span',
  'cue_span',
  'by',
  'status',
  'note',
];
export const TARGET_KEYS = [
  'start',
  'end',
  'exact',
  'exact_sha256',
  'head',
  'tail',
  'prefix',
  'suffix',
  'anchor',
  'score',
  'anchored_exact',
];
export const ENTITY_KEYS = ['id', 'name', 'role'];
/** Values written plain (identifiers and enumerations); every other string is double-quoted. */
export const PLAIN_KEYS = new Set([
  'schema',
  'id',
  'kind',
  'label',
  'block',
  'field',
  'quote_type',
  'offset_unit',
  'eol',
  'anchor',
  'status',
  'speaker',
]);
/** Annotation keys whose value is a target map. */
export const TARGET_FIELDS = new Set(['target', 'speaker_span', 'cue_span']);

/** Canonical order of annotations: by main target (start, end), then kind, then id. */
export function compareAnnotations(a: Annotation, b: Annotation): number {
  return (
    a.target.start - b.target.start ||
    a.target.end - b.target.end ||
    cmp(a.kind, b.kind) ||
    cmp(a.id, b.id)
  );
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
