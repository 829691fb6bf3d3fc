/**
 * Site: the publisher's domain or name as the page writes it. Domains (`www.anews.az`, `Axar.az`,
 * `info@site.com`, `https://site.com/...`) are counted over the whole page, grouped by their
 * registrable part (`en.ria.ru` and `ria.ru` are one site); a domain on its own line, in the page
 * header, after "©" or as a mail address counts more, one inside article prose less (a cited
 * source). Social networks and other platforms are never the site. Without a domain, the name in
 * a copyright line ("© 2025 The Citizen. All rights reserved.") is used.
 */
import sites from '../data/metadata/sites.json';
import type { MetaDoc } from './doc';
import { escapeRe, matchesOf } from './doc';
import {
  copyrightNameOf,
  frequentName,
  linesWith,
  RE_COPYRIGHT,
  SITE_NAME_MIN_LINES,
  type SitePick,
} from './site-name';

export type { SitePick } from './site-name';

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
  /** A domain scoring less (one mention in passing) gives way to a copyright holder's name. */
  overName: 3,
} as const;
/** Lines at the top of the page that count as its header. */
export const SITE_HEADER_LINES = 15;
/** Domains of two sites alone on lines at most this far apart are teaser labels, not logos. */
export const SITE_WIDGET_LINES = 6;
/** Copyright lines up to this long are compared with the domains' brands. */
export const SITE_NOTICE_MAX_CHARS = 300;
/** A domain's brand ("lakeherald" of lakeherald.com) is looked for in notices from this length on. */
export const SITE_BRAND_MIN_CHARS = 4;
/** A paragraph is prose from this length on. */
export const SITE_PROSE_MIN_CHARS = 140;

