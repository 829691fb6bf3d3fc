/**
 * Author: a byline near the headline or the publication date. Rules, in order of trust:
 * `byline-prefix` ("By X", "Von X und Y", "Автор: X"), `byline-label` (an "Author"/"By" line with
 * the name on the next line), `byline-date-line` (a name written on the date line:
 * "23.06.2016 um 16:14 Uhr - Markus Reuter", "HansEhrlich 17.10.2019"), `byline-inline`
 * ("12/04/2020 by Kay") and `byline-name` (a bare name line next to the date or headline). When
 * nothing is found near the headline, the first "By X" line of the page is used
 * (`byline-prefix-far`). Several authors are joined with ", ".
 */
import markers from '../data/metadata/markers.json';
import { monthOf } from './dates';
import type { MetaDoc, MetaLine } from './doc';
import { isRepeatedShape, isVaryingRow, matchesOf, phraseAlternation } from './doc';
import type { LineFacts } from './features';
import { RE_BYLINE_START } from './features';

/** Lines searched around the anchor (headline or date). */
export const BYLINE_WINDOW_BELOW = 12;
export const BYLINE_WINDOW_ABOVE = 3;
/** A bare name line must be this close to the date line... */
export const NAME_LINE_DATE_DISTANCE = 4;
/** ...or this close below the headline. */
export const NAME_LINE_TITLE_DISTANCE = 2;
/** Most tokens one author name has ("Jose de la Cruz", "Dr. Karin J. Schmitz"). */
export const NAME_MAX_TOKENS = 5;
/** A value after an "Author" label line is taken as written up to this length. */
export const LABEL_VALUE_MAX_CHARS = 40;
/** Most authors in one byline. */
export const AUTHORS_MAX = 6;

export interface AuthorPick {
  readonly value: string;
  readonly start: number;
  readonly rule: string;
}

const PARTICLES = new Set([
  'de',
  'la',
  'del',
  'der',
  'den',
  'van',
  'von',
  'da',
  'di',
  'du',
  'dos',
  'das',
  'bin',
  'ibn',
  'al',
  'le',
  'zu',
  'ten',
  'ter',
]);
const JOINERS = /^(?:,|&|and|und|и|та|і|y|et|e|og|och|en|i|;)$/iu;
/** Capitalised words that end a name: articles starting a publisher's name ("… The Associated Press"). */
const STOP_WORDS = new Set(['the', 'le', 'la', 'les', 'el', 'die', 'der', 'das', 'il']);
/** Agencies may close a byline in lower case ("…, dpa"). */
const AGENCIES = new Set(markers.agencies);
const ROLE_RE = new RegExp(`^(?:${phraseAlternation(markers.roleWords)})$`, 'iu');
const NON_NAME = new Set(markers.nonNames.map((w) => w.toLowerCase()));
const RE_NAME_TOKEN =
  /^(?:\p{Lu}[\p{Ll}\p{Lu}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,5})$/u;
/** "Sarah LazareTwitter", "Dan Jervis-BardyThe West Australian": a link or publisher glued to the name. */
const RE_GLUED =
  /(?<=\p{Ll})(?:Twitter|Facebook|Email|E-mail|Instagram|LinkedIn|Mastodon|Bluesky|The|\d+)$/u;
const RE_INLINE = new RegExp(
  `(?:^|[\\s\\d,|•·–—-])(?:by|von|par|por|door|av|przez)(?=\\p{Lu}|\\s+\\p{Lu})\\s*`,
  'gu',
);

/** The author names at the start of `s`, or null. Stops at dates, separators, roles, UI words. */
export function namesAt(s: string): string[] | null {
  const toks = s.split(/(\s+|,|&|;)/u).filter((t) => t.trim() !== '');
  const names: string[][] = [];
  let cur: string[] = [];
  for (const t of toks) {
    if (JOINERS.test(t)) {
      if (cur.length === 0) break;
      names.push(cur);
      cur = [];
      if (names.length >= AUTHORS_MAX) break;
      continue;
    }
    const glued = RE_GLUED.test(t.replace(/[;:|.]$/u, ''));
    const clean = t.replace(/[;:|]$/u, '').replace(RE_GLUED, '');
    const low = clean.toLowerCase();
    const isName =
      RE_NAME_TOKEN.test(clean) ||
      (cur.length > 0 && PARTICLES.has(low)) ||
      (cur.length === 0 && names.length > 0 && AGENCIES.has(clean));
    if (
      !isName ||
      NON_NAME.has(low) ||
      (STOP_WORDS.has(low) && /^\p{Lu}/u.test(clean)) ||
      monthOf(clean.replace(/\.$/u, '')) !== undefined
    )
      break;
    if ((cur.length >= 2 && ROLE_RE.test(clean)) || cur.length >= NAME_MAX_TOKENS) break;
    cur.push(clean);
    if (clean !== t || glued) break; // "Name:" "Name|" "NameTwitter" end the byline
  }
  if (cur.length > 0) names.push(cur);
  const out: string[] = [];
  for (const n of names) {
    while (n.length > 0 && PARTICLES.has(n[n.length - 1]!.toLowerCase())) n.pop();
    if (n.length > 0) out.push(n.join(' '));
  }
  return out.length > 0 ? out : null;
}

