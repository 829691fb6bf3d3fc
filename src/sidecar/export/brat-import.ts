/**
 * brat standoff back into a sidecar. Reads what `toBrat` writes (the `scrapemark {json}` notes
 * restore ids, status, by, values and `x_*` fields) and plain brat files from elsewhere: `Body` /
 * `Boilerplate` become segments, `Meta_<field>` metadata, `Quote` quotes (with `Speaker` and `Cue`
 * relations), any other type a metadata annotation with that field and the covered text as value.
 * Fragments separated only by line breaks are one span (brat splits spans there); further
 * fragments of a quote are its parts. A T line whose text disagrees with the source is refused.
 */
import { makeEntityId, makeId, makeTarget } from '../anchor';
import { createSidecar } from '../edit';
import { SourceText } from '../text';
import type { Annotation, Entity, Sidecar, Target } from '../types';
import { BRAT_NOTE_PREFIX, joinFragments } from './brat';

export interface BratImport {
  readonly sidecar: Sidecar;
  /** Lines that could not be used, as `line N: message`. */
  readonly problems: readonly string[];
}

interface TLine {
  readonly line: number;
  readonly type: string;
  readonly frags: [number, number][];
  readonly text: string;
}

type Payload = Record<string, unknown>;

const STATUSES = ['proposed', 'accepted', 'rejected'] as const;

function parse(ann: string, problems: string[]) {
  const ts = new Map<string, TLine>();
  const attrs = new Map<string, Map<string, string>>();
  const rels: { type: string; from: string; to: string }[] = [];
  const notes = new Map<string, string>();
  ann.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const [id = '', head = '', ...rest] = raw.split('\t');
    const text = rest.join('\t');
    if (id.startsWith('T')) {
      const m = /^(\S+) (.+)$/.exec(head);
      const frags = m?.[2]
        ?.split(';')
        .map((f) => f.trim().split(/\s+/).map(Number) as [number, number]);
      if (
        !m ||
        !frags ||
        frags.some(
          (f) => f.length !== 2 || f.some((n) => !Number.isInteger(n) || n < 0) || f[1] < f[0],
        )
      ) {
        problems.push(`line ${line}: malformed text-bound annotation`);
        return;
      }
      ts.set(id, { line, type: m[1]!, frags, text });
    } else if (id.startsWith('A') || id.startsWith('M')) {
      const [name = '', ref = '', value = 'true'] = head.split(' ');
      if (!attrs.has(ref)) attrs.set(ref, new Map());
      attrs.get(ref)!.set(name, value);
    } else if (id.startsWith('R')) {
      const m = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(head);
      if (m) rels.push({ type: m[1]!, from: m[2]!, to: m[3]! });
      else problems.push(`line ${line}: malformed relation`);
    } else if (id.startsWith('#')) {
      const ref = head.split(' ')[1];
      if (ref) notes.set(ref, text);
    } else {
      problems.push(`line ${line}: ${id.slice(0, 1)} lines are not imported`);
    }
  });
  return { ts, attrs, rels, notes };
}

/** Offsets the export kept in the note (brat could not carry them), when valid. */
function offsetsOf(p: Payload, key: string, length: number): [number, number][] | undefined {
  const o = p.offsets && typeof p.offsets === 'object' ? (p.offsets as Payload)[key] : undefined;
  if (!Array.isArray(o) || o.length === 0) return undefined;
  const valid = (x: unknown): x is [number, number] =>
    Array.isArray(x) &&
    x.length === 2 &&
    Number.isInteger(x[0]) &&
    Number.isInteger(x[1]) &&
    (x[0] as number) >= 0 &&
    (x[0] as number) <= (x[1] as number) &&
    (x[1] as number) <= length;
  return o.every(valid) ? o : undefined;
}

