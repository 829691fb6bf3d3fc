/**
 * The line view the metadata rules work on: every non-blank line with its text, span, the
 * boilerplate classifier's verdict and a "shape" (digits folded) used to spot repeated list rows.
 */
import type { LineKind, LineResult } from '../types';

export interface MetaLine {
  /** Position in `MetaDoc.lines` (non-blank lines only). */
  readonly idx: number;
  /** 0-based line number in the source. */
  readonly line: number;
  /** The line's text, trimmed. */
  readonly text: string;
  /** UTF-16 offset of `text` in the source. */
  readonly start: number;
  /** The classifier says boilerplate (soft evidence: headlines and bylines are often labelled so). */
  readonly boiler: boolean;
  /**
   * The classifier is sure the line belongs to a related-news list, a comment feed or a ticker:
   * no title, date or byline is ever taken from it.
   */
  readonly veto: boolean;
  readonly kind: LineKind;
  /** The classifier's confidence in its label. */
  readonly confidence: number;
  /** Starts with a list bullet ("•", "-", "*"). */
  readonly bullet: boolean;
  /** `text` without the bullet. */
  readonly bare: string;
  /** Lower-case text with digits folded to 0 and whitespace collapsed. */
  readonly shape: string;
}

export interface MetaDoc {
  readonly text: string;
  readonly lines: readonly MetaLine[];
  /** How many lines share each shape. */
  readonly shapeCount: ReadonlyMap<string, number>;
  /** How many lines have each exact bare text (texts up to TEXT_COUNT_MAX_CHARS only). */
  readonly textCount: ReadonlyMap<string, number>;
  readonly language: string;
}

/** Line kinds whose dates and titles belong to other items than the article. */
export const VETO_KINDS: ReadonlySet<string> = new Set(['related', 'comments', 'ticker']);
/** Classifier confidence from which a VETO_KINDS label is trusted. */
export const VETO_MIN_CONFIDENCE = 0.8;

/** A shape seen this many times or more is a list row (related news, comment feed, ticker). */
export const REPEATED_SHAPE_MIN = 3;

/** A list bullet: one of these, then white space (`^[•·▪►▸‣◦*-]\s+`). */
const BULLET_CHARS = '•·▪►▸‣◦*-';

/**
 * The white space `String.prototype.trim` and `\s` remove: ECMAScript WhiteSpace (tab, VT, FF,
 * space, no-break space, U+FEFF and the other Zs characters) and LineTerminator.
 */
export function isTrimSpace(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c >= 0xa0 &&
        (c === 0xa0 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000 ||
          c === 0xfeff);
}
/** Lines longer than this are never list rows (their shape is not computed nor counted). */
export const SHAPE_MAX_CHARS = 160;
/** Exact texts are counted up to this length (headline candidates: TITLE_MAX_CHARS). */
export const TEXT_COUNT_MAX_CHARS = 300;

/** Units of the folded line being built (grows). */
let foldBuffer = new Uint16Array(256);

