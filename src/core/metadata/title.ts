/**
 * Headline: the heading-like line that opens the article. Candidates are scored on what
 * surrounds them (a date or byline just below, the first prose paragraph below, a duplicate
 * close by) and on their own shape; the boilerplate labels veto lines the classifier rejects.
 */
import type { MetaDoc, MetaLine } from './doc';
import { isRepeatedShape, isVaryingRow, wordCount } from './doc';
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
/** Date/byline evidence TITLE_META_WINDOW lines below counts 1 - 1/TITLE_META_DECAY. */
export const TITLE_META_DECAY = 1.2;
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
  dupFar: 1.5,
  afterParagraph: -2.5,
  endsWithPeriod: -2,
  /** Two sentences or more: a standfirst or caption, not a headline. */
  sentences: -2,
  /** Deeper inside the article's prose run than MAIN_BODY_INTO lines: a subheading or caption. */
  insideBody: 0,
  repeatedShape: -3,
  boilerplate: 0,
  classifiedTitle: 0,
  /** The classifier is sure the line is a related-news, comment or ticker row. */
  listLabel: 0,
  /** The exact text is quoted in another line ("5 thoughts on “Title”", "Comments on «Title»"). */
  quotedElsewhere: 3,
  /** The line quotes a title after a short lead-in: a comment-section header. */
  quotesTitle: -3,
  /** Starts with a lower-case letter: a continuation ("in Noticias de …"). */
  lowercaseStart: -3,
  /** Words glued without a space ("Corte SupremaOrganismos"): joined link texts. */
  gluedWords: -1.5,
  /** Written in capitals: a kicker or section label. */
  allCaps: -1.5,
  /** Mostly numbers ("113 25 Stockholm"). */
  numeric: -3,
  /** The line reads as a prose paragraph (a standfirst or lead). */
  paragraphSelf: -1.5,
  /** The classifier is sure the line is a share bar, legal notice, footer or comment. */
  uiLabel: -3,
  goodLength: 1.5,
  /** Placed just before (or at the top of) the page's main run of prose paragraphs. */
  beforeMainBody: 3,
  /** Times the share of the candidate's content words found in the text just below it. */
  overlap: 3,
  /** Times the share of its content words found in the lead paragraphs of the article. */
  leadOverlap: 2,
  /** Every word capitalised, no small lower-case word: a menu row. */
  menuRow: -2.5,
  /** Photo caption or credit ("… (Getty Images)", "… / AP", "Foto: …"). */
  caption: -2.5,
  /** Minimum total score for a headline. */
  accept: 3,
} as const;

const RE_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** URLs and paths, mail, copyright, clock times, label lines ending with ":" or "|". */
const RE_NOT_TITLE =
  /https?:\/\/|www\.|\.\p{L}{2,6}\/|@|©|(?<!\d)\d{1,2}:\d\d(?!\d)|[:|]$|\bcookies?\b|javascript/iu;

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

const AGENCY_CREDIT =
  '(?:AP|AFP|Reuters|EFE|dpa|EPA|PA|ANP|ANSA|Getty|Shutterstock|Imago|Keystone|Europa Press)';
const RE_CAPTION = new RegExp(
  `(?:getty|images?\\b|photo|foto|bild:|credit|©|\\/\\s*(?:via\\s+)?${AGENCY_CREDIT}\\b|\\b${AGENCY_CREDIT}\\s*\\/|\\((?:[^()]*\\/[^()]*)\\)$|\\((?:left|right|centre|center|links|rechts|izquierda|derecha)\\))`,
  'iu',
);

/** A run this much shorter than the longest still counts as the article (cookie walls come last). */
export const MAIN_BODY_MIN_SHARE = 0.4;
/** Characters a single paragraph contributes at most (legal walls have very long ones). */
export const MAIN_BODY_PARA_CAP = 400;

/**
 * Index of the first line of the article's run of prose paragraphs: the first run that is at
 * least MAIN_BODY_MIN_SHARE of the longest one, or null.
 */
export function mainBodyStart(doc: MetaDoc, facts: readonly LineFacts[]): number | null {
  return mainBody(doc, facts)?.start ?? null;
}

/** The article's prose run: first and last paragraph line. */
export function mainBody(
  doc: MetaDoc,
  facts: readonly LineFacts[],
): { start: number; end: number } | null {
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
  let max = 0;
  for (const r of runs) max = Math.max(max, r.chars);
  return runs.find((r) => r.chars >= max * MAIN_BODY_MIN_SHARE) ?? null;
}

const stemCache = new WeakMap<MetaLine, readonly string[]>();