function readPayload(note: string | undefined): Payload {
  if (!note?.startsWith(BRAT_NOTE_PREFIX)) return note ? { note } : {};
  try {
    const v: unknown = JSON.parse(note.slice(BRAT_NOTE_PREFIX.length));
    return v && typeof v === 'object' ? (v as Payload) : {};
  } catch {
    return {};
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const xFields = (p: unknown): Payload =>
  p && typeof p === 'object'
    ? Object.fromEntries(Object.entries(p).filter(([k]) => k.startsWith('x_')))
    : {};

/**
 * A sidecar for `text` (the source as decoded) from an `.ann` file. `path` is the source path
 * field; `by` is used for annotations that carry no author.
 */
export function fromBrat(
  ann: string,
  text: string,
  path: string,
  by = 'brat-import',
  bytes?: Uint8Array,
): BratImport {
  const problems: string[] = [];
  const src = new SourceText(text);
  const { ts, attrs, rels, notes } = parse(ann, problems);
  const attached = new Set(rels.map((r) => r.to));
  const annotations: Annotation[] = [];
  const entities: Entity[] = [];
  const ids = new Set<string>();

  const checked = (t: TLine): [number, number][] | undefined => {
    const covered = t.frags.map(([s, e]) => src.slice(s, e)).join(' ');
    if (t.frags.some(([, e]) => e > src.length) || covered !== t.text) {
      problems.push(
        `line ${t.line}: the text ${JSON.stringify(t.text)} is not at ${t.frags.map((f) => f.join(' ')).join(';')}`,
      );
      return undefined;
    }
    return joinFragments(src, t.frags);
  };
  const target = (s: [number, number], long: boolean, extra: Payload = {}): Target => ({
    ...makeTarget(src, s[0], s[1], { hashLong: long }),
    ...extra,
  });

  for (const [tid, t] of ts) {
    if (attached.has(tid) && (t.type === 'Speaker' || t.type === 'Cue')) continue;
    let sp = checked(t);
    if (!sp) continue;
    const p = readPayload(notes.get(tid));
    const a = attrs.get(tid);
    const given = offsetsOf(p, 'target', src.length);
    if (given) sp = given;
    const whole: [number, number] = [sp[0]![0], sp[sp.length - 1]![1]];
    const status = STATUSES.find((x) => x === p.status);
    const prov = {
      by: str(p.by) ?? by,
      ...(status ? { status } : {}),
      ...(str(p.note) !== undefined ? { note: str(p.note)! } : {}),
      ...xFields(p),
    };
    let ann: Annotation;
    if (t.type === 'Body' || t.type === 'Boilerplate') {
      const tg = target(whole, true, xFields(p.target));
      ann = {
        id: str(p.id) ?? makeId('segment', tg, ids),
        kind: 'segment',
        label: t.type === 'Body' ? 'body' : 'boilerplate',
        block: a?.get('Block') ?? 'other',
        target: tg,
        ...prov,
      };
    } else if (t.type === 'Quote') {
      const [first, ...rest] = sp;
      const tg = target(first!, false, xFields(p.target));
      const related = (type: string) => {
        const r = rels.find((x) => x.from === tid && x.type === type);
        const rt = r && ts.get(r.to);
        const s = rt && checked(rt);
        if (!s) return undefined;
        const o = offsetsOf(p, type === 'Speaker' ? 'speaker_span' : 'cue_span', src.length)?.[0];
        return target(o ?? [s[0]![0], s[s.length - 1]![1]], false);
      };
      const speakerSpan = related('Speaker');
      const cueSpan = related('Cue');
      const qt = a?.get('QuoteType');
      const speaker = speakerEntity(p.speaker, speakerSpan, src, entities);
      ann = {
        id: str(p.id) ?? makeId('quote', tg, ids),
        kind: 'quote',
        quote_type: qt === 'indirect' || qt === 'mixed' ? qt : 'direct',
        target: tg,
        ...(rest.length > 0 ? { parts: rest.map((s) => target(s, false)) } : {}),
        ...(speaker ? { speaker } : {}),
        ...(speakerSpan ? { speaker_span: speakerSpan } : {}),
        ...(cueSpan ? { cue_span: cueSpan } : {}),
        ...prov,
      };
    } else {
      const tg = target(whole, false, xFields(p.target));
      const field =
        str(p.field) ?? (t.type.startsWith('Meta_') ? t.type.slice(5) : t.type.toLowerCase());
      ann = {
        id: str(p.id) ?? makeId('meta', tg, ids),
        kind: 'meta',
        field,
        value: str(p.value) ?? src.slice(whole[0], whole[1]),
        ...(p.inferred === true ? { inferred: true } : {}),
        target: tg,
        ...prov,
      };
    }
    ids.add(ann.id);
    annotations.push(ann);
  }
  const sidecar = createSidecar(path, text, bytes);
  return {
    sidecar: { ...sidecar, annotations, ...(entities.length > 0 ? { entities } : {}) },
    problems,
  };
}

/** The speaker entity id of a quote: from the note, else the speaker mention's text. */
function speakerEntity(
  p: unknown,
  span: Target | undefined,
  src: SourceText,
  entities: Entity[],
): string | undefined {
  const o = p && typeof p === 'object' ? (p as Payload) : undefined;
  const name = str(o?.name) ?? (span ? src.slice(span.start, span.end) : undefined);
  const id = str(o?.id);
  if (!name) return id;
  const existing = entities.find((e) => (id ? e.id === id : e.name === name));
  if (existing) return existing.id;
  const entity: Entity = {
    id: id ?? makeEntityId(name, new Set(entities.map((e) => e.id))),
    name,
    ...(str(o?.role) ? { role: str(o?.role)! } : {}),
    ...xFields(o),
  };
  entities.push(entity);
  return entity.id;
}
