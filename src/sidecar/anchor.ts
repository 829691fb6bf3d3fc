/** Building targets (offsets + quoted text + context) and checking them against a text. */
import { CONTEXT_LENGTH, HEAD_TAIL_LENGTH, ID_HASH_LENGTH, LONG_SPAN_LENGTH } from './constants';
import { sha256Hex } from './sha256';
import { headCp, tailCp, type SourceText } from './text';
import type { Annotation, AnnotationKind, Target } from './types';

export interface MakeTargetOptions {
  /** Store spans longer than LONG_SPAN_LENGTH as exact_sha256 + head + tail (segments do). */
  readonly hashLong?: boolean;
}

/** A plainly anchored target for [start, end) in code points of `src`. */
export function makeTarget(
  src: SourceText,
  start: number,
  end: number,
  options: MakeTargetOptions = {},
): Target {
  const s = Math.max(0, Math.min(start, src.length));
  const e = Math.max(s, Math.min(end, src.length));
  const exact = src.slice(s, e);
  const prefix = src.slice(Math.max(0, s - CONTEXT_LENGTH), s);
  const suffix = src.slice(e, Math.min(src.length, e + CONTEXT_LENGTH));
  if (options.hashLong && e - s > LONG_SPAN_LENGTH) {
    return {
      start: s,
      end: e,
      exact_sha256: sha256Hex(exact),
      head: headCp(exact, HEAD_TAIL_LENGTH),
      tail: tailCp(exact, HEAD_TAIL_LENGTH),
      prefix,
      suffix,
    };
  }
  return { start: s, end: e, exact, prefix, suffix };
}

/** True when a target stores a hash instead of its text. */
export function isHashed(t: Target): boolean {
  return t.exact === undefined;
}

/** True when `text` is the text the target was made on (its exact, or the text its hash was made from). */
export function sameText(t: Target, text: string): boolean {
  return t.exact !== undefined ? t.exact === text : t.exact_sha256 === sha256Hex(text);
}

/**
 * True when the target's offsets hold the text they claim: `exact` (or its hash) for plain and
 * shifted targets, `anchored_exact` for fuzzy ones. Orphans are never "at" their offsets.
 */
export function targetHolds(src: SourceText, t: Target): boolean {
  if (t.anchor === 'orphaned') return false;
  if (t.end > src.length || t.start > t.end) return false;
  const text = src.slice(t.start, t.end);
  if (t.anchor === 'fuzzy' && t.anchored_exact !== undefined) return text === t.anchored_exact;
  return sameText(t, text);
}

/** A readable excerpt of what a target annotates, for messages. */
export function describeTarget(t: Target, max = 40): string {
  const text = t.exact ?? `${t.head ?? ''}…${t.tail ?? ''}`;
  const flat = text.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > max ? `${headCp(flat, max - 1)}…` : flat);
}

/** Every target of an annotation, the main one first. */
export function targetsOf(a: Annotation): Target[] {
  if (a.kind !== 'quote') return [a.target];
  return [
    a.target,
    ...(a.parts ?? []),
    ...(a.speaker_span ? [a.speaker_span] : []),
    ...(a.cue_span ? [a.cue_span] : []),
  ];
}

const ID_PREFIX: Record<AnnotationKind, string> = { segment: 's', meta: 'm', quote: 'q' };

/**
 * A stable id: kind prefix + short sha256 of kind, start and exact at creation. Never recomputed
 * (the id survives re-anchoring); `taken` ids get a salted hash instead.
 */
export function makeId(kind: AnnotationKind, target: Target, taken?: ReadonlySet<string>): string {
  const key = `${kind}\u0000${target.start}\u0000${target.exact ?? target.exact_sha256 ?? ''}`;
  for (let salt = 0; ; salt++) {
    const id = `${ID_PREFIX[kind]}-${sha256Hex(salt ? `${key}\u0000${salt}` : key).slice(0, ID_HASH_LENGTH)}`;
    if (!taken?.has(id)) return id;
  }
}

/** A stable entity id from a speaker's name. */
export function makeEntityId(name: string, taken?: ReadonlySet<string>): string {
  for (let salt = 0; ; salt++) {
    const id = `p-${sha256Hex(salt ? `${name}\u0000${salt}` : name).slice(0, ID_HASH_LENGTH)}`;
    if (!taken?.has(id)) return id;
  }
}
