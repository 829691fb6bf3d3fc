/**
 * Review in diffs: a semantic diff of two sidecars by annotation id (added, removed, changed
 * status, labels, fields, values, quote types, speakers and text), and a readable one-line-per-
 * annotation rendering for git's `textconv` (`scrapemark show`). Offsets are left out of both by
 * default: an insertion at the top of the source moves every offset, which is not a change a
 * reviewer needs to read; such pure moves are only counted.
 */
import { compareAnnotations } from './serialize';
import type { Annotation, Sidecar, Target } from './types';

export interface FieldChange {
  readonly field: string;
  readonly before: string | undefined;
  readonly after: string | undefined;
}

export interface SidecarDiff {
  readonly added: readonly Annotation[];
  readonly removed: readonly Annotation[];
  readonly changed: readonly { before: Annotation; after: Annotation; changes: FieldChange[] }[];
  /** Annotations whose only change is their offsets/context. */
  readonly moved: number;
  /** Changes of the source and document blocks. */
  readonly header: readonly FieldChange[];
}

const EMPTY: Sidecar = {
  schema: 'scrapemark/1',
  source: {
    path: '',
    sha256: '0'.repeat(64),
    length: 0,
    offset_unit: 'codepoint',
    eol: 'none',
    bom: false,
  },
  annotations: [],
};

/** The text a target stands for: exact, or head…tail of a hashed span. */
export function targetText(t: Target): string {
  return t.exact ?? `${t.head ?? ''}…${t.tail ?? ''}`;
}

function speakerName(s: Sidecar, a: Annotation): string | undefined {
  if (a.kind !== 'quote' || !a.speaker) return undefined;
  const e = s.entities?.find((x) => x.id === a.speaker);
  if (!e) return a.speaker;
  return e.role ? `${e.name} (${e.role})` : e.name;
}

/** The reviewable fields of an annotation, as strings. */
function fields(s: Sidecar, a: Annotation): Record<string, string | undefined> {
  const f: Record<string, string | undefined> = {
    kind: a.kind,
    status: a.status,
    by: a.by,
    note: a.note,
    text:
      a.target.exact ??
      (a.target.exact_sha256
        ? `sha256:${a.target.exact_sha256.slice(0, 12)} ${targetText(a.target)}`
        : undefined),
    anchor: a.target.anchor,
  };
  if (a.kind === 'segment') {
    f.label = a.label;
    f.block = a.block;
  } else if (a.kind === 'meta') {
    f.field = a.field;
    f.value = a.value;
    f.inferred = a.inferred ? 'true' : undefined;
  } else {
    f.quote_type = a.quote_type;
    f.speaker = speakerName(s, a);
    f.parts = a.parts?.map((p) => JSON.stringify(targetText(p))).join(' + ');
    f.speaker_span = a.speaker_span ? targetText(a.speaker_span) : undefined;
    f.cue = a.cue_span ? targetText(a.cue_span) : undefined;
  }
  for (const [k, v] of Object.entries(a)) if (k.startsWith('x_')) f[k] = JSON.stringify(v);
  return f;
}

function offsets(a: Annotation): string {
  const ts =
    a.kind === 'quote' ? [a.target, ...(a.parts ?? []), a.speaker_span, a.cue_span] : [a.target];
  return JSON.stringify(ts.map((t) => (t ? [t.start, t.end, t.prefix, t.suffix] : null)));
}

export function diffSidecars(before: Sidecar | undefined, after: Sidecar | undefined): SidecarDiff {
  const b = before ?? EMPTY;
  const a = after ?? EMPTY;
  const old = new Map(b.annotations.map((x) => [x.id, x]));
  const now = new Map(a.annotations.map((x) => [x.id, x]));
  const added = a.annotations.filter((x) => !old.has(x.id)).sort(compareAnnotations);
  const removed = b.annotations.filter((x) => !now.has(x.id)).sort(compareAnnotations);
  const changed: SidecarDiff['changed'][number][] = [];
  let moved = 0;
  for (const x of [...a.annotations].sort(compareAnnotations)) {
    const y = old.get(x.id);
    if (!y) continue;
    const fb = fields(b, y);
    const fa = fields(a, x);
    const changes = [...new Set([...Object.keys(fb), ...Object.keys(fa)])]
      .filter((k) => fb[k] !== fa[k])
      .map((k) => ({ field: k, before: fb[k], after: fa[k] }));
    if (changes.length > 0) changed.push({ before: y, after: x, changes });
    else if (offsets(x) !== offsets(y)) moved++;
  }
  const header: FieldChange[] = [];
  const cmp = (field: string, x: string | number | undefined, y: string | number | undefined) => {
    const s = (v: string | number | undefined) => (v === undefined ? undefined : String(v));
    if (s(x) !== s(y)) header.push({ field, before: s(x), after: s(y) });
  };
  if (before && after) {
    cmp('source.path', b.source.path, a.source.path);
    cmp('source.sha256', b.source.sha256, a.source.sha256);
    cmp('source.length', b.source.length, a.source.length);
    cmp('document.language', b.document?.language, a.document?.language);
    cmp('document.site', b.document?.site, a.document?.site);
  }
  return { added, removed, changed, moved, header };
}

