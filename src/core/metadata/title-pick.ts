/**
 * Choosing the headline among the scored candidates: the best one, unless it is a standfirst or
 * caption below a shorter heading, and without a breadcrumb or kicker prefix.
 */
import type { MetaDoc, MetaLine } from './doc';
import { wordCount } from './doc';
import type { LineFacts } from './features';
import { overlapBelow } from './body';
import {
  scoreTitles,
  TITLE_DUP_WINDOW,
  TITLE_MIN_WORDS,
  TITLE_SCORE,
  type TitlePick,
} from './title';

/** A heading line right above the best one wins when it scores at most this much less (headline, then standfirst). */
export const STANDFIRST_MARGIN = 3;
/** ...has at least this many words (shorter lines above are kickers and sections)... */
export const STANDFIRST_TITLE_MIN_WORDS = 5;
/** A best line this long is checked for a shorter headline above it... */
export const STANDFIRST_MIN_WORDS = 12;
/** ...at most this many lines above, scoring at most this much less, with at most this share of its words. */
export const STANDFIRST_LONG_DISTANCE = 6;
export const STANDFIRST_LONG_MARGIN = 7;
export const STANDFIRST_RATIO = 0.7;
/** ...when the best line has at least this share of its words (a standfirst may be a bit shorter). */
export const STANDFIRST_MIN_SHARE = 0.8;
/** ...and is at most this many lines above. */
export const STANDFIRST_DISTANCE = 2;

/** Link texts glued without spaces ("MundoEspañaDeportes"): a menu row, not a headline. */
const RE_GLUED_LINKS = /\p{Ll}{3}\p{Lu}\p{Ll}{2}/u;

export function pickTitle(doc: MetaDoc, facts: readonly LineFacts[]): TitlePick | null {
  const all = scoreTitles(doc, facts);
  let best: TitlePick | null = null;
  for (const c of all)
    if (c.score >= TITLE_SCORE.accept && (!best || c.score > best.score)) best = c;
  if (!best) return null;
  const b = best;
  const bw = wordCount(b.line.bare);
  // nothing between, and the line above looks like a headline itself (not "in Noticias de …")
  const clear = (c: TitlePick) =>
    !/^[^\p{L}\d]*\p{Ll}/u.test(c.line.bare) &&
    !doc.lines.slice(c.line.idx + 1, b.line.idx).some((l) => l.bullet) &&
    (c.overlap ?? overlapBelow(doc, c.line)) > 0 &&
    c.line.bare !== c.line.bare.toUpperCase() &&
    !facts
      .slice(c.line.idx + 1, b.line.idx)
      .some((f) => f.dates.length > 0 || f.byline || f.paragraph);
  // headline, then standfirst: a close heading above with nearly the same score
  let above = all.find(
    (c) =>
      c.line.idx < b.line.idx &&
      b.line.idx - c.line.idx <= STANDFIRST_DISTANCE &&
      c.score >= b.score - STANDFIRST_MARGIN &&
      !/[.]$/u.test(c.line.bare) &&
      wordCount(c.line.bare) >= STANDFIRST_TITLE_MIN_WORDS &&
      bw >= wordCount(c.line.bare) * STANDFIRST_MIN_SHARE &&
      clear(c),
  );
  // a long, sentence-like best line is a standfirst or caption: take the shorter heading above it
  if (!above && bw >= STANDFIRST_MIN_WORDS) {
    above = all
      .filter(
        (c) =>
          c.line.idx < b.line.idx &&
          b.line.idx - c.line.idx <= STANDFIRST_LONG_DISTANCE &&
          c.score >= b.score - STANDFIRST_LONG_MARGIN &&
          wordCount(c.line.bare) <= bw * STANDFIRST_RATIO &&
          !/[.]$/u.test(c.line.bare) &&
          !RE_GLUED_LINKS.test(c.line.bare) &&
          clear(c),
      )
      .sort((x, y) => y.score - x.score)[0];
  }
  if (above) best = above;
  else if (!dupNear(doc, b.line)) {
    // a kicker or subtitle next to the headline: the headline is the one the page repeats once
    // close by (site header + article header: a headline written twice under a rubric
    // line); a UI block repeats more often (a search box ×3) or reads as UI
    const dup = all.find(
      (c) =>
        c !== b &&
        Math.abs(c.line.idx - b.line.idx) <= STANDFIRST_DISTANCE &&
        c.score >= b.score - STANDFIRST_MARGIN &&
        wordCount(c.line.bare) >= TITLE_MIN_WORDS &&
        !c.ui &&
        doc.textCount.get(c.line.bare) === 2 &&
        dupNear(doc, c.line),
    );
    if (dup) best = dup;
  }
  return trimPrefix(doc, best);
}

