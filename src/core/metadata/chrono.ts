/**
 * chrono-node as the fallback date parser, run only on the few candidate lines next to the
 * headline where the patterns of `dates.ts` found nothing (chrono costs ~0.03–0.05 ms a line).
 * Only locales chrono supports are used; other languages fall back to its English parser, which
 * still reads numeric and ISO dates.
 */
import * as chrono from 'chrono-node';
import type { DateHit } from './dates';
import { MIN_YEAR } from './dates';

type Parser = {
  parse: (text: string, ref?: Date, opt?: { forwardDate?: boolean }) => chrono.ParsedResult[];
};

const PARSERS: Readonly<Record<string, Parser>> = {
  en: chrono.en,
  de: chrono.de,
  fr: chrono.fr,
  ru: chrono.ru,
  uk: chrono.uk,
  es: chrono.es,
  pt: chrono.pt,
  it: chrono.it,
  nl: chrono.nl,
  sv: chrono.sv,
  ja: chrono.ja,
};

/** Languages with a dedicated chrono parser here. */
export const CHRONO_LANGUAGES: readonly string[] = Object.keys(PARSERS);

/** "3 hours ago", "yesterday", "вчера": chrono tags them as relative or casual references. */
function isRelative(c: chrono.ParsedComponents): boolean {
  for (const t of c.tags())
    if (t.startsWith('result/relative') || t.startsWith('casualReference')) return true;
  return false;
}

/**
 * Dates chrono finds in `s` that have at least a day and a month written (relative expressions
 * like "yesterday" or "3 hours ago" are ignored: they need the crawl time, which the text lacks).
 */
export function chronoDates(s: string, language: string, ref: Date): DateHit[] {
  const parser = PARSERS[language] ?? chrono.en;
  const out: DateHit[] = [];
  for (const r of parser.parse(s, ref, { forwardDate: false })) {
    const c = r.start;
    if (!c.isCertain('day') || !c.isCertain('month') || isRelative(c)) continue;
    const year = c.isCertain('year') ? c.get('year') : null;
    if (year !== null && year < MIN_YEAR) continue;
    const hit: DateHit = {
      month: c.get('month') ?? 0,
      day: c.get('day') ?? 0,
      start: r.index,
      end: r.index + r.text.length,
      rule: 'date-chrono',
    };
    if (year !== null) hit.year = year;
    if (c.isCertain('hour') && c.isCertain('minute')) {
      hit.hour = c.get('hour') ?? 0;
      hit.minute = c.get('minute') ?? 0;
    }
    out.push(hit);
  }
  return out;
}
