/**
 * Date and time patterns for one line of text: numeric (DMY, YMD, ISO), month names from the
 * language data, and the clock time written next to a date. Pure regular expressions; chrono-node
 * is only the fallback (see `chrono.ts`).
 */
import monthData from '../data/metadata/months.json';
import { attachTime, timeNear } from './clock';
import { matchesOf, phraseAlternation } from './doc';

/** A calendar date (and maybe a time) found in a line; offsets are relative to the line. */
export interface DateHit {
  year?: number;
  readonly month: number;
  readonly day: number;
  hour?: number;
  minute?: number;
  /** Start and end of the date (and time) in the line. */
  readonly start: number;
  end: number;
  /** Which pattern matched. */
  readonly rule: string;
  /** Month written as a full name, not an abbreviation (year-less dates need it). */
  readonly fullMonth?: boolean;
}

/** Earliest plausible publication year (htmldate's MIN_YEAR). */
export const MIN_YEAR = 1995;
/** Shortest month form that counts as a full name (abbreviations are 3 letters, "sept" 4). */
export const FULL_MONTH_MIN_LENGTH = 5;

const MONTHS = new Map<string, number>();
for (const [lang, months] of Object.entries(monthData)) {
  if (lang.startsWith('_') || !Array.isArray(months)) continue;
  months.forEach((forms: string[], i: number) => {
    for (const f of forms) MONTHS.set(f, i + 1);
  });
}

const MONTH_ALT = phraseAlternation([...MONTHS.keys()]);
const L = '\\p{L}';
/** "5 December 2025", "12. MÄR 2025", "4 de mayo de 2022", "24th February". */
const RE_DAY_MONTH = new RegExp(
  `(?<![${L}\\d.])(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?\\s*(?:de\\s+)?(${MONTH_ALT})(?![${L}])\\.?(?:,?\\s*(?:de\\s+)?(\\d{4})(?!\\d))?`,
  'giu',
);
/** "December 5, 2025", "Apr. 28, 2023", "February 24th, 2025", "December 05, 16:07". */
const RE_MONTH_DAY = new RegExp(
  `(?<![${L}])(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.]\\d)(?:,?\\s+(\\d{4})(?!\\d))?`,
  'giu',
);
/** 2025-01-13, 2025-01-13T09:28 */
const RE_ISO = /(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?(?![\d])/gu;
/** 2018.07.10, 2025/1/21, 2020. 10. 11. */
const RE_YMD = /(?<![\d.,/])(\d{4})\s?([./])\s?(\d{1,2})\s?\2\s?(\d{1,2})(?![\d]|[./]\d)/gu;
/** 13.01.2025, 06/01/2026, 06. 01. 2026, 15/12/11, 06-01-2026 */
const RE_DMY = /(?<![\d.,/:])(\d{1,2})\s?([./])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\d]|[./]\d)/gu;
const RE_DMY_DASH = /(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)/gu;
/** 2025年1月21日 */
const RE_CJK = /(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/gu;

export function monthOf(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase());
}

function validDay(y: number | undefined, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = [
    31,
    y !== undefined && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= (dim[m - 1] ?? 31);
}

function fullYear(y: string, refYear: number): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n <= (refYear % 100) + 1 ? 2000 + n : 1900 + n;
}

function push(out: DateHit[], hit: DateHit, refYear: number): void {
  if (hit.year !== undefined && (hit.year < MIN_YEAR || hit.year > refYear + 1)) return;
  if (!validDay(hit.year, hit.month, hit.day)) return;
  if (out.some((h) => hit.start < h.end && h.start < hit.end)) return;
  out.push(hit);
}