const TLD_ALT = [...sites.tlds]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|');
const RE_DOMAIN = new RegExp(
  `(?<![\\p{L}\\d.-])(?:(https?://)|([\\p{L}\\d._%+-]+@))?((?:www\\d?\\.)?(?:[\\p{L}\\d](?:[\\p{L}\\d-]{0,61}[\\p{L}\\d])?\\.)+(?:${TLD_ALT}))(?![\\d-])`,
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
/** The rest of a URL pointing to a file: an image, style sheet or script. */
const RE_ASSET_URL = /^\/\S*\.(?:jpe?g|png|gif|webp|svg|ico|css|js)(?:[?#]\S*)?(?:\s|$)/iu;
const GENERIC_TLDS = new Set(sites.tlds.filter((t) => t.length >= 3));
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

/**
 * "Vечер.ru" (a Latin V before Cyrillic letters) is a logo spelling, not a host name: a real
 * (internationalised) domain writes each label in one script.
 */
function mixedScript(host: string): boolean {
  let greekOrCyrillic = false;
  for (let i = 0; i < host.length && !greekOrCyrillic; i++) {
    const c = host.charCodeAt(i);
    greekOrCyrillic = c >= 0x370 && c <= 0x4ff;
  }
  if (!greekOrCyrillic) return false;
  return host
    .split('.')
    .some((label) => /[a-z]/iu.test(label) && /[\u0370-\u03ff\u0400-\u04ff]/u.test(label));
}

interface Variant {
  score: number;
  /** The best single mention (a logo line, a copyright line). */
  top: number;
  value: string;
  start: number;
}

export function pickSite(doc: MetaDoc): SitePick | null {
  const groups = new Map<
    string,
    { score: number; variants: Map<string, Variant>; bulletAt: number; inCopyright: boolean }
  >();
  let copyrightName: SitePick | null = null;
  /** Copyright lines in lower case without spaces and punctuation ("©2012lakeheraldmediaco"). */
  const notices: string[] = [];
  /** Domains written alone on a line: [line, group]. */
  const ownLines: [number, string][] = [];
  for (const l of doc.lines) {
    const t = l.bare;
    const copyright = RE_COPYRIGHT.test(t);
    // the page's own notice closes the page: the last one wins over a wire credit
    // ("© 2026 The Wire Service") above it
    if (copyright) copyrightName = copyrightNameOf(l) ?? copyrightName;
    if (copyright && t.length <= SITE_NOTICE_MAX_CHARS)
      notices.push(t.toLowerCase().replace(/[^\p{L}\d]+/gu, ''));
    if (!hasDomainHint(t)) continue;
    for (const m of matchesOf(RE_DOMAIN, t)) {
      const host = m[3] ?? '';
      // a lower-case letter right after continues the word ("site.company"); a capital starts a
      // glued link text ("NOVA.ruСпортДеньги", a menu without spaces)
      const next = t[m.index + m[0].length];
      if (next && next !== next.toUpperCase()) continue;
      if (!plausibleCase(host) || /^[\d.]+$/u.test(host) || isPlatform(host) || mixedScript(host))
        continue;
      if (RE_CREDIT_BEFORE.test(t.slice(Math.max(0, m.index - CREDIT_LOOKBACK), m.index))) continue;
      let s: number = SITE_SCORE.mention;
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
      const g = groups.get(key) ?? {
        score: 0,
        variants: new Map<string, Variant>(),
        bulletAt: -2,
        inCopyright: false,
      };
      groups.set(key, g);
      if (copyright) g.inCopyright = true;
      if (bareHost === host && !l.bullet) ownLines.push([l.idx, key]);
      // a list of the group's editions ("• de.novan.ru", "• fr.novan.ru", …) counts as one mention
      if (l.bullet) {
        if (g.bulletAt === l.idx - 1 || g.bulletAt === l.idx) s = 0;
        g.bulletAt = l.idx;
      }
      g.score += s;
      const vk = value.toLowerCase();
      const v = g.variants.get(vk);
      // a mail address names the organisation's domain, not the host of the page: its bonus does
      // not count for the spelling ("moderator.arabic@orbitnews.com" vs arabic.orbitnews.com)
      // …and the host of an image or script file names a file server ("cdn1.img.site.com/…/x.jpg")
      const asset = !!m[1] && RE_ASSET_URL.test(t.slice(m.index + m[0].length));
      const own = asset ? 0 : m[2] ? s - SITE_SCORE.email : s;
      if (v) {
        v.score += own;
        v.top = Math.max(v.top, own);
      } else g.variants.set(vk, { score: own, top: own, value, start });
    }
  }
  // domains of different sites alone on lines close together label teasers of partner sites
  // ("Recommended": "tavasz.hu", a teaser, "napihir.hu", a teaser, …), not a logo
  for (const [i, key] of ownLines)
    if (ownLines.some(([j, k]) => k !== key && Math.abs(i - j) <= SITE_WIDGET_LINES))
      groups.get(key)!.score -= SITE_SCORE.ownLine;
  // the brand of a domain named in the copyright notice ("Copyright 2012 Lake Herald Media Co."
  // for LakeHerald.com) counts like the domain written there; the longest brand only (not
  // Lake.com as well)
  let brand = '';
  for (const key of groups.keys()) {
    const label = key.slice(0, key.indexOf('.'));
    if (label.length >= SITE_BRAND_MIN_CHARS && label.length > brand.length)
      if (notices.some((n) => n.includes(label))) brand = label;
  }
  for (const [key, g] of groups)
    if (brand && !g.inCopyright && key.slice(0, key.indexOf('.')) === brand)
      g.score += SITE_SCORE.copyright;
  let best: { score: number; variants: Map<string, Variant>; inCopyright: boolean } | null = null;
  for (const g of groups.values()) if (!best || g.score > best.score) best = g;
  if (best && best.score < SITE_SCORE.overName && !best.inCopyright) {
    // a domain named in passing ("Visit HarborSports.com to …", a menu link to a sister site)
    // gives way to a copyright holder written all over the page ("Send Tips to The Harbor
    // Gazette", not only in notices)
    if (copyrightName && linesWith(doc, copyrightName.value) >= SITE_NAME_MIN_LINES)
      return withArticle(doc, copyrightName);
  }
  if (best && best.score >= SITE_SCORE.accept) {
    let v: Variant | null = null;
    // the spelling of the logo line or notice ("health.on.gr" alone on a line) over the one
    // mentioned most ("on.gr" in menus and links)
    for (const x of best.variants.values())
      if (
        !v ||
        x.top > v.top ||
        (x.top === v.top && x.score > v.score) ||
        (x.top === v.top && x.score === v.score && x.value.length < v.value.length)
      )
        v = x;
    if (v) return { value: v.value, start: v.start, rule: 'site-domain' };
  }
  return withArticle(doc, copyrightName) ?? frequentName(doc);
}

/** "The" + a name must be written in this many lines to be the name's spelling. */
export const SITE_ARTICLE_MIN_LINES = 2;

/**
 * "© Courier Media Group Limited" names the company; the page calls its title "The Courier"
 * ("More from The Courier", "Work at The Courier"): that spelling is the site's name.
 */
function withArticle(doc: MetaDoc, p: SitePick | null): SitePick | null {
  if (!p || /^the\s/iu.test(p.value)) return p;
  const name = `The ${p.value}`;
  if (linesWith(doc, name) < SITE_ARTICLE_MIN_LINES) return p;
  const l = doc.lines.find((x) => x.bare.includes(name))!;
  return {
    value: name,
    start: l.start + (l.text.length - l.bare.length) + l.bare.indexOf(name),
    rule: p.rule,
  };
}
