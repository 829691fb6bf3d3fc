/**
 * Site: the publisher's domain or name as the page writes it. Domains (`www.anews.az`, `Axar.az`,
 * `info@site.com`, `https://site.com/...`) are counted over the whole page, grouped by their
 * registrable part (`en.ria.ru` and `ria.ru` are one site); a domain on its own line, in the page
 * header, after "©" or as a mail address counts more, one inside article prose less (a cited
 * source). Social networks and other platforms are never the site. Without a domain, the name in
 * a copyright line ("© 2025 The Citizen. All rights reserved.") is used.
 */
import markers from '../data/metadata/markers.json';
import sites from '../data/metadata/sites.json';
import type { MetaDoc, MetaLine } from './doc';
import { monthOf } from './dates';
import { escapeRe } from './doc';

export const SITE_SCORE = {
  mention: 1,
  ownLine: 2,
  copyright: 3,
  email: 1.5,
  url: 0.5,
  /** In the first SITE_HEADER_LINES lines (logo, masthead). */
  header: 1.5,
  /** Inside a prose paragraph: usually a cited source, not the publisher. */
  prose: -0.5,
  /** Minimum score for a domain. */
  accept: 0.5,
} as const;
/** Lines at the top of the page that count as its header. */
export const SITE_HEADER_LINES = 15;
/** A paragraph is prose from this length on. */
export const SITE_PROSE_MIN_CHARS = 140;

export interface SitePick {
  readonly value: string;
  readonly start: number;
  readonly rule: string;
}

const TLD_ALT = [...sites.tlds]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|');
const RE_DOMAIN = new RegExp(
  `(?<![\\p{L}\\d.@-])(?:(https?://)|([\\p{L}\\d._%+-]+@))?((?:www\\d?\\.)?(?:[\\p{L}\\d](?:[\\p{L}\\d-]{0,61}[\\p{L}\\d])?\\.)+(?:${TLD_ALT}))(?![\\p{L}\\d-])`,
  'giu',
);
/** Cheap test before RE_DOMAIN: a letter or digit, a dot, two letters (no space after the dot). */
function hasDomainHint(t: string): boolean {
  const isAlnum = (c: number) =>
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0;
  const isAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0;
  for (let i = t.indexOf('.'); i > 0; i = t.indexOf('.', i + 1)) {
    if (
      isAlnum(t.charCodeAt(i - 1)) &&
      isAlpha(t.charCodeAt(i + 1)) &&
      isAlpha(t.charCodeAt(i + 2))
    )
      return true;
  }
  return false;
}
const PLATFORMS = new Set(sites.platforms);
/** Characters before a domain searched for a credit cue ("Фото: site.ru", "Создание сайта - x.ua"). */
export const CREDIT_LOOKBACK = 30;
const RE_CREDIT_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${sites.creditCues.map(escapeRe).join('|')})(?![\\p{L}])[^\\p{L}]*$`,
  'iu',
);
const SECOND_LEVEL = new Set(sites.secondLevel);
const GENERIC_TLDS = new Set(sites.tlds.filter((t) => t.length >= 3));
const RE_COPYRIGHT = new RegExp(`(?:${markers.copyrightMarkers.map(escapeRe).join('|')})`, 'iu');
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

/** "en.ria.ru" → "ria.ru", "news.bbc.co.uk" → "bbc.co.uk". */
export function registrable(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\d?\./u, '')
    .split('.');
  const n = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-n).join('.');
}

function isPlatform(host: string): boolean {
  const h = host.toLowerCase().replace(/^www\d?\./u, '');
  for (const p of PLATFORMS) if (h === p || h.endsWith(`.${p}`)) return true;
  return false;
}

/** "end.It" is a sentence without a space, not a domain; "AIF.RU" and "KentNews.Online" are domains. */
function plausibleCase(host: string): boolean {
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (tld === tld.toLowerCase() || host === host.toUpperCase()) return true;
  return GENERIC_TLDS.has(tld.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(tld);
}

interface Variant {
  score: number;
  value: string;
  start: number;
}

export function pickSite(doc: MetaDoc): SitePick | null {
  const groups = new Map<string, { score: number; variants: Map<string, Variant> }>();
  let copyrightName: SitePick | null = null;
  for (const l of doc.lines) {
    const t = l.bare;
    const copyright = RE_COPYRIGHT.test(t);
    if (copyright && !copyrightName) copyrightName = copyrightNameOf(l);
    if (!hasDomainHint(t)) continue;
    for (const m of t.matchAll(RE_DOMAIN)) {
      const host = m[3] ?? '';
      if (!plausibleCase(host) || /^[\d.]+$/u.test(host) || isPlatform(host)) continue;
      if (RE_CREDIT_BEFORE.test(t.slice(Math.max(0, m.index - CREDIT_LOOKBACK), m.index))) continue;
      let s = SITE_SCORE.mention;
      const bareHost = t.replace(/^https?:\/\//u, '').replace(/\/$/u, '');
      if (bareHost === host && !l.bullet) s += SITE_SCORE.ownLine;
      if (copyright) s += SITE_SCORE.copyright;
      if (m[2]) s += SITE_SCORE.email;
      const domainStart = m.index + m[0].length - host.length;
      if (m[1]) s += SITE_SCORE.url;
      if (l.idx < SITE_HEADER_LINES) s += SITE_SCORE.header;
      if (t.length >= SITE_PROSE_MIN_CHARS && !copyright) s += SITE_SCORE.prose;
      const value = host.replace(/^www\d?\./iu, '');
      const start =
        l.start + (l.text.length - l.bare.length) + domainStart + (host.length - value.length);
      const key = registrable(host);
      const g = groups.get(key) ?? { score: 0, variants: new Map<string, Variant>() };
      groups.set(key, g);
      g.score += s;
      const vk = value.toLowerCase();
      const v = g.variants.get(vk);
      if (v) v.score += s;
      else g.variants.set(vk, { score: s, value, start });
    }
  }
  let best: { score: number; variants: Map<string, Variant> } | null = null;
  for (const g of groups.values()) if (!best || g.score > best.score) best = g;
  if (best && best.score >= SITE_SCORE.accept) {
    let v: Variant | null = null;
    for (const x of best.variants.values())
      if (!v || x.score > v.score || (x.score === v.score && x.value.length < v.value.length))
        v = x;
    if (v) return { value: v.value, start: v.start, rule: 'site-domain' };
  }
  return copyrightName ?? frequentName(doc);
}

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
    for (const m of l.bare.matchAll(RE_CAP_PHRASE)) {
      const name = m[0];
      const words = name.toLowerCase().split(/\s+/u);
      if (words.every((w) => NON_NAME.has(w)) || seen.has(name)) continue;
      seen.add(name);
      const c = count.get(name);
      if (c) c.n++;
      else count.set(name, { n: 1, start: l.start + (l.text.length - l.bare.length) + m.index });
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

function copyrightNameOf(l: MetaLine): SitePick | null {
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