/** Lower-case content-word stems of a line, computed once per line. */
function stems(l: MetaLine): readonly string[] {
  const hit = stemCache.get(l);
  if (hit) return hit;
  const out: string[] = [];
  const t = l.bare.toLowerCase();
  let start = -1;
  for (let i = 0; i <= t.length; i++) {
    const ch = i < t.length ? t[i]! : ' ';
    const c = ch.charCodeAt(0);
    const word =
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c > 0xbf &&
        !(c >= 0x2000 && c <= 0x206f) &&
        !(c >= 0x3000 && c <= 0x303f) &&
        !(c >= 0xff00 && c <= 0xff0f));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      if (i - start >= OVERLAP_MIN_WORD) out.push(t.slice(start, start + OVERLAP_STEM));
      start = -1;
    }
  }
  stemCache.set(l, out);
  return out;
}

function overlapBelow(doc: MetaDoc, l: MetaLine): number {
  const own = stems(l);
  if (own.length === 0) return 0;
  const below = new Set<string>();
  for (let k = 1; k <= OVERLAP_WINDOW && l.idx + k < doc.lines.length; k++) {
    const n = doc.lines[l.idx + k]!;
    if (n.bare === l.bare) continue;
    for (const w of stems(n)) below.add(w);
  }
  return own.filter((w) => below.has(w)).length / own.length;
}

/** Paragraphs of the article's lead compared with the candidates. */
export const LEAD_PARAGRAPHS = 4;

interface Lead {
  readonly stems: Set<string>;
  /** The lines the stems come from (a lead paragraph is not compared with itself). */
  readonly lines: Set<number>;
}

function leadStems(doc: MetaDoc, facts: readonly LineFacts[], start: number): Lead {
  const out: Lead = { stems: new Set<string>(), lines: new Set<number>() };
  for (let i = start; i < doc.lines.length && out.lines.size < LEAD_PARAGRAPHS; i++) {
    if (!facts[i]!.paragraph) continue;
    out.lines.add(i);
    for (const w of stems(doc.lines[i]!)) out.stems.add(w);
  }
  return out;
}

function overlapWith(lead: Lead, l: MetaLine): number {
  if (lead.lines.has(l.idx)) return 0;
  const own = stems(l);
  if (own.length === 0 || lead.stems.size === 0) return 0;
  return own.filter((w) => lead.stems.has(w)).length / own.length;
}

const RE_QUOTED = /[“"«„]([^“”"«»„]{8,200})[”"»“]/gu;
/** "5 thoughts on “…”", "One response to "…"": a short lead-in, then the whole rest quoted. */
const RE_QUOTED_TITLE_LINE = /^[^“"«„]{1,40}[“"«„][^“”"«»„]{8,200}[”"»“]\s*$/u;

/** Texts quoted inside comment-section headers and similar lines. */
function quotedTexts(doc: MetaDoc): Set<string> {
  const out = new Set<string>();
  for (const l of doc.lines) {
    if (l.bare.length > 260 || !/[“"«„]/u.test(l.bare) || !RE_QUOTED_TITLE_LINE.test(l.bare))
      continue;
    for (const m of l.bare.matchAll(RE_QUOTED)) if (m[1]) out.add(m[1].trim());
  }
  return out;
}

function menuRow(t: string): boolean {
  const words = t.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4) return false;
  return words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}

export interface TitlePick {
  readonly line: MetaLine;
  readonly score: number;
  /** The headline when only part of the line (default: the whole bare line). */
  readonly value?: string;
  /** Offset of `value` in the bare line. */
  readonly offset?: number;
  /** The evidence that scored (with `explain`). */
  readonly why?: readonly string[];
}

function headingLike(l: MetaLine, f: LineFacts): boolean {
  if (l.bullet || f.byline || f.dateLabel || f.authorLabel || f.dates.length > 0) return false;
  const t = l.bare;
  if (t.length > TITLE_MAX_CHARS || RE_NOT_TITLE.test(t)) return false;
  const w = wordCount(t);
  if (RE_CJK.test(t)) return t.length >= TITLE_MIN_CJK_CHARS;
  return w >= TITLE_MIN_WORDS && w <= TITLE_MAX_WORDS && /\p{L}/u.test(t);
}

/** Share of number tokens from which a line is "numeric". */
export const NUMERIC_SHARE = 0.3;
/** Classifier kinds that are never the headline (measured: the gold headlines are never labelled so). */
export const UI_KINDS: ReadonlySet<string> = new Set(['share', 'legal', 'footer', 'comments']);
export const UI_MIN_CONFIDENCE = 0.8;

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
/** ...and is at most this many lines above. */
export const STANDFIRST_DISTANCE = 2;

export function pickTitle(doc: MetaDoc, facts: readonly LineFacts[]): TitlePick | null {
  const all = scoreTitles(doc, facts);
  let best: TitlePick | null = null;
  for (const c of all)
    if (c.score >= TITLE_SCORE.accept && (!best || c.score > best.score)) best = c;
  if (!best) return null;
  const b = best;
  const bw = wordCount(b.line.bare);
  const clear = (c: TitlePick) =>
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
      bw > wordCount(c.line.bare) &&
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
          clear(c),
      )
      .sort((x, y) => y.score - x.score)[0];
  }
  if (above) best = above;
  return trimPrefix(doc, best);
}

