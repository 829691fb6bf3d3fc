/**
 * The article's prose: the run of paragraphs the headline stands above, and the word overlap
 * between a candidate headline and the text below it or the article's lead.
 */
import type { MetaDoc, MetaLine } from './doc';
import { isRepeatedShape } from './doc';
import type { LineFacts } from './features';

/** The headline is at most this many lines above the start of the main prose run... */
export const MAIN_BODY_BEFORE = 25;
/** ...or this many lines into it. */
export const MAIN_BODY_INTO = 2;
/** Paragraphs separated by at most this many other lines belong to one run. */
export const MAIN_BODY_GAP = 4;
/** Lines below the candidate read for shared words. */
export const OVERLAP_WINDOW = 10;
/** Candidates (by their other evidence) whose word overlap is computed. */
export const OVERLAP_TOP = 12;
/** Content words are at least this long, compared on this many leading letters (a crude stem). */
export const OVERLAP_MIN_WORD = 4;
export const OVERLAP_STEM = 5;

/** A run this much shorter than the longest still counts as the article (cookie walls come last). */
export const MAIN_BODY_MIN_SHARE = 0.4;
/** Characters a single paragraph contributes at most (legal walls have very long ones). */
export const MAIN_BODY_PARA_CAP = 400;

/** The article's prose run: first and last paragraph line. */
export function mainBody(
  doc: MetaDoc,
  facts: readonly LineFacts[],
): { start: number; end: number; longestEnd: number } | null {
  const runs: { start: number; end: number; chars: number }[] = [];
  let cur: { start: number; end: number; chars: number } | null = null;
  let lastPara = -Infinity;
  for (const l of doc.lines) {
    if (!facts[l.idx]!.paragraph || l.bullet || isRepeatedShape(doc, l)) continue;
    const c = Math.min(l.bare.length, MAIN_BODY_PARA_CAP);
    if (cur && l.idx - lastPara <= MAIN_BODY_GAP + 1) {
      cur.chars += c;
      cur.end = l.idx;
    } else {
      cur = { start: l.idx, end: l.idx, chars: c };
      runs.push(cur);
    }
    lastPara = l.idx;
  }
  let longest: { start: number; end: number; chars: number } | null = null;
  for (const r of runs) if (!longest || r.chars > longest.chars) longest = r;
  if (!longest) return null;
  const max = longest.chars;
  const first = runs.find((r) => r.chars >= max * MAIN_BODY_MIN_SHARE)!;
  return { start: first.start, end: first.end, longestEnd: longest.end };
}

/** The stems of a document's lines, by line index (one WeakMap entry per document, not per line). */
const stemCaches = new WeakMap<MetaDoc, (readonly string[] | undefined)[]>();

/** Lower-case content-word stems of a line of `doc`, computed once per line. */
function stems(doc: MetaDoc, l: MetaLine): readonly string[] {
  let stemCache = stemCaches.get(doc);
  if (!stemCache) {
    stemCache = [];
    stemCaches.set(doc, stemCache);
  }
  const hit = stemCache[l.idx];
  if (hit) return hit;
  const out: string[] = [];
  const t = l.bare.toLowerCase();
  let start = -1;
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 0x20;
    const word =
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c > 0xbf &&
        !(c >= 0x2000 && c <= 0x206f) &&
        !(c >= 0x3000 && c <= 0x303f) &&
        !(c >= 0xff00 && c <= 0xff0f));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      if (i - start >= OVERLAP_MIN_WORD)
        out.push(t.slice(start, Math.min(i, start + OVERLAP_STEM)));
      start = -1;
    }
  }
  stemCache[l.idx] = out;
  return out;
}

/**
 * Whether `set` holds the stem `w`; a shortest stem ("мозг") also matches the longer stems it
 * starts ("мозга"), so a short word matches its inflected forms.
 */
function hasStem(set: ReadonlySet<string>, w: string): boolean {
  if (set.has(w)) return true;
  if (w.length !== OVERLAP_MIN_WORD) return false;
  for (const x of set) if (x.length > w.length && x.startsWith(w)) return true;
  return false;
}

export function overlapBelow(doc: MetaDoc, l: MetaLine): number {
  const own = stems(doc, l);
  if (own.length === 0) return 0;
  // which own stems the stems below hold (as hasStem over their set, without building it)
  const ownSet = new Set(own);
  // the shortest own stems also match the longer stems they start (startsWith: no slice per stem)
  const short = [...ownSet].filter((w) => w.length === OVERLAP_MIN_WORD);
  // a stem below can only match an own stem with the same first letter: a 32-bit mask of the
  // own first letters skips most stems before any set lookup
  let firsts = 0;
  for (const w of own) firsts |= 1 << (w.charCodeAt(0) & 31);
  const found = new Set<string>();
  for (let k = 1; k <= OVERLAP_WINDOW && l.idx + k < doc.lines.length; k++) {
    const n = doc.lines[l.idx + k]!;
    if (n.bare === l.bare) continue;
    for (const x of stems(doc, n)) {
      if (((firsts >>> (x.charCodeAt(0) & 31)) & 1) === 0) continue;
      if (ownSet.has(x)) found.add(x);
      if (short.length > 0 && x.length > OVERLAP_MIN_WORD)
        for (const w of short) if (x.startsWith(w)) found.add(w);
    }
    if (found.size === ownSet.size) break;
  }
  return own.filter((w) => found.has(w)).length / own.length;
}

/** Paragraphs of the article's lead compared with the candidates. */
export const LEAD_PARAGRAPHS = 4;

export interface Lead {
  readonly stems: Set<string>;
  /** The lines the stems come from (a lead paragraph is not compared with itself). */
  readonly lines: Set<number>;
}

export function leadStems(doc: MetaDoc, facts: readonly LineFacts[], start: number): Lead {
  const out: Lead = { stems: new Set<string>(), lines: new Set<number>() };
  for (let i = start; i < doc.lines.length && out.lines.size < LEAD_PARAGRAPHS; i++) {
    if (!facts[i]!.paragraph) continue;
    out.lines.add(i);
    for (const w of stems(doc, doc.lines[i]!)) out.stems.add(w);
  }
  return out;
}

export function overlapWith(doc: MetaDoc, lead: Lead, l: MetaLine): number {
  if (lead.lines.has(l.idx)) return 0;
  const own = stems(doc, l);
  if (own.length === 0 || lead.stems.size === 0) return 0;
  return own.filter((w) => hasStem(lead.stems, w)).length / own.length;
}
