/**
 * brat standoff (research §7.3 rule 14): `T` text-bound lines in code points of the text without
 * BOM (brat's unit), split into fragments at line breaks as brat does; `A` attributes for a
 * segment's block and a quote's type; `R` relations quote→speaker and quote→cue; `#` notes with
 * `scrapemark {json}` carrying what brat cannot (id, status, by, value, note, x_* fields), so an
 * export imports back to the same annotations. IDs are renumbered on export only.
 * Orphaned targets cannot be placed in brat; annotations with one are left out and counted.
 */
import { SourceText } from '../text';
import type { Annotation, Entity, Sidecar, Target } from '../types';

export interface BratExport {
  readonly ann: string;
  /** Ids of annotations left out (an orphaned target). */
  readonly skipped: readonly string[];
}

/** Prefix of the `#` notes that carry Scrapemark's fields. */
export const BRAT_NOTE_PREFIX = 'scrapemark ';
const LINE_BREAK = /\r\n|\n|\r/g;

/** [start, end) in code points split at line breaks (empty pieces dropped; one empty span kept). */
function fragments(src: SourceText, start: number, end: number): [number, number][] {
  const text = src.slice(start, end);
  const out: [number, number][] = [];
  let at = 0;
  const base = src.toUtf16(start);
  const cp = (utf16: number) => src.toCodePoint(base + utf16);
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    if (m.index > at) out.push([cp(at), cp(m.index)]);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push([cp(at), cp(text.length)]);
  return out.length > 0 ? out : [[start, start]];
}

/** Groups fragments separated only by line breaks into spans (the inverse of `fragments`). */
export function joinFragments(
  src: SourceText,
  frags: readonly (readonly [number, number])[],
): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of frags) {
    const prev = out[out.length - 1];
    if (prev && s >= prev[1] && /^[\r\n]*$/.test(src.slice(prev[1], s))) prev[1] = e;
    else out.push([s, e]);
  }
  return out;
}

/** The targets' offsets when brat would not give them back as they are, else undefined. */
function lostOffsets(src: SourceText, targets: readonly Target[]): [number, number][] | undefined {
  const back = joinFragments(
    src,
    targets.flatMap((x) => fragments(src, x.start, x.end)),
  );
  const same =
    back.length === targets.length &&
    back.every(([s, e], i) => s === targets[i]!.start && e === targets[i]!.end);
  return same ? undefined : targets.map((t) => [t.start, t.end]);
}

function extras(o: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => k.startsWith('x_')));
}

/** What goes in the annotation's note (its fields brat has no place for). */
function payload(a: Annotation, entities: readonly Entity[]): Record<string, unknown> {
  const base: Record<string, unknown> = { id: a.id, by: a.by, ...extras(a) };
  if (a.status) base.status = a.status;
  if (a.note !== undefined) base.note = a.note;
  const targetExtras = extras(a.target);
  if (Object.keys(targetExtras).length > 0) base.target = targetExtras;
  if (a.kind === 'meta') {
    if (typeOf(a) !== `Meta_${a.field}`) base.field = a.field;
    base.value = a.value;
    if (a.inferred) base.inferred = true;
  }
  if (a.kind === 'quote' && a.speaker) {
    const e = entities.find((x) => x.id === a.speaker);
    base.speaker = e
      ? { id: e.id, name: e.name, ...(e.role ? { role: e.role } : {}), ...extras(e) }
      : { id: a.speaker };
  }
  return base;
}

function typeOf(a: Annotation): string {
  if (a.kind === 'segment') return a.label === 'body' ? 'Body' : 'Boilerplate';
  if (a.kind === 'meta') return `Meta_${a.field.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return 'Quote';
}

/** The `.ann` text of a sidecar on its source text (as decoded, BOM allowed). */
export function toBrat(sidecar: Sidecar, text: string): BratExport {
  const src = new SourceText(text);
  const lines: string[] = [];
  const skipped: string[] = [];
  let t = 0;
  let r = 0;
  let at = 0;
  let note = 0;
  const tLine = (type: string, targets: readonly Target[]): string => {
    const frags = targets.flatMap((x) => fragments(src, x.start, x.end));
    const id = `T${++t}`;
    const covered = frags.map(([s, e]) => src.slice(s, e)).join(' ');
    lines.push(`${id}\t${type} ${frags.map(([s, e]) => `${s} ${e}`).join(';')}\t${covered}`);
    return id;
  };
  const sorted = [...sidecar.annotations].sort(
    (a, b) =>
      a.target.start - b.target.start || a.target.end - b.target.end || (a.id < b.id ? -1 : 1),
  );
  for (const a of sorted) {
    const all =
      a.kind === 'quote'
        ? [
            a.target,
            ...(a.parts ?? []),
            ...(a.speaker_span ? [a.speaker_span] : []),
            ...(a.cue_span ? [a.cue_span] : []),
          ]
        : [a.target];
    if (all.some((x) => x.anchor === 'orphaned' || x.end > src.length)) {
      skipped.push(a.id);
      continue;
    }
    const mainTargets = a.kind === 'quote' ? [a.target, ...(a.parts ?? [])] : [a.target];
    const main = tLine(typeOf(a), mainTargets);
    // Offsets brat cannot carry (line breaks at a span's edge, parts touching) go in the note.
    const offsets: Record<string, [number, number][]> = {};
    const lost = (key: string, ts: readonly Target[]) => {
      const o = lostOffsets(src, ts);
      if (o) offsets[key] = o;
    };
    lost('target', mainTargets);
    if (a.kind === 'segment') lines.push(`A${++at}\tBlock ${main} ${a.block.replace(/\s+/g, '_')}`);
    if (a.kind === 'quote') {
      lines.push(`A${++at}\tQuoteType ${main} ${a.quote_type}`);
      if (a.speaker_span) lost('speaker_span', [a.speaker_span]);
      if (a.cue_span) lost('cue_span', [a.cue_span]);
      if (a.speaker_span) {
        const sp = tLine('Speaker', [a.speaker_span]);
        lines.push(`R${++r}\tSpeaker Arg1:${main} Arg2:${sp}`);
      }
      if (a.cue_span) {
        const cue = tLine('Cue', [a.cue_span]);
        lines.push(`R${++r}\tCue Arg1:${main} Arg2:${cue}`);
      }
    }
    const p = payload(a, sidecar.entities ?? []);
    if (Object.keys(offsets).length > 0) p.offsets = offsets;
    lines.push(`#${++note}\tAnnotatorNotes ${main}\t${BRAT_NOTE_PREFIX}${JSON.stringify(p)}`);
  }
  return { ann: lines.length > 0 ? `${lines.join('\n')}\n` : '', skipped };
}

/** brat's text file: the source text without BOM (offsets count it so). */
export function bratText(text: string): string {
  return new SourceText(text).text;
}
