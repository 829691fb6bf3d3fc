/**
 * The deterministic writer. Same sidecar → same bytes: canonical key order, annotations sorted by
 * (start, end, kind, id), a blank line before each annotation, double-quoted strings that are never
 * folded (`\n` escaped, JSON style), LF line endings and a final newline. Comments of the previous
 * text (by path, annotations and entities matched by id) and `x_*` fields survive a rewrite.
 */
import {
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Pair,
  parseDocument,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type Node,
} from 'yaml';
import { SCORE_DECIMALS } from './constants';
import { emitSidecar } from './emit';
import {
  ANNOTATION_KEYS,
  cmp,
  compareAnnotations,
  DOCUMENT_KEYS,
  ENTITY_KEYS,
  HEADER_COMMENT,
  PLAIN_KEYS,
  SOURCE_KEYS,
  TARGET_FIELDS,
  TARGET_KEYS,
  TOP_KEYS,
} from './layout';
import type { Annotation, Sidecar } from './types';

export { compareAnnotations, HEADER_COMMENT };

/**
 * The canonical text of a sidecar. With `previousText` (the file as it is on disk), its comments
 * are carried over. Compare the result with `previousText` to skip writes that change nothing
 * (see `serializeIfChanged`). The direct emitter (emit.ts) writes the same bytes when there are no
 * comments to carry over (a new file, a previous text without `#`, or one that is already the
 * canonical text with the header); otherwise, or for sidecars it does not handle, the `yaml`
 * Document writer runs.
 */
export function serializeSidecar(sidecar: Sidecar, previousText?: string): string {
  if (previousText === undefined || !previousText.includes('#')) {
    const text = emitSidecar(sidecar, previousText === undefined);
    if (text !== undefined) return text;
  } else if (previousText.startsWith(`#${HEADER_COMMENT}\n`)) {
    const text = emitSidecar(sidecar, true);
    if (text === previousText) return text;
  }
  return serializeWithDocument(sidecar, previousText);
}

/** The Document writer (`yaml`): every sidecar, comments of `previousText` carried over. */
export function serializeWithDocument(sidecar: Sidecar, previousText?: string): string {
  const doc = new Document();
  doc.contents = buildMap(sidecar, TOP_KEYS, 'top');
  if (previousText !== undefined) {
    const prev = parseDocument(previousText, { version: '1.2' });
    if (prev.errors.length === 0) transferComments(prev, doc);
  } else {
    doc.commentBefore = HEADER_COMMENT;
  }
  const text = doc.toString({
    lineWidth: 0,
    minContentWidth: 0,
    doubleQuotedAsJSON: true,
    indentSeq: true,
  });
  // Every string is written on one line (JSON escapes), so whitespace-only lines are blank lines.
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/^[ \t]+$/gm, '')
    .replace(/\n*$/, '\n');
}

/** The new text, or null when writing it would not change `previousText`. */
export function serializeIfChanged(
  sidecar: Sidecar,
  previousText: string | undefined,
): string | null {
  const text = serializeSidecar(sidecar, previousText);
  return text === previousText ? null : text;
}

type Ctx = 'top' | 'source' | 'document' | 'annotation' | 'target' | 'entity' | 'other';

function buildMap(obj: Record<string, unknown>, order: readonly string[], ctx: Ctx): YAMLMap {
  const map = new YAMLMap();
  const known = order.filter((k) => obj[k] !== undefined);
  const ext = Object.keys(obj)
    .filter((k) => !order.includes(k) && obj[k] !== undefined)
    .sort();
  for (const key of [...known, ...ext]) {
    const keyNode = new Scalar(key);
    map.items.push(new Pair(keyNode, buildValue(key, obj[key], ctx, ext.includes(key))));
    if (ctx === 'top' && key !== 'schema' && key !== 'source') keyNode.spaceBefore = true;
  }
  return map;
}

function buildValue(key: string, value: unknown, ctx: Ctx, extension: boolean): Node {
  if (extension || ctx === 'other') return buildPlainData(value);
  if (ctx === 'top' && key === 'source')
    return buildMap(value as Record<string, unknown>, SOURCE_KEYS, 'source');
  if (ctx === 'top' && key === 'document')
    return buildMap(value as Record<string, unknown>, DOCUMENT_KEYS, 'document');
  if (ctx === 'top' && (key === 'annotations' || key === 'entities')) {
    const seq = new YAMLSeq();
    const items = [...(value as Record<string, unknown>[])];
    if (key === 'annotations')
      items.sort((a, b) => compareAnnotations(a as Annotation, b as Annotation));
    else items.sort((a, b) => cmp(String(a.id), String(b.id)));
    for (const item of items) {
      const node = buildMap(
        item,
        key === 'annotations' ? ANNOTATION_KEYS : ENTITY_KEYS,
        key === 'annotations' ? 'annotation' : 'entity',
      );
      if (key === 'annotations') node.spaceBefore = true;
      seq.items.push(node);
    }
    return seq;
  }
  if (ctx === 'annotation' && TARGET_FIELDS.has(key))
    return buildMap(value as Record<string, unknown>, TARGET_KEYS, 'target');
  if (ctx === 'annotation' && key === 'parts') {
    const seq = new YAMLSeq();
    for (const t of value as Record<string, unknown>[])
      seq.items.push(buildMap(t, TARGET_KEYS, 'target'));
    return seq;
  }
  if (ctx === 'target' && key === 'score' && typeof value === 'number') {
    return new Scalar(Number(value.toFixed(SCORE_DECIMALS)));
  }
  if (typeof value === 'string') {
    const s = new Scalar(value);
    s.type = PLAIN_KEYS.has(key) ? 'PLAIN' : 'QUOTE_DOUBLE';
    return s;
  }
  return buildPlainData(value);
}

/** Extension (`x_*`) values: any YAML-able data, strings double-quoted, key order kept. */
function buildPlainData(value: unknown): Node {
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const v of value) seq.items.push(buildPlainData(v));
    return seq;
  }
  if (value !== null && typeof value === 'object') {
    const map = new YAMLMap();
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      map.items.push(new Pair(new Scalar(k), buildPlainData(v)));
    return map;
  }
  const s = new Scalar(value);
  if (typeof value === 'string') s.type = 'QUOTE_DOUBLE';
  return s;
}

interface Comments {
  before?: string | undefined;
  after?: string | undefined;
}

/** Copies comments from `from` to the nodes of `to` at the same logical path. */
function transferComments(from: Document, to: Document): void {
  const found = new Map<string, Comments>();
  walk(from.contents, '', (path, node) => {
    if (node.commentBefore || node.comment)
      found.set(path, {
        before: node.commentBefore ?? undefined,
        after: node.comment ?? undefined,
      });
  });
  walk(to.contents, '', (path, node) => {
    const c = found.get(path);
    if (!c) return;
    if (c.before) node.commentBefore = c.before;
    if (c.after) node.comment = c.after;
  });
  if (from.commentBefore) to.commentBefore = from.commentBefore;
  if (from.comment) to.comment = from.comment;
}

/** Visits value nodes (path) and key nodes (path + '#key'); sequence items with an id are keyed by it. */
function walk(node: unknown, path: string, visit: (path: string, node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  visit(path, node as Node);
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const p = `${path}/${String(item.key.value)}`;
      visit(`${p}#key`, item.key);
      walk(item.value, p, visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const id = isMap(item) ? item.get('id') : undefined;
      walk(item, `${path}/[${typeof id === 'string' ? `id=${id}` : i}]`, visit);
    });
  }
}
