/**
 * Site names written without a domain: the holder of a copyright notice ("© 2025 The Citizen.
 * All rights reserved.") and a capitalised name repeated in short lines (menus, "More from X").
 */
import markers from '../data/metadata/markers.json';
import sites from '../data/metadata/sites.json';
import type { MetaDoc, MetaLine } from './doc';
import { monthOf } from './dates';
import { escapeRe, matchesOf } from './doc';

export interface SitePick {
  readonly value: string;
  readonly start: number;
  readonly rule: string;
}

/** Copyright markers ("©", "Copyright", "All rights reserved", "Все права защищены"). */
export const RE_COPYRIGHT = new RegExp(
  `(?:${markers.copyrightMarkers.map(escapeRe).join('|')})`,
  'iu',
);

/** "© 2025 The Citizen. All Rights Reserved." → "The Citizen" */
const RE_COPYRIGHT_NAME =
  /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*(?:[-–—]\s*(?:19|20)\d\d)?\s*)?[,.]?\s*((?:\p{Lu}[\p{L}\d'’&-]*)(?:\s+(?:\p{Lu}[\p{L}\d'’&-]*|of|the|de|la|del))*)/u;
/** "2025 The Citizen. All Rights Reserved." */
const RE_RESERVED_NAME =
  /^(?:(?:19|20)\d\d\s*(?:[-–—]\s*(?:19|20)\d\d)?\s*)?((?:\p{Lu}[\p{L}\d'’&-]*)(?:\s+(?:\p{Lu}[\p{L}\d'’&-]*|of|the))*)[.,]?\s+all rights reserved/iu;
const RE_COMPANY_SUFFIX = new RegExp(
  `(?:\\s+(?:${sites.companySuffixes.map(escapeRe).join('|')}))+$`,
  'iu',
);

/** A site name must be written in at least this many short lines ("More from X", "Advertise on X")... */
export const SITE_NAME_MIN_LINES = 4;
/** ...each at most this long. */
export const SITE_NAME_LINE_MAX_CHARS = 80;
const NON_NAME = new Set(markers.nonNames.map((w) => w.toLowerCase()));
const RE_CAP_PHRASE =
  /(?<![\p{L}\d])((?:The|Le|La|Les|El|Die|Der|Das|Il|De)\s+)?(\p{Lu}[\p{L}'’&-]+(?:\s+\p{Lu}[\p{L}'’&-]+){0,2})(?![\p{L}\d])/gu;

/** The capitalised phrase written in the most short lines (menus, "More from X", footer), or null. */
export function frequentName(doc: MetaDoc): (SitePick & { count: number }) | null {
  const count = new Map<string, { n: number; start: number }>();
  for (const l of doc.lines) {
    if (l.bare.length > SITE_NAME_LINE_MAX_CHARS) continue;
    const seen = new Set<string>();
    for (const m of matchesOf(RE_CAP_PHRASE, l.bare)) {
      // "The Republic Weekly" also counts for "The Republic"
      const all = m[0].split(/\s+/u);
      const first = m[1] ? 2 : 1;
      for (let k = all.length; k >= first; k--) {
        const name = all.slice(0, k).join(' ');
        const words = name.toLowerCase().split(/\s+/u);
        if (words.every((w) => NON_NAME.has(w)) || seen.has(name)) continue;
        seen.add(name);
        const c = count.get(name);
        if (c) c.n++;
        else count.set(name, { n: 1, start: l.start + (l.text.length - l.bare.length) + m.index });
      }
    }
  }
  let best: { name: string; n: number; start: number } | null = null;
  for (const [name, c] of count) {
    if (c.n < SITE_NAME_MIN_LINES || (best && c.n <= best.n)) continue;
    // a one-word name must also stand alone on a line somewhere (a masthead or menu entry)
    if (!/\s/u.test(name) && !doc.lines.some((l) => !l.bullet && l.bare === name)) continue;
    if (name.split(/\s+/u).some((w) => monthOf(w) !== undefined)) continue;
    best = { name, ...c };
  }
  return best
    ? { value: best.name, start: best.start, rule: 'site-frequent-name', count: best.n }
    : null;
}

/** How many lines other than copyright notices write `name` (case-sensitive). */
export function linesWith(doc: MetaDoc, name: string): number {
  let n = 0;
  for (const l of doc.lines) if (l.bare.includes(name) && !RE_COPYRIGHT.test(l.bare)) n++;
  return n;
}

export function copyrightNameOf(l: MetaLine): SitePick | null {
  const t = l.bare;
  // a footer notice has a year or "all rights reserved"; "© Press office" alone is a photo credit
  if (!/(?:19|20)\d\d|rights|rechte|права|droits|derechos|diritti/iu.test(t)) return null;
  const m = RE_COPYRIGHT_NAME.exec(t) ?? RE_RESERVED_NAME.exec(t);
  if (!m?.[1]) return null;
  let name = m[1].trim();
  name = name
    .replace(/^(?:copyright|©)\s+/iu, '')
    .replace(/\s+(?:Powered|Designed|Developed|Hosted|All)(?:\s.*)?$/u, '');
  for (let i = 0; i < 3; i++) name = name.replace(RE_COMPANY_SUFFIX, '').trim();
  if (name.length < 2 || /^(?:all|alle|tous|todos|the)$/iu.test(name)) return null;
  const at = l.start + (l.text.length - t.length) + t.indexOf(name, m.index);
  return { value: name, start: at, rule: 'site-copyright' };
}