export function diffIsEmpty(d: SidecarDiff): boolean {
  return d.added.length + d.removed.length + d.changed.length + d.header.length === 0;
}

/** One line describing an annotation: kind, id, claim, status, author and its text. */
export function describeAnnotation(s: Sidecar, a: Annotation): string {
  const f = fields(s, a);
  const claim =
    a.kind === 'segment'
      ? `${a.label}/${a.block}`
      : a.kind === 'meta'
        ? `${a.field} = ${JSON.stringify(a.value)}${a.inferred ? ' (inferred)' : ''}`
        : `${a.quote_type}${f.speaker ? ` speaker ${JSON.stringify(f.speaker)}` : ''}`;
  const state = [a.status, a.target.anchor].filter(Boolean).join(', ');
  const text = [a.target, ...(a.kind === 'quote' ? (a.parts ?? []) : [])]
    .map((t) => JSON.stringify(targetText(t)))
    .join(' … ');
  return `${a.kind} ${a.id} ${claim}${state ? ` [${state}]` : ''} by ${a.by}: ${text}`;
}

/** The human-readable diff (`scrapemark diff`). */
export function formatDiff(
  d: SidecarDiff,
  before: Sidecar | undefined,
  after: Sidecar | undefined,
): string {
  const out: string[] = [];
  for (const h of d.header)
    out.push(`~ ${h.field}: ${h.before ?? '(none)'} → ${h.after ?? '(none)'}`);
  for (const x of d.removed) out.push(`- ${describeAnnotation(before ?? EMPTY, x)}`);
  for (const x of d.added) out.push(`+ ${describeAnnotation(after ?? EMPTY, x)}`);
  for (const c of d.changed) {
    out.push(`~ ${describeAnnotation(after ?? EMPTY, c.after)}`);
    for (const ch of c.changes) {
      const v = (s: string | undefined) => (s === undefined ? '(none)' : JSON.stringify(s));
      out.push(`    ${ch.field}: ${v(ch.before)} → ${v(ch.after)}`);
    }
  }
  const summary = `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed, ${d.moved} moved`;
  return `${out.join('\n')}${out.length > 0 ? '\n' : ''}${summary}\n`;
}

/**
 * The textconv rendering (`scrapemark show`): a header, then one line per annotation in position
 * order (with its parts, speaker and cue on indented lines), then the entities. No offsets unless
 * asked: a reviewer reads text, and shifted offsets would change every line.
 */
export function renderSidecar(s: Sidecar, options: { offsets?: boolean } = {}): string {
  const at = (t: Target) => (options.offsets ? `[${t.start}-${t.end}] ` : '');
  const out = [
    `source ${s.source.path} sha256 ${s.source.sha256.slice(0, 12)} length ${s.source.length} eol ${s.source.eol}${s.source.bom ? ' bom' : ''}`,
  ];
  if (s.document) {
    const doc = Object.entries(s.document).map(([k, v]) => `${k}=${String(v)}`);
    if (doc.length > 0) out.push(`document ${doc.join(' ')}`);
  }
  for (const a of [...s.annotations].sort(compareAnnotations)) {
    out.push(`${at(a.target)}${describeAnnotation(s, a)}`);
    if (a.note !== undefined) out.push(`    note: ${JSON.stringify(a.note)}`);
    if (a.kind === 'quote') {
      if (a.speaker_span)
        out.push(
          `    ${at(a.speaker_span)}speaker mention: ${JSON.stringify(targetText(a.speaker_span))}`,
        );
      if (a.cue_span)
        out.push(`    ${at(a.cue_span)}cue: ${JSON.stringify(targetText(a.cue_span))}`);
    }
  }
  for (const e of s.entities ?? [])
    out.push(
      `entity ${e.id} ${JSON.stringify(e.name)}${e.role ? ` role ${JSON.stringify(e.role)}` : ''}`,
    );
  return `${out.join('\n')}\n`;
}