/** All dates written in `s` (no overlaps), in order, each with the time written next to it. */
export function findDates(s: string, refYear: number): DateHit[] {
  const out: DateHit[] = [];
  if (!/\d/u.test(s)) return out;
  // exact pre-checks: a pattern runs only when the separator it needs is written
  const dash = s.includes('-') ? s : '';
  const dotSlash = s.includes('.') || s.includes('/') ? s : '';
  for (const m of matchesOf(RE_ISO, dash)) {
    const h: DateHit = {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      start: m.index,
      end: m.index + m[0].length,
      rule: 'date-iso',
    };
    if (m[4] !== undefined) {
      h.hour = Number(m[4]);
      h.minute = Number(m[5]);
    }
    push(out, h, refYear);
  }
  for (const m of matchesOf(RE_CJK, s.includes('年') ? s : ''))
    push(
      out,
      {
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
        start: m.index,
        end: m.index + m[0].length,
        rule: 'date-cjk',
      },
      refYear,
    );
  for (const m of matchesOf(RE_YMD, dotSlash))
    push(
      out,
      {
        year: Number(m[1]),
        month: Number(m[3]),
        day: Number(m[4]),
        start: m.index,
        end: m.index + m[0].length,
        rule: 'date-ymd',
      },
      refYear,
    );
  for (const m of matchesOf(RE_DMY, dotSlash)) {
    let d = Number(m[1]);
    let mo = Number(m[3]);
    if (mo > 12 && d <= 12 && m[2] === '/') [d, mo] = [mo, d]; // US month/day/year
    push(
      out,
      {
        year: fullYear(m[4] ?? '', refYear),
        month: mo,
        day: d,
        start: m.index,
        end: m.index + m[0].length,
        rule: 'date-dmy',
      },
      refYear,
    );
  }
  for (const m of matchesOf(RE_DMY_DASH, dash))
    push(
      out,
      {
        year: Number(m[3]),
        month: Number(m[2]),
        day: Number(m[1]),
        start: m.index,
        end: m.index + m[0].length,
        rule: 'date-dmy',
      },
      refYear,
    );
  if (!hasMonthWord(s)) return finish(s, out);
  for (const m of matchesOf(RE_DAY_MONTH, s)) {
    const word = m[2] ?? '';
    const h: DateHit = {
      month: monthOf(word) ?? 0,
      day: Number(m[1]),
      start: m.index,
      end: m.index + m[0].length,
      rule: 'date-day-month',
      fullMonth: word.length >= FULL_MONTH_MIN_LENGTH,
    };
    if (m[3]) h.year = Number(m[3]);
    push(out, h, refYear);
  }
  for (const m of matchesOf(RE_MONTH_DAY, s)) {
    const word = m[1] ?? '';
    const h: DateHit = {
      month: monthOf(word) ?? 0,
      day: Number(m[2]),
      start: m.index,
      end: m.index + m[0].length,
      rule: 'date-month-day',
      fullMonth: word.length >= FULL_MONTH_MIN_LENGTH,
    };
    if (m[3]) h.year = Number(m[3]);
    push(out, h, refYear);
  }
  return finish(s, out);
}

/** The lower case of one UTF-16 unit, or -1 when it lower-cases to several (İ). Cached. */
const lowerUnits = new Int32Array(0x10000).fill(-2);
function lowerUnit(c: number): number {
  let v = lowerUnits[c]!;
  if (v === -2) {
    const l = String.fromCharCode(c).toLowerCase();
    v = l.length === 1 ? l.charCodeAt(0) : -1;
    lowerUnits[c] = v;
  }
  return v;
}
/** The first two units of the lower-cased month names, packed (most letter runs fail this). */
const MONTH_STARTS = new Set(
  [...MONTHS.keys()].map((m) => m.charCodeAt(0) * 0x10000 + m.charCodeAt(1)),
);
/**
 * Whether the run `s[start, end)` may lower-case to a month name: its first two lower-case units
 * start one. Exact: unit by unit equals the run's lower case there unless the first unit
 * lower-cases to several (then the full test decides); a final sigma cannot be one of the first
 * two letters of a run of three or more.
 */
function mayBeMonth(s: string, start: number): boolean {
  const a = lowerUnit(s.charCodeAt(start));
  if (a < 0) return true;
  const b = lowerUnit(s.charCodeAt(start + 1));
  return b < 0 || MONTH_STARTS.has(a * 0x10000 + b);
}

/** True when a letter run of `s` is a month name (cheap test before the month patterns). */
function hasMonthWord(s: string): boolean {
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0x20;
    // ASCII letters, or any non-ASCII character outside the punctuation blocks
    const letter =
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0xc0 &&
        c !== 0xd7 &&
        c !== 0xf7 &&
        !(c >= 0x2000 && c <= 0x2bff) &&
        !(c >= 0x3000 && c <= 0x303f));
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const n = i - start;
      if (n >= 3 && n <= 12 && mayBeMonth(s, start) && MONTHS.has(s.slice(start, i).toLowerCase()))
        return true;
      start = -1;
    }
  }
  return false;
}

function finish(s: string, out: DateHit[]): DateHit[] {
  out.sort((a, b) => a.start - b.start);
  const kept = out.filter(
    (h) => h.year !== undefined || h.fullMonth === true || timeNear(s, h, out) !== null,
  );
  for (const h of kept) attachTime(s, h, kept);
  return kept;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 wall clock: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`. */
export function toIso(y: number, h: DateHit): string {
  const day = `${y}-${pad(h.month)}-${pad(h.day)}`;
  return h.hour !== undefined && h.minute !== undefined
    ? `${day}T${pad(h.hour)}:${pad(h.minute)}`
    : day;
}

/** The year for a date written without one: the latest year that does not put it after `ref`. */
export function inferYear(h: DateHit, ref: Date): number {
  const y = ref.getFullYear();
  const refKey = (ref.getMonth() + 1) * 100 + ref.getDate();
  return h.month * 100 + h.day > refKey ? y - 1 : y;
}