/** Lower case, digits to 0, whitespace runs to one space. */
function fold(s: string): string {
  const lower = s.toLowerCase();
  // Most lines have nothing to fold: the lower-case string itself (no string built unit by unit).
  let plain = true;
  for (let i = 0; i < lower.length && plain; i++) {
    const c = lower.charCodeAt(i);
    plain = !(
      (c >= 0x30 && c <= 0x39) ||
      c === 0x09 ||
      c === 0xa0 ||
      (c === 0x20 && lower.charCodeAt(i + 1) === 0x20)
    );
  }
  if (plain) return lower;
  if (foldBuffer.length < lower.length) foldBuffer = new Uint16Array(lower.length * 2);
  let n = 0;
  let space = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0) {
      if (!space) foldBuffer[n++] = 0x20;
      space = true;
      continue;
    }
    space = false;
    foldBuffer[n++] = c >= 0x30 && c <= 0x39 ? 0x30 : c;
  }
  return String.fromCharCode.apply(null, foldBuffer.subarray(0, n) as unknown as number[]);
}
export function buildDoc(text: string, results: readonly LineResult[], language: string): MetaDoc {
  const lines: MetaLine[] = [];
  const shapeCount = new Map<string, number>();
  const textCount = new Map<string, number>();
  for (const r of results) {
    // trimmed by index, one slice per line (not slice, trimStart and trim)
    let a = r.span.start;
    let b = r.span.end;
    while (a < b && isTrimSpace(text.charCodeAt(a))) a++;
    while (b > a && isTrimSpace(text.charCodeAt(b - 1))) b--;
    if (a === b) continue;
    const t = text.slice(a, b);
    // a bullet, then spaces (`BULLET`): the rest of the (trimmed) line is the bare text
    let skip = 0;
    if (BULLET_CHARS.includes(t[0]!) && isTrimSpace(t.charCodeAt(1))) {
      skip = 2;
      while (isTrimSpace(t.charCodeAt(skip))) skip++;
    }
    const bm = skip > 0;
    const bare = bm ? t.slice(skip) : t;
    const lead = a - r.span.start;
    // list rows are short: longer lines get a unique shape without the folding work
    const shape = bare.length <= SHAPE_MAX_CHARS ? fold(bare) : `#${lines.length}`;
    const boiler = r.label === 'boilerplate' && r.kind !== 'title' && r.kind !== 'metadata';
    const veto = boiler && VETO_KINDS.has(r.kind) && r.confidence >= VETO_MIN_CONFIDENCE;
    lines.push({
      idx: lines.length,
      line: r.line,
      text: t,
      start: r.span.start + lead,
      boiler,
      veto,
      kind: r.kind,
      confidence: r.confidence,
      bullet: bm,
      bare,
      shape,
    });
    if (bare.length <= SHAPE_MAX_CHARS) shapeCount.set(shape, (shapeCount.get(shape) ?? 0) + 1);
    if (bare.length <= TEXT_COUNT_MAX_CHARS) textCount.set(bare, (textCount.get(bare) ?? 0) + 1);
  }
  return { text, lines, shapeCount, textCount, language };
}

/** True when the line's shape is shared by at least two different texts ("World 11:01", "World 10:16"). */
export function isVaryingRow(doc: MetaDoc, l: MetaLine): boolean {
  return (
    isRepeatedShape(doc, l) && (doc.shapeCount.get(l.shape) ?? 0) > (doc.textCount.get(l.bare) ?? 0)
  );
}

/** True when the line's shape repeats like a list row. */
export function isRepeatedShape(doc: MetaDoc, l: MetaLine): boolean {
  return (doc.shapeCount.get(l.shape) ?? 0) >= REPEATED_SHAPE_MIN;
}

/**
 * Word count: runs of characters that are not spaces or common punctuation (no regex: hot path).
 * With `max`, counting stops there (callers that only compare with a bound skip the rest of a
 * long line).
 */
export function wordCount(s: string, max = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const sep =
      c <= 0x40
        ? !(c >= 0x30 && c <= 0x39)
        : c === 0xa0 ||
          c === 0x2013 ||
          c === 0x2014 ||
          (c >= 0x5b && c <= 0x60) ||
          (c >= 0x7b && c <= 0x7f);
    if (sep) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++n >= max) return n;
    }
  }
  return n;
}

/**
 * The matches of a global pattern in `s`, as `matchAll` gives them but without copying the regex
 * on every call (none of the patterns it is used with matches the empty string).
 * `String.prototype.matchAll` copies the regex and builds an iterator per call: measurable
 * on every line of a page.
 */
export function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (s === '') return out;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** Escape a literal for a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** A case-insensitive alternation of phrases, longest first, spaces matching any whitespace. */
export function phraseAlternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRe(w).replace(/ /gu, '\\s+'))
    .join('|');
}
