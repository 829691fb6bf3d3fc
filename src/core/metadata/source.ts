/**
 * Where the story comes from: the dateline place and agency ("MOSCOW, December 5. /TASS/.",
 * "Stockholm. December 2. INTERFAX -", "KATHMANDU, April 25 (Reuters) -"), the source chain in
 * the lead ("reported from TASS", "citing TASS", `передає "Європейська правда"`, "Source: X").
 */
import markers from '../data/metadata/markers.json';
import type { MetaDoc, MetaLine } from './doc';
import { escapeRe, matchesOf, phraseAlternation } from './doc';
import { RE_DATELINE_PLACE } from './published';
import type { LineFacts } from './features';

/** Lines below the headline searched for a dateline or a source cue. */
export const SOURCE_WINDOW = 16;

export interface Found {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly rule: string;
}

const AGENCY_ALT = [...markers.agencies]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|');
/** After the dateline's date: "/TASS/." "(Reuters) -" "INTERFAX -" "INTERFAX.RU -" */
const RE_AGENCY_AFTER = new RegExp(
  `^[.,]?\\s*(?:/\\s*(${AGENCY_ALT}|\\p{Lu}[\\p{Lu}\\p{L}.-]{1,20})\\s*/|\\(\\s*(${AGENCY_ALT}|\\p{Lu}[\\p{L}.-]{1,20})\\s*\\)|(${AGENCY_ALT}|\\p{Lu}{3,}(?:\\.\\p{L}{2,3})?)(?=\\s*[-–—]))`,
  'u',
);
const NAME = `(?:"([^"]{2,60})"|«([^»]{2,60})»|“([^”]{2,60})”|„([^“”]{2,60})[“”]|(${AGENCY_ALT})(?![\\p{L}])|(\\p{Lu}[\\p{L}.&-]+(?:\\s+\\p{Lu}[\\p{L}.&-]+){0,3}))`;
const RE_SOURCE_CUE = new RegExp(
  `(?<![\\p{L}])(?:${phraseAlternation(markers.sourceCues)})\\s+${NAME}`,
  'gu',
);
const RE_SOURCE_LABEL = new RegExp(
  `^(?:${phraseAlternation(markers.sourceLabels)})\\s*:\\s*([^|•]{2,60}?)(?:\\s+\\d|\\s*[|•]|$)`,
  'iu',
);

/** The dateline of one line, when its first date starts right after a place name. */
export function datelineOf(
  l: MetaLine,
  f: LineFacts,
): { place: Found; agency: Found | null } | null {
  const h = f.dates[0];
  if (!h) return null;
  const before = l.bare.slice(0, h.start);
  const m = RE_DATELINE_PLACE.exec(before);
  if (!m || !m[1]) return null;
  const base = l.start + (l.text.length - l.bare.length);
  const place: Found = { value: m[1], start: base, end: base + m[1].length, rule: 'dateline' };
  const after = l.bare.slice(h.end);
  const a = RE_AGENCY_AFTER.exec(after);
  const name = a ? (a[1] ?? a[2] ?? a[3]) : undefined;
  if (!a || !name) return { place, agency: null };
  const at = base + h.end + a[0].indexOf(name);
  return {
    place,
    agency: { value: name, start: at, end: at + name.length, rule: 'dateline-agency' },
  };
}

export function findDateline(
  doc: MetaDoc,
  facts: readonly LineFacts[],
  from: number,
): { place: Found; agency: Found | null } | null {
  for (let i = Math.max(0, from); i < doc.lines.length && i <= from + SOURCE_WINDOW; i++) {
    const l = doc.lines[i]!;
    if (l.veto) continue;
    const d = datelineOf(l, facts[i]!);
    if (d) return d;
  }
  return null;
}

/** "citing TASS", "передає "Європейська правда"", "Source: Express.gr" in the lines below `from`. */
export function findSource(doc: MetaDoc, from: number): Found | null {
  for (let i = Math.max(0, from); i < doc.lines.length && i <= from + SOURCE_WINDOW; i++) {
    const l = doc.lines[i]!;
    if (l.veto) continue;
    const base = l.start + (l.text.length - l.bare.length);
    const lm = RE_SOURCE_LABEL.exec(l.bare);
    if (lm?.[1]) {
      const at = base + lm[0].indexOf(lm[1]);
      return {
        value: lm[1].trim(),
        start: at,
        end: at + lm[1].trim().length,
        rule: 'source-label',
      };
    }
    for (const m of matchesOf(RE_SOURCE_CUE, l.bare)) {
      const v = m.slice(1).find((x) => x !== undefined);
      if (!v) continue;
      const at = base + m.index + m[0].lastIndexOf(v);
      return { value: v, start: at, end: at + v.length, rule: 'source-cue' };
    }
  }
  return null;
}

/** The section written before the date on the date line: "Russian Politics & Diplomacy December 05". */
export function sectionBefore(l: MetaLine, dateStart: number): Found | null {
  const before = l.bare.slice(0, dateStart).replace(/[\s/|•·,–—-]+$/u, '');
  if (!before || before.length > 40 || /\d/u.test(before) || !/^\p{Lu}/u.test(before)) return null;
  if (/[.:]$/u.test(before) || before.split(/\s+/u).length > 5) return null;
  const start = l.start + (l.text.length - l.bare.length);
  return { value: before, start, end: start + before.length, rule: 'section-date-line' };
}
