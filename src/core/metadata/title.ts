/**
 * Headline: the heading-like line that opens the article. Candidates are scored on what
 * surrounds them (a date or byline just below, the first prose paragraph below, a duplicate
 * close by) and on their own shape; the boilerplate labels veto lines the classifier rejects.
 */
import { mayHaveGluedCapital } from '../boilerplate/chars';
import type { MetaDoc, MetaLine } from './doc';
import { isVaryingRow, wordCount } from './doc';
import {
  leadStems,
  mainBody,
  MAIN_BODY_BEFORE,
  MAIN_BODY_INTO,
  OVERLAP_TOP,
  overlapBelow,
  overlapWith,
} from './body';
import type { LineFacts } from './features';
import {
  TITLE_MIN_WORDS,
  TITLE_SHORT_MIN_WORDS,
  TITLE_MAX_WORDS,
  TITLE_MAX_CHARS,
  TITLE_MIN_CJK_CHARS,
  TITLE_META_WINDOW,
  TITLE_META_BEFORE,
  TITLE_META_DECAY,
  TITLE_PARA_WINDOW,
  TITLE_DUP_WINDOW,
  TITLE_SCORE,
  TITLE_DATE_MIN_WORDS,
} from './title-constants';
import {
  menuRow,
  hasCjk,
  nameAndRole,
  numericLine,
  quotedTexts,
  isCaption,
  hasQuoteMark,
  RE_CAPTION_LINE,
  endsWithCredit,
  RE_GALLERY,
  RE_NOT_TITLE,
  RE_QUOTED_TITLE_LINE,
  RE_SPEAKER_QUOTE,
  RE_TAG_LINE,
  RE_UI,
  RE_UI_WORD,
  UI_KINDS,
  UI_MIN_CONFIDENCE,
  UI_PHRASE_MAX_WORDS,
  UI_WORD_MAX_WORDS,
} from './title-shape';

export {
  NUMERIC_SHARE,
  UI_KINDS,
  UI_MIN_CONFIDENCE,
  UI_PHRASE_MAX_WORDS,
  UI_WORD_MAX_WORDS,
} from './title-shape';

export * from './title-constants';

export interface TitlePick {
  readonly line: MetaLine;
  readonly score: number;
  /** The headline when only part of the line (default: the whole bare line). */
  readonly value?: string;
  /** Offset of `value` in the bare line. */
  readonly offset?: number;
  /** Share of its words found below it plus share found in the lead (the best candidates only). */
  readonly overlap?: number;
  /** A UI phrase or a UI label of the classifier ("Search for:", a share bar). */
  readonly ui?: boolean;
  /** The evidence that scored (with `explain`). */
  readonly why?: readonly string[];
}

/** One year-less date inside a sentence-long line, not at its start: an event in the headline. */
function dateInHeadline(t: string, f: LineFacts): boolean {
  const d = f.dates[0]!;
  if (f.dates.length > 1 || d.year !== undefined || d.hour !== undefined || d.start === 0)
    return false;
  return wordCount(t.slice(0, d.start)) + wordCount(t.slice(d.end)) >= TITLE_DATE_MIN_WORDS;
}

/** The line's word count when it is heading-like, else -1 (cheap checks first). */
function headingWords(l: MetaLine, f: LineFacts): number {
  if (l.bullet || f.byline || f.dateLabel || f.authorLabel) return -1;
  const t = l.bare;
  if (f.dates.length > 0 && !dateInHeadline(t, f)) return -1;
  if (t.length > TITLE_MAX_CHARS) return -1;
  const w = wordCount(t);
  const cjk = hasCjk(t);
  if (cjk ? t.length < TITLE_MIN_CJK_CHARS : w < TITLE_SHORT_MIN_WORDS || w > TITLE_MAX_WORDS)
    return -1;
  if (RE_NOT_TITLE.test(t) || RE_TAG_LINE.test(t)) return -1;
  return cjk || /\p{L}/u.test(t) ? w : -1;
}

