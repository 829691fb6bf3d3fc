/**
 * Site: the publisher's domain or name as the page writes it. Domains (`www.anews.az`, `Axar.az`,
 * `info@site.com`, `https://site.com/...`) are counted over the whole page; a domain on its own
 * line, after "©" or as a mail address counts more. Social networks and other platforms are not
 * the site. Without a domain, the name in a copyright line ("© 2025 The Citizen") is used.
 */
import markers from '../data/metadata/markers.json';
import sites from '../data/metadata/sites.json';
import type { MetaDoc } from './doc';
import { escapeRe } from './doc';

export const SITE_SCORE = {
  mention: 1,
  ownLine: 2,
  copyright: 3,
  email: 1.5,
  url: 0.5,
  /** Minimum score for a domain. */
  accept: 1,
} as const;

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
  `(?<![\\p{L}\\d.@-])(?:(https?://)|(@))?((?:www\\d?\\.)?(?:[\\p{L}\\d](?:[\\p{L}\\d-]{0,61}[\\p{L}\\d])?\\.)+(?:${TLD_ALT}))(?![\\p{L}\\d-])`,
  'giu',
);
const PLATFORMS = new Set(sites.platforms);
const RE_COPYRIGHT = new RegExp(`(?:${markers.copyrightMarkers.map(escapeRe).join('|')})`, 'iu');
/** "© 2025 The Citizen. All Rights Reserved." → "The Citizen" */
const RE_COPYRIGHT_NAME =
  /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–—]\s*\d{4})?\s*)?,?\s*((?:\p{Lu}[\p{L}\d'’&.-]*)(?:\s+(?:\p{Lu}[\p{L}\d'’&.-]*|of|the|de|la))*)/iu;

function registrable(host: string): string {
  return host.toLowerCase().replace(/^www\d?\./u, '');
}

function isPlatform(host: string): boolean {
  const h = registrable(host);
  for (const p of PLATFORMS) if (h === p || h.endsWith(`.${p}`)) return true;
  return false;
}

export function pickSite(doc: MetaDoc): SitePick | null {
  const score = new Map<string, { s: number; value: string; start: number }>();
  let copyrightName: SitePick | null = null;
  for (const l of doc.lines) {
    const t = l.bare;
    if (!t.includes('.')) {
      if (!copyrightName && RE_COPYRIGHT.test(t))
        copyrightName = copyrightNameOf(l.bare, l.start + (l.text.length - l.bare.length));
      continue;
    }
    const copyright = RE_COPYRIGHT.test(t);
    for (const m of t.matchAll(RE_DOMAIN)) {
      const host = m[3] ?? '';
      const tld = host.slice(host.lastIndexOf('.') + 1);
      // "end.It" is a sentence without a space, not a domain: the TLD must be lower case
      // unless the whole name is upper case (AIF.RU)
      if (tld !== tld.toLowerCase() && host !== host.toUpperCase()) continue;
      if (/^\d+(?:\.\d+)+$/u.test(host) || isPlatform(host)) continue;
      const key = registrable(host);
      let s = SITE_SCORE.mention;
      if (t === host || t.replace(/^(?:https?:\/\/)/u, '').replace(/\/$/u, '') === host)
        s += SITE_SCORE.ownLine;
      if (copyright) s += SITE_SCORE.copyright;
      if (m[2]) s += SITE_SCORE.email;
      if (m[1]) s += SITE_SCORE.url;
      const prev = score.get(key);
      const start =
        l.start +
        (l.text.length - l.bare.length) +
        m.index +
        (m[1]?.length ?? 0) +
        (m[2]?.length ?? 0);
      const value = host.replace(/^www\d?\./iu, '');
      if (prev) prev.s += s;
      else score.set(key, { s, value, start });
    }
    if (!copyrightName && copyright)
      copyrightName = copyrightNameOf(l.bare, l.start + (l.text.length - l.bare.length));
  }
  let best: { s: number; value: string; start: number } | null = null;
  for (const v of score.values()) if (!best || v.s > best.s) best = v;
  if (best && best.s >= SITE_SCORE.accept)
    return { value: best.value, start: best.start, rule: 'site-domain' };
  return copyrightName;
}

function copyrightNameOf(t: string, base: number): SitePick | null {
  const m = RE_COPYRIGHT_NAME.exec(t);
  if (!m || !m[1]) return null;
  const name = m[1].replace(/[.,]+$/u, '').trim();
  if (name.length < 2 || /^(?:all|alle|tous|todos)$/iu.test(name)) return null;
  return { value: name, start: base + m.index + m[0].length - m[1].length, rule: 'site-copyright' };
}
