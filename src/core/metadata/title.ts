/**
 * Headline: the heading-like line that opens the article. Candidates are scored on what
 * surrounds them (a date or byline just below, the first prose paragraph below, a duplicate
 * close by) and on their own shape; the boilerplate labels veto lines the classifier rejects.
 */
import type { MetaDoc, MetaLine } from './doc';
import { isRepeatedShape, wordCount } from './doc';
import type { LineFacts } from './features';

export const TITLE_MIN_WORDS = 3;
export const TITLE_MAX_WORDS = 35;
export const TITLE_MAX_CHARS = 300;
/** CJK headlines have no spaces: count characters instead of words. */
export const TITLE_MIN_CJK_CHARS = 8;
/** How far below the headline its date or byline may be (non-blank lines). */
export const TITLE_META_WINDOW = 8;
/** How far above the headline a date may be (date-first layouts). */
export const TITLE_META_BEFORE = 3;
/** How far below the headline the first prose paragraph may be. */
export const TITLE_PARA_WINDOW = 6;
/** A title's duplicate counts as "close" within this many lines (site header + article header). */
export const TITLE_DUP_WINDOW = 6;
/** Scores: what each piece of evidence adds. */
export const TITLE_SCORE = {
  dateBelow: 3,
  bylineBelow: 2.5,
  dateAbove: 1.5,
  paragraphBelow: 2,
  dupNear: 1.5,
  dupFar: 0.5,
  afterParagraph: -2.5,
  endsWithPeriod: -1,
  repeatedShape: -3,
  boilerplate: -5,
  classifiedTitle: 5,
  goodLength: 0.5,
  /** Minimum total score for a headline. */
  accept: 2,
} as const;

const RE_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const RE_NOT_TITLE = /https?:\/\/|www\.|@|©|^\(?\d|[:|]$|\bcookies?\b|javascript/iu;

export interface TitlePick {
  readonly line: MetaLine;
  readonly score: number;
}

function headingLike(l: MetaLine, f: LineFacts): boolean {
  if (l.bullet || f.byline || f.dateLabel || f.authorLabel || f.dates.length > 0) return false;
  const t = l.bare;
  if (t.length > TITLE_MAX_CHARS || RE_NOT_TITLE.test(t)) return false;
  const w = wordCount(t);
  if (RE_CJK.test(t)) return t.length >= TITLE_MIN_CJK_CHARS;
  return w >= TITLE_MIN_WORDS && w <= TITLE_MAX_WORDS && /\p{L}/u.test(t);
}

export function pickTitle(doc: MetaDoc, facts: readonly LineFacts[]): TitlePick | null {
  const L = doc.lines;
  let best: TitlePick | null = null;
  for (const l of L) {
    const f = facts[l.idx]!;
    if (!headingLike(l, f)) continue;
    let s = 0;
    const S = TITLE_SCORE;
    let dateBelow = false;
    let bylineBelow = false;
    let paraBelow = false;
    for (let k = 1; k <= TITLE_META_WINDOW && l.idx + k < L.length; k++) {
      const n = L[l.idx + k]!;
      const nf = facts[n.idx]!;
      if (n.boiler) continue;
      if (!dateBelow && nf.dates.length > 0 && !nf.paragraph) dateBelow = true;
      if (!bylineBelow && (nf.byline || nf.authorLabel)) bylineBelow = true;
      if (!paraBelow && k <= TITLE_PARA_WINDOW && nf.paragraph) paraBelow = true;
    }
    if (dateBelow) s += S.dateBelow;
    if (bylineBelow) s += S.bylineBelow;
    if (paraBelow) s += S.paragraphBelow;
    for (let k = 1; k <= TITLE_META_BEFORE && l.idx - k >= 0; k++) {
      const p = facts[l.idx - k]!;
      if (p.dates.length > 0 && !p.paragraph) {
        s += S.dateAbove;
        break;
      }
    }
    const prev = l.idx > 0 ? facts[l.idx - 1]! : null;
    if (prev?.paragraph) s += S.afterParagraph;
    if ((doc.textCount.get(l.bare) ?? 0) >= 2) {
      let near = false;
      for (let k = -TITLE_DUP_WINDOW; k <= TITLE_DUP_WINDOW && !near; k++) {
        const o = L[l.idx + k];
        if (k !== 0 && o?.bare === l.bare) near = true;
      }
      s += near ? S.dupNear : S.dupFar;
    }
    if (/\.$/u.test(l.bare) && !/\.\.\.$|…$/u.test(l.bare)) s += S.endsWithPeriod;
    if (isRepeatedShape(doc, l)) s += S.repeatedShape;
    if (l.boiler) s += S.boilerplate;
    if (l.kind === 'title') s += S.classifiedTitle;
    const w = wordCount(l.bare);
    if (w >= 5 && w <= 20) s += S.goodLength;
    if (s >= S.accept && (!best || s > best.score)) best = { line: l, score: s };
  }
  return best;
}