const RE_CRUMB_SEP = /\s+(?:>>|»|>|›|\/\/)\s+/u;

/**
 * "Home >> Recipes >> Title" → "Title"; "Komentarze (0) - Title" → "Title" when "Title" is a
 * line of its own elsewhere on the page.
 */
/** A prefix without a separator is dropped only when this short ("Skomentuj", "Lokales Lübeck"). */
export const TRIM_PREFIX_MAX_WORDS = 2;
/** Any prefix is dropped when the rest stands alone on a line this close (a breadcrumb above the headline). */
export const TRIM_NEAR_LINES = 4;

function trimPrefix(doc: MetaDoc, p: TitlePick): TitlePick {
  const t = p.line.bare;
  const parts = t.split(RE_CRUMB_SEP);
  if (parts.length >= 3) {
    const last = parts[parts.length - 1]!;
    return { ...p, value: last, offset: t.length - last.length };
  }
  let best: MetaLine | null = null;
  for (const o of doc.lines) {
    if (o === p.line || o.bare.length < 12 || o.bare.length >= t.length || !t.endsWith(o.bare))
      continue;
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
  if (best) return { ...p, value: best.bare, offset: t.length - best.bare.length };
  return p;
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
  const lead = run
    ? leadStems(doc, facts, run.start)
    : { stems: new Set<string>(), lines: new Set<number>() };
  const out: TitlePick[] = [];
  const quoted = quotedTexts(doc);
  for (const l of L) {
    const f = facts[l.idx]!;
    if (!headingLike(l, f)) continue;
    let s = 0;
    const S = TITLE_SCORE;
    const why: string[] = [];
    const add = (k: keyof typeof TITLE_SCORE, times = 1) => {
      s += S[k] * times;
      if (explain) why.push(`${k}${times === 1 ? '' : `×${times.toFixed(2)}`}`);
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
    if (isVaryingRow(doc, l)) add('repeatedShape');
    if (quoted.has(l.bare)) add('quotedElsewhere');
    if (RE_QUOTED_TITLE_LINE.test(l.bare)) add('quotesTitle');
    if (f.paragraph) add('paragraphSelf');
    if (l.boiler && UI_KINDS.has(l.kind) && l.confidence >= UI_MIN_CONFIDENCE) add('uiLabel');
    if (l.boiler) add('boilerplate');
    if (l.veto) add('listLabel');
    if (l.kind === 'title') add('classifiedTitle');
    if (main !== null && l.idx >= main - MAIN_BODY_BEFORE && l.idx <= main + MAIN_BODY_INTO)
      add('beforeMainBody', 1 - Math.max(0, main - l.idx) / (2 * MAIN_BODY_BEFORE));
    if (menuRow(l.bare)) add('menuRow');
    if (RE_CAPTION.test(l.bare)) add('caption');
    if (/^[^\p{L}\d]*\p{Ll}/u.test(l.bare)) add('lowercaseStart');
    if (/\p{Ll}{3}\p{Lu}\p{Ll}{2}/u.test(l.bare)) add('gluedWords');
    if (l.bare.length > 12 && l.bare === l.bare.toUpperCase() && /\p{Lu}/u.test(l.bare))
      add('allCaps');
    const nums = l.bare.split(/\s+/u).filter((t) => /^\W*\d[\d.,:/-]*\W*$/u.test(t)).length;
    if (nums / Math.max(1, l.bare.split(/\s+/u).length) >= NUMERIC_SHARE) add('numeric');
    const w = wordCount(l.bare);
    if (w >= 5 && w <= 20) add('goodLength');
    out.push(explain ? { line: l, score: s, why } : { line: l, score: s });
  }
  // the word-overlap evidence is the costly part: only for the best candidates so far
  const top = [...out].sort((a, b) => b.score - a.score).slice(0, OVERLAP_TOP);
  const boosted = new Map<MetaLine, TitlePick>();
  for (const c of top) {
    const o = overlapBelow(doc, c.line);
    const w = overlapWith(lead, c.line);
    const score = c.score + TITLE_SCORE.overlap * o + TITLE_SCORE.leadOverlap * w;
    const why = c.why
      ? [...c.why, `overlap×${o.toFixed(2)}`, `leadOverlap×${w.toFixed(2)}`]
      : undefined;
    boosted.set(c.line, why ? { line: c.line, score, why } : { line: c.line, score });
  }
  return out.map((c) => boosted.get(c.line) ?? c);
}