function offsetOf(l: MetaLine): number {
  return l.start + (l.text.length - l.bare.length);
}

function bareName(line: string): string[] | null {
  // "Dan Jervis-BardyThe West Australian": the publisher glued to the name
  const seg = line.replace(/(?<=\p{Ll})(?=The\s)/u, ' | ').split(/\s*[|•·]\s*/u)[0] ?? '';
  const n = namesAt(seg);
  if (!n) return null;
  for (const name of n) {
    const toks = name.split(/\s+/u);
    if (toks.length < 2 && !/\p{Script=Han}/u.test(name)) return null;
    if (toks.every((w) => ROLE_RE.test(w))) return null;
  }
  // the rest of the segment may only be a role ("Political Correspondent")
  const last = n[n.length - 1]!;
  const rest = seg.slice(seg.lastIndexOf(last) + last.length).trim();
  if (rest && !rest.split(/\s+/u).every((w) => ROLE_RE.test(w))) return null;
  return n;
}

/**
 * True when a word of `name` is also written in lower case in the page ("Cake Recipes": "recipes"):
 * then it is a common noun, not a person's name.
 */
export function hasCommonWord(text: string, name: string): boolean {
  for (const w of name.split(/\s+/u)) {
    if (w.length < 3 || w === w.toLowerCase()) continue;
    const low = w.toLowerCase();
    for (let at = text.indexOf(low); at >= 0; at = text.indexOf(low, at + 1)) {
      const before = at > 0 ? text[at - 1]! : ' ';
      const after = text[at + low.length] ?? ' ';
      // a domain or mail address ("info@polizeiticker.ch") is not the word written in lower case
      const isLetter = (c: string) =>
        c.toLowerCase() !== c.toUpperCase() || c === '.' || c === '@' || c === '/';
      if (!isLetter(before) && !isLetter(after)) return true;
    }
  }
  return false;
}

/** Offset of the names after a byline marker that opens a "|"-separated segment, or null. */
function segmentByline(t: string): number | null {
  let at = 0;
  for (const part of t.split('|')) {
    const lead = part.length - part.trimStart().length;
    const m = RE_BYLINE_START.exec(part.trimStart());
    if (m && at > 0) return at + lead + m[0].length;
    at += part.length + 1;
  }
  return null;
}

/** True when `name` is written in the article's prose: a person in the story, not its author. */
function inProse(doc: MetaDoc, facts: readonly LineFacts[], name: string, from: number): boolean {
  let n = 0;
  for (let i = from; i < doc.lines.length && n < LEAD_PARAGRAPHS_FOR_NAMES; i++) {
    if (!facts[i]!.paragraph) continue;
    n++;
    if (doc.lines[i]!.bare.includes(name)) return true;
  }
  return false;
}

/** Lead paragraphs searched for a bare name (an author's bio at the end does not count). */
export const LEAD_PARAGRAPHS_FOR_NAMES = 6;

interface Cand {
  readonly pick: AuthorPick;
  readonly rank: number;
  readonly dist: number;
}

