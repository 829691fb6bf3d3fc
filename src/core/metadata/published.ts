/**
 * Publication date: the date written closest below (or just above) the headline, preferring a
 * "Published" label over an "Updated" one, a date with its time, and a short metadata line over
 * prose. Dates in repeated list rows (related news, comment feeds) and in boilerplate lines are
 * never taken. When no headline is known, the first plausible date line of the page is used.
 */
import markers from '../data/metadata/markers.json';
import { chronoDates } from './chrono';
import type { DateHit } from './dates';
import type { MetaDoc, MetaLine } from './doc';
import { isRepeatedShape, phraseAlternation } from './doc';
import type { LineFacts } from './features';

/** Window below the headline searched first (non-blank lines). */
export const DATE_WINDOW_BELOW = 14;
/** Window above the headline. */
export const DATE_WINDOW_ABOVE = 4;
/** A metadata line (date, byline) is at most this long. */
export const META_LINE_MAX_CHARS = 90;
/** Paragraphs between headline and date from which the date is "after the article". */
export const PROSE_BEFORE_DATE = 2;
/** chrono-node runs on at most this many lines next to the headline. */
export const CHRONO_MAX_LINES = 2;
export const DATE_SCORE = {
  near: 10,
  perLineBelow: 0.5,
  perLineAbove: 0.8,
  far: 2,
  label: 2,
  labelLineAbove: 3,
  updated: -4,
  withTime: 1,
  shortLine: 1.5,
  prose: -2,
  noYear: -2,
  repeatedShape: -6,
  boilerplate: 0,
  classifiedMetadata: 1,
  /** The classifier is sure the line is a related-news, comment or ticker row. */
  listLabel: 0,
  /** Below the article's text (PROSE_BEFORE_DATE paragraphs after the headline): the next items' dates. */
  afterProse: -2,
  /** Minimum score of a date (far from the headline, or near it). */
  accept: 0.5,
} as const;

const RE_UPDATED_BEFORE = new RegExp(
  `(?:${phraseAlternation(markers.updatedLabels)})\\s*:?\\s*(?:on\\s+|am\\s+|le\\s+|el\\s+)?$`,
  'iu',
);
const RE_LABEL_BEFORE = new RegExp(
  `(?:${phraseAlternation(markers.dateLabels)})\\s*:?\\s*(?:on\\s+|am\\s+|le\\s+|el\\s+)?$`,
  'iu',
);
/** "MOSCOW, December 5. /TASS/." "Stockholm. December 2. INTERFAX -" */
export const RE_DATELINE_PLACE =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?:\s*\([\p{L} ]+\))?[,.]\s+$/u;

const RE_WORD_NUMBER = /\p{L}{3,}\.?\s?\d|\d\.?\s?\p{L}{3,}/u;

export interface DatePick {
  readonly line: MetaLine;
  readonly hit: DateHit;
  readonly score: number;
  readonly dateline: boolean;
}

/**
 * The line holding the PROSE_BEFORE_DATE-th paragraph below the headline (Infinity when there is
 * none): dates below it come after the article's text. One scan per document, so scoring a date
 * hit stays constant-time however many hits a long page has.
 */
function proseEndLine(facts: readonly LineFacts[], titleIdx: number | null): number {
  if (titleIdx === null) return Infinity;
  let prose = 0;
  for (let i = titleIdx + 1; i < facts.length; i++)
    if (facts[i]!.paragraph && ++prose >= PROSE_BEFORE_DATE) return i;
  return Infinity;
}

function scoreHit(
  doc: MetaDoc,
  l: MetaLine,
  f: LineFacts,
  h: DateHit,
  facts: readonly LineFacts[],
  titleIdx: number | null,
  proseEnd: number,
): number | null {
  const S = DATE_SCORE;
  const before = l.bare.slice(0, h.start);
  const dateline = RE_DATELINE_PLACE.test(before);
  const short = l.bare.length <= META_LINE_MAX_CHARS;
  if (h.year === undefined && !dateline && !short) return null; // "on 18 October" inside prose
  let s: number;
  if (titleIdx !== null && l.idx > titleIdx && l.idx - titleIdx <= DATE_WINDOW_BELOW)
    s = S.near - S.perLineBelow * (l.idx - titleIdx);
  else if (titleIdx !== null && l.idx < titleIdx && titleIdx - l.idx <= DATE_WINDOW_ABOVE)
    s = S.near - 1 - S.perLineAbove * (titleIdx - l.idx);
  else s = S.far - l.idx * 0.001;
  if (RE_UPDATED_BEFORE.test(before.slice(-40))) s += S.updated;
  else if (RE_LABEL_BEFORE.test(before.slice(-40))) s += S.label;
  const prev = l.idx > 0 ? facts[l.idx - 1] : undefined;
  if (prev?.dateLabel) s += S.labelLineAbove;
  if (h.hour !== undefined) s += S.withTime;
  if (short) s += S.shortLine;
  else if (f.paragraph && !dateline && h.start > 0) s += S.prose;
  if (h.year === undefined) s += S.noYear;
  if (isRepeatedShape(doc, l)) s += S.repeatedShape;
  if (l.idx > proseEnd) s += S.afterProse;
  if (l.boiler) s += S.boilerplate;
  if (l.veto) s += S.listLabel;
  if (l.kind === 'metadata') s += S.classifiedMetadata;
  return s;
}

export function pickDate(
  doc: MetaDoc,
  facts: readonly LineFacts[],
  titleIdx: number | null,
  ref: Date,
): DatePick | null {
  let best: DatePick | null = null;
  const refTime = ref.getTime();
  const proseEnd = proseEndLine(facts, titleIdx);
  const consider = (l: MetaLine, h: DateHit) => {
    const s = scoreHit(doc, l, facts[l.idx]!, h, facts, titleIdx, proseEnd);
    if (s === null) return;
    if (h.year !== undefined && Date.UTC(h.year, h.month - 1, h.day) > refTime + 86_400_000) return;
    const far =
      titleIdx === null ||
      l.idx < titleIdx - DATE_WINDOW_ABOVE ||
      l.idx > titleIdx + DATE_WINDOW_BELOW;
    if (s < DATE_SCORE.accept || (far && h.year === undefined)) return;
    if (!best || s > best.score) {
      const dateline = RE_DATELINE_PLACE.test(l.bare.slice(0, h.start));
      best = { line: l, hit: h, score: s, dateline };
    }
  };
  for (const l of doc.lines) {
    const f = facts[l.idx]!;
    for (const h of f.dates) consider(l, h);
  }
  if (!best && titleIdx !== null) {
    // fallback: chrono-node on the few short lines right below the headline that have digits
    let tried = 0;
    for (
      let i = titleIdx + 1;
      i < doc.lines.length && i <= titleIdx + DATE_WINDOW_BELOW && tried < CHRONO_MAX_LINES;
      i++
    ) {
      const l = doc.lines[i]!;
      // chrono only adds month words the pattern data lacks: a word next to a number
      if (l.veto || l.bare.length > META_LINE_MAX_CHARS || !RE_WORD_NUMBER.test(l.bare)) continue;
      tried++;
      for (const h of chronoDates(l.bare, doc.language, ref)) consider(l, h);
    }
  }
  return best;
}
