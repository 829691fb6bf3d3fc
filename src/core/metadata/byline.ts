/**
 * Author: a byline near the headline or the publication date. Rules, in order of trust:
 * `byline-prefix` ("By X", "Von X und Y", "Автор: X"), `byline-label` (an "Author" line with the
 * name on the next line), `byline-inline` ("12/04/2020 by Kay", "Written by X on …") and
 * `byline-name` (a bare name line right next to the date).
 */
import markers from '../data/metadata/markers.json';
import type { MetaDoc, MetaLine } from './doc';
import { phraseAlternation } from './doc';
import type { LineFacts } from './features';
import { RE_BYLINE_START } from './features';

/** Lines searched around the anchor (headline or date). */
export const BYLINE_WINDOW_BELOW = 12;
export const BYLINE_WINDOW_ABOVE = 3;
/** A bare name line must be this close to the date line. */
export const NAME_LINE_DATE_DISTANCE = 2;
/** Most tokens one author name has ("Jose de la Cruz", "Dr. Karin J. Schmitz"). */
export const NAME_MAX_TOKENS = 5;
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
  'y',
  'zu',
  'ten',
  'ter',
]);
const JOINERS = /^(?:,|&|and|und|и|та|і|y|et|e|og|och|en|i)$/iu;
const ROLE_RE = new RegExp(`^(?:${phraseAlternation(markers.roleWords)})$`, 'iu');
const NON_NAME = new Set(markers.nonNames.map((w) => w.toLowerCase()));
const RE_NAME_TOKEN =
  /^(?:\p{Lu}[\p{Ll}\p{Lu}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,5})$/u;
/** "Sarah LazareTwitter": a social-network link glued to the name. */
const RE_GLUED_SOCIAL =
  /(?<=\p{Ll})(?:Twitter|Facebook|Email|E-mail|Instagram|LinkedIn|Mastodon|Bluesky)$/u;
const RE_INLINE = new RegExp(
  `(?:^|[\\s\\d,|•·–—-])(?:by|von|par|por|door|av|przez)(?=\\p{Lu}|\\s+\\p{Lu})\\s*`,
  'gu',
);

/** The author names at the start of `s` as written, or null. Stops at dates, separators, roles. */
export function namesAt(s: string): string | null {
  const toks = s.split(/(\s+|,|&)/u).filter((t) => t.trim() !== '');
  const out: string[] = [];
  let cur = 0;
  let names = 0;
  for (const t of toks) {
    if (JOINERS.test(t)) {
      if (cur === 0) break;
      out.push(t);
      cur = 0;
      continue;
    }
    const clean = t.replace(/[;:|]$/u, '').replace(RE_GLUED_SOCIAL, '');
    const isName = RE_NAME_TOKEN.test(clean) || (cur > 0 && PARTICLES.has(clean.toLowerCase()));
    if (
      !isName ||
      (cur >= 2 && ROLE_RE.test(clean)) ||
      NON_NAME.has(clean.toLowerCase()) ||
      cur >= NAME_MAX_TOKENS
    )
      break;
    if (cur === 0) names++;
    if (names > AUTHORS_MAX) break;
    out.push(clean);
    cur++;
    if (clean !== t) break; // "Name:" or "Name|" ends the byline
  }
  while (out.length > 0 && JOINERS.test(out[out.length - 1]!)) out.pop();
  while (out.length > 0 && PARTICLES.has(out[out.length - 1]!.toLowerCase())) out.pop();
  if (out.length === 0) return null;
  return out.join(' ').replace(/\s+,/gu, ',');
}

function bareName(l: MetaLine): string | null {
  const seg = l.bare.split(/\s*[|•·]\s*/u)[0] ?? '';
  const n = namesAt(seg);
  if (!n) return null;
  const rest = seg
    .slice(seg.indexOf(n.split(' ').pop()!) + (n.split(' ').pop()?.length ?? 0))
    .trim();
  const nTok = n.split(/\s+/u).length;
  if (nTok < 2 && !/[\p{Script=Han}]/u.test(n)) return null;
  // the rest of the segment may only be a role ("Political Correspondent")
  if (rest && !rest.split(/\s+/u).every((w) => ROLE_RE.test(w) || /^\p{Lu}/u.test(w))) return null;
  return n;
}

export function pickAuthor(
  doc: MetaDoc,
  facts: readonly LineFacts[],
  titleIdx: number | null,
  dateIdx: number | null,
): AuthorPick | null {
  const anchor = titleIdx ?? dateIdx;
  if (anchor === null) return null;
  const lo = Math.max(0, anchor - BYLINE_WINDOW_ABOVE);
  const hi = Math.min(
    doc.lines.length - 1,
    Math.max(anchor + BYLINE_WINDOW_BELOW, (dateIdx ?? 0) + 2),
  );
  const cands: { pick: AuthorPick; rank: number; dist: number }[] = [];
  for (let i = lo; i <= hi; i++) {
    const l = doc.lines[i]!;
    if (i === titleIdx) continue;
    const f = facts[i]!;
    const dist = Math.abs(i - anchor);
    const m = RE_BYLINE_START.exec(l.bare);
    if (m) {
      const n = namesAt(l.bare.slice(m[0].length));
      if (n)
        cands.push({
          pick: {
            value: n,
            start: l.start + (l.text.length - l.bare.length) + m[0].length,
            rule: 'byline-prefix',
          },
          rank: 0,
          dist,
        });
      continue;
    }
    if (f.authorLabel && i + 1 < doc.lines.length) {
      const n2 = doc.lines[i + 1]!;
      const n = namesAt(n2.bare);
      if (n)
        cands.push({
          pick: {
            value: n,
            start: n2.start + (n2.text.length - n2.bare.length),
            rule: 'byline-label',
          },
          rank: 1,
          dist,
        });
      continue;
    }
    if (l.bare.length <= 160 && (f.dates.length > 0 || l.bare.length <= 60)) {
      for (const im of l.bare.matchAll(RE_INLINE)) {
        const at = im.index + im[0].length;
        const n = namesAt(l.bare.slice(at));
        if (n) {
          cands.push({
            pick: {
              value: n,
              start: l.start + (l.text.length - l.bare.length) + at,
              rule: 'byline-inline',
            },
            rank: 2,
            dist,
          });
          break;
        }
      }
    }
    if (
      dateIdx !== null &&
      Math.abs(i - dateIdx) <= NAME_LINE_DATE_DISTANCE &&
      f.dates.length === 0 &&
      !f.paragraph
    ) {
      const n = bareName(l);
      if (n)
        cands.push({
          pick: { value: n, start: l.start + (l.text.length - l.bare.length), rule: 'byline-name' },
          rank: 3,
          dist,
        });
    }
  }
  cands.sort((a, b) => a.rank - b.rank || a.dist - b.dist);
  return cands[0]?.pick ?? null;
}