export function pickAuthor(
  doc: MetaDoc,
  facts: readonly LineFacts[],
  titleIdx: number | null,
  dateIdx: number | null,
  dateEnd?: { start: number; end: number },
): AuthorPick | null {
  const anchor = titleIdx ?? dateIdx;
  const cands: Cand[] = [];
  const add = (names: string[] | null, start: number, rule: string, rank: number, dist: number) => {
    if (names) cands.push({ pick: { value: names.join(', '), start, rule }, rank, dist });
  };
  if (anchor !== null) {
    const lo = Math.max(0, Math.min(anchor, dateIdx ?? anchor) - BYLINE_WINDOW_ABOVE);
    const hi = Math.min(
      doc.lines.length - 1,
      Math.max(anchor + BYLINE_WINDOW_BELOW, (dateIdx ?? 0) + NAME_LINE_DATE_DISTANCE),
    );
    const titleText = titleIdx !== null ? doc.lines[titleIdx]!.bare : null;
    for (let i = lo; i <= hi; i++) {
      const l = doc.lines[i]!;
      if (i === titleIdx || l.bare === titleText) continue;
      const f = facts[i]!;
      const dist = Math.abs(i - anchor);
      const m = RE_BYLINE_START.exec(l.bare);
      if (m) {
        add(
          namesAt(l.bare.slice(m[0].length)),
          offsetOf(l) + m[0].length,
          'byline-prefix',
          0,
          dist,
        );
        continue;
      }
      if (f.authorLabel && i + 1 < doc.lines.length) {
        const n2 = doc.lines[i + 1]!;
        // after an explicit label the value may be an organisation or a site ("Axar.az")
        const asWritten =
          n2.bare.length <= LABEL_VALUE_MAX_CHARS && !/\d{2}/u.test(n2.bare) ? [n2.bare] : null;
        let names = namesAt(n2.bare);
        // one name per line ("By" / "• Xiaoying You," / "• Mariana Lenharo," …)
        for (let k = i + 2; names && k < doc.lines.length && names.length < AUTHORS_MAX; k++) {
          if (!/(?:,|&|\sand|\sund|\sи)\s*$/u.test(doc.lines[k - 1]!.bare)) break;
          const more = namesAt(doc.lines[k]!.bare);
          if (!more) break;
          names = [...names, ...more];
        }
        add(names ?? asWritten, offsetOf(n2), 'byline-label', 1, dist);
        continue;
      }
      // "… | Published: 5 hours ago | Written by Eliaser Ndeyanale"
      const seg = l.bare.indexOf('|') >= 0 ? segmentByline(l.bare) : null;
      if (seg) add(namesAt(l.bare.slice(seg)), offsetOf(l) + seg, 'byline-prefix', 0, dist);
      if (i === dateIdx && dateEnd) {
        const after = l.bare.slice(dateEnd.end).replace(/^\s*(?:uhr|h)?\s*[-–—,/|•·]\s*/iu, '');
        if (after !== l.bare.slice(dateEnd.end))
          add(
            bareName(after.split(/\s+[-–—|•·]\s+/u)[0] ?? ''),
            offsetOf(l) + l.bare.indexOf(after, dateEnd.end),
            'byline-date-line',
            2,
            dist,
          );
        const before = l.bare.slice(0, dateEnd.start).trim();
        if (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(before))
          add([before], offsetOf(l), 'byline-date-line', 2, dist);
      }
      if (l.bare.length <= 160 && f.dates.length > 0) {
        for (const im of matchesOf(RE_INLINE, l.bare)) {
          const at = im.index + im[0].length;
          const n = namesAt(l.bare.slice(at));
          if (n) {
            add(n, offsetOf(l) + at, 'byline-inline', 3, dist);
            break;
          }
        }
      }
      const nearDate = dateIdx !== null && Math.abs(i - dateIdx) <= NAME_LINE_DATE_DISTANCE;
      const nearTitle =
        titleIdx !== null && i > titleIdx && i - titleIdx <= NAME_LINE_TITLE_DISTANCE;
      if (
        (nearDate || nearTitle) &&
        (titleIdx === null || i > titleIdx) &&
        f.dates.length === 0 &&
        !f.paragraph &&
        !isVaryingRow(doc, l)
      ) {
        const n = bareName(l.bare);
        if (
          n &&
          n.every(
            (name) => !hasCommonWord(doc.text, name) && !inProse(doc, facts, name, titleIdx ?? i),
          )
        )
          add(n, offsetOf(l), 'byline-name', 4, dist);
      }
    }
  }
  if (cands.length === 0) {
    for (const l of doc.lines) {
      const m = RE_BYLINE_START.exec(l.bare);
      // "• By Cuisine:" labels a menu of categories, not a byline
      if (!m || isRepeatedShape(doc, l) || l.veto || l.bare.endsWith(':')) continue;
      const n = namesAt(l.bare.slice(m[0].length));
      if (n)
        return { value: n.join(', '), start: offsetOf(l) + m[0].length, rule: 'byline-prefix-far' };
    }
  }
  cands.sort((a, b) => a.rank - b.rank || a.dist - b.dist);
  return cands[0]?.pick ?? null;
}