/** The line's text is written again within TITLE_DUP_WINDOW lines. */
function dupNear(doc: MetaDoc, l: MetaLine): boolean {
  if ((doc.textCount.get(l.bare) ?? 0) < 2) return false;
  for (let k = -TITLE_DUP_WINDOW; k <= TITLE_DUP_WINDOW; k++)
    if (k !== 0 && doc.lines[l.idx + k]?.bare === l.bare) return true;
  return false;
}

/** A kicker of 1–4 words before " : ". */
const RE_KICKER = /^(?:[\p{L}\d'’-]+\s+){0,3}[\p{L}\d'’-]+\s:\s+(?=\p{Lu})/u;
/** Languages whose typography puts a space before a colon. */
export const SPACE_COLON_LANGUAGES: ReadonlySet<string> = new Set(['fr']);
const RE_CRUMB_SEP = /\s+(?:>>|»|>|›|\/\/)\s+/u;

/**
 * "Home >> Recipes >> Title" → "Title"; "Komentarze (0) - Title" → "Title" when "Title" is a
 * line of its own elsewhere on the page.
 */
/** A prefix without a separator is dropped only when this short ("Skomentuj", "Lokales Lübeck"). */
export const TRIM_PREFIX_MAX_WORDS = 2;
/** Any prefix is dropped when the rest stands alone on a line this close (a breadcrumb above the headline). */
export const TRIM_NEAR_LINES = 4;

const RE_NBSP = /[\u00a0\u2007\u202f]/gu;

function trimPrefix(doc: MetaDoc, p: TitlePick): TitlePick {
  const t = p.line.bare;
  const parts = t.split(RE_CRUMB_SEP);
  if (parts.length >= 3) {
    const last = parts[parts.length - 1]!;
    return { ...p, value: last, offset: t.length - last.length };
  }
  // "Eintracht Presse : Eintracht Frankfurt stellt …": a kicker joined with " : " (in French the
  // space before a colon is ordinary typography, so not there)
  const k = RE_KICKER.exec(t);
  if (k && !SPACE_COLON_LANGUAGES.has(doc.language) && doc.language !== 'und') {
    return { ...p, value: t.slice(k[0].length), offset: k[0].length };
  }
  let best: MetaLine | null = null;
  // no-break spaces are spaces here ("wniosek o\u00a0odwołanie" in one line, a space in the other)
  const nt = t.replace(RE_NBSP, ' ');
  for (const o of doc.lines) {
    if (o === p.line || o.bare.length < 12 || o.bare.length >= t.length) continue;
    if (!nt.endsWith(o.bare.replace(RE_NBSP, ' '))) continue;
    const prefix = t.slice(0, t.length - o.bare.length).trim();
    const separated = /[-–—|»>]$|\s:$/u.test(prefix);
    const near =
      Math.abs(o.idx - p.line.idx) <= TRIM_NEAR_LINES && wordCount(o.bare) >= TITLE_MIN_WORDS;
    if (!separated && !near && (prefix.endsWith(':') || wordCount(prefix) > TRIM_PREFIX_MAX_WORDS))
      continue;
    if (
      (wordCount(o.bare) >= TITLE_MIN_WORDS || o.bare.length >= 15) &&
      (!best || o.bare.length < best.bare.length)
    )
      best = o;
  }
  if (best) {
    const offset = t.length - best.bare.length;
    return { ...p, value: t.slice(offset), offset };
  }
  return p;
}