/** Every heading-like line with its score, in line order. */
export function scoreTitles(
  doc: MetaDoc,
  facts: readonly LineFacts[],
  explain = false,
): TitlePick[] {
  const L = doc.lines;
  const run = mainBody(doc, facts);
  const main = run ? run.start : null;
  const mainEnd = run ? run.end : -1;
  const articleEnd = run ? Math.max(run.end, run.longestEnd) : Infinity;
  const lead = run
    ? leadStems(doc, facts, run.start)
    : { stems: new Set<string>(), lines: new Set<number>() };
  const out: TitlePick[] = [];
  const quoted = quotedTexts(doc);
  for (const l of L) {
    const f = facts[l.idx]!;
    const w = headingWords(l, f);
    if (w < 0) continue;
    let s = 0;
    const S = TITLE_SCORE;
    // the evidence names are only kept with `explain` (no array per candidate otherwise)
    const why: string[] | undefined = explain ? [] : undefined;
    let ui = false;
    const add = (k: keyof typeof TITLE_SCORE, times = 1) => {
      s += S[k] * times;
      if (k === 'uiPhrase' || k === 'uiLabel') ui = true;
      if (why) why.push(`${k}${times === 1 ? '' : `×${times.toFixed(2)}`}`);
    };
    let dateBelow = 0;
    let bylineBelow = 0;
    let paraBelow = false;
    for (let k = 1; k <= TITLE_META_WINDOW && l.idx + k < L.length; k++) {
      const n = L[l.idx + k]!;
      const nf = facts[n.idx]!;
      // evidence right below counts fully, evidence TITLE_META_WINDOW lines below half
      const near = 1 - (k - 1) / (TITLE_META_DECAY * TITLE_META_WINDOW);
      if (!dateBelow && nf.dates.length > 0 && !nf.paragraph) dateBelow = near;
      if (!bylineBelow && (nf.byline || nf.authorLabel)) bylineBelow = near;
      if (!paraBelow && k <= TITLE_PARA_WINDOW && nf.paragraph) paraBelow = true;
    }
    if (dateBelow) add('dateBelow', dateBelow);
    if (bylineBelow) add('bylineBelow', bylineBelow);
    if (paraBelow) add('paragraphBelow');
    for (let k = 1; k <= TITLE_META_BEFORE && l.idx - k >= 0; k++) {
      const p = facts[l.idx - k]!;
      if (p.dates.length > 0 && !p.paragraph) {
        add('dateAbove');
        break;
      }
    }
    const prev = l.idx > 0 ? facts[l.idx - 1]! : null;
    if (prev?.paragraph) add('afterParagraph');
    if ((doc.textCount.get(l.bare) ?? 0) >= 2) {
      let near = false;
      for (let k = -TITLE_DUP_WINDOW; k <= TITLE_DUP_WINDOW && !near; k++) {
        const o = L[l.idx + k];
        if (k !== 0 && o?.bare === l.bare) near = true;
      }
      add(near ? 'dupNear' : 'dupFar');
    }
    if (/\.$/u.test(l.bare) && !/\.\.\.$|…$/u.test(l.bare)) add('endsWithPeriod');
    if (/[.!?]\s+\p{Lu}.*[.!?]$/u.test(l.bare)) add('sentences');
    if (main !== null && l.idx > main + MAIN_BODY_INTO && l.idx <= mainEnd) add('insideBody');
    if (l.idx > articleEnd) add('afterBody');
    if (isVaryingRow(doc, l)) add('repeatedShape');
    if (quoted.has(l.bare)) add('quotedElsewhere');
    // "Anna Weber: «Sport kennt keine Grenzen»" quotes its speaker, not another title
    if (hasQuoteMark(l.bare) && RE_QUOTED_TITLE_LINE.test(l.bare) && !RE_SPEAKER_QUOTE.test(l.bare))
      add('quotesTitle');
    if (f.paragraph) add('paragraphSelf');
    if (l.boiler && UI_KINDS.has(l.kind) && l.confidence >= UI_MIN_CONFIDENCE) add('uiLabel');
    if (l.boiler) add('boilerplate');
    if (l.veto) add('listLabel');
    if (l.kind === 'title') add('classifiedTitle');
    if (main !== null && l.idx >= main - MAIN_BODY_BEFORE && l.idx <= main + MAIN_BODY_INTO)
      add('beforeMainBody', 1 - Math.max(0, main - l.idx) / (2 * MAIN_BODY_BEFORE));
    if (menuRow(l.bare)) add('menuRow');
    // a caption: photo words, or right below a gallery button ("View 3 Images")
    if (isCaption(l.bare) || (l.idx > 0 && RE_GALLERY.test(L[l.idx - 1]!.bare))) add('caption');
    if (endsWithCredit(l.bare)) add('creditEnd');
    const next = L[l.idx + 1];
    if (next && next.bare.includes(':') && RE_CAPTION_LINE.test(next.bare)) add('beforeCredit');
    if (nameAndRole(l.bare)) add('nameAndRole');
    if (
      (w <= UI_PHRASE_MAX_WORDS && RE_UI.test(l.bare)) ||
      (w <= UI_WORD_MAX_WORDS && RE_UI_WORD.test(l.bare)) ||
      RE_GALLERY.test(l.bare)
    )
      add('uiPhrase');
    if (/^[^\p{L}\d]*\p{Ll}/u.test(l.bare)) add('lowercaseStart');
    if (l.bare.charCodeAt(0) === 0x23 && /^#\p{L}/u.test(l.bare)) add('hashtag');
    if (mayHaveGluedCapital(l.bare) && /\p{Ll}{3}\p{Lu}\p{Ll}{2}/u.test(l.bare)) add('gluedWords');
    if (
      l.bare.length > 12 &&
      !hasLowerAZ(l.bare) &&
      l.bare === l.bare.toUpperCase() &&
      /\p{Lu}/u.test(l.bare)
    )
      add('allCaps');
    if (numericLine(l.bare)) add('numeric');
    if (w >= 5 && w <= 20) add('goodLength');
    if (w < TITLE_MIN_WORDS && !hasCjk(l.bare)) {
      add('short');
      if (menuRow(l.bare, 2)) add('shortName');
    }
    // object literals, not spreads (slower in V8); the keys keep the same order
    if (why) out.push(ui ? { line: l, score: s, why, ui } : { line: l, score: s, why });
    else out.push(ui ? { line: l, score: s, ui } : { line: l, score: s });
  }
  // the word-overlap evidence is the costly part: only for the best candidates so far
  for (const i of topIndices(out, OVERLAP_TOP)) {
    const c = out[i]!;
    const o = overlapBelow(doc, c.line);
    const w = overlapWith(doc, lead, c.line);
    const score = c.score + TITLE_SCORE.overlap * o + TITLE_SCORE.leadOverlap * w;
    const why = c.why
      ? [...c.why, `overlap×${o.toFixed(2)}`, `leadOverlap×${w.toFixed(2)}`]
      : undefined;
    const overlap = o + w;
    out[i] = why
      ? { line: c.line, score, why, ...(c.ui ? { ui: true } : {}), overlap }
      : c.ui
        ? { line: c.line, score, ui: true, overlap }
        : { line: c.line, score, overlap };
  }
  return out;
}

/**
 * Indices of the `n` best-scoring picks, as a stable sort by score (descending) would take them:
 * ties go to the earlier line. (A threshold over the sorted scores instead of sorting the picks.)
 */
function topIndices(picks: readonly TitlePick[], n: number): number[] {
  if (picks.length <= n) return picks.map((_, i) => i);
  const scores = new Float64Array(picks.length);
  for (let i = 0; i < picks.length; i++) scores[i] = picks[i]!.score;
  scores.sort();
  const cut = scores[scores.length - n]!;
  let above = 0;
  for (const p of picks) if (p.score > cut) above++;
  let ties = n - above;
  const out: number[] = [];
  picks.forEach((p, i) => {
    if (p.score > cut || (p.score === cut && ties-- > 0)) out.push(i);
  });
  return out;
}

/** True when `s` has a letter a–z or а–я (then it is not all capitals; a cheap pre-check). */
function hasLowerAZ(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f)) return true;
  }
  return false;
}
