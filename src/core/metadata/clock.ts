/**
 * Clock times next to a date ("13.01.2025 09:28", "08:39, 06 Jan 2026", "kl 10.23"): which time
 * belongs to a date found by `dates.ts`, and the pattern helper both use. Pure regular expressions.
 */
import markers from '../data/metadata/markers.json';
import type { DateHit } from './dates';
import { matchesOf, phraseAlternation } from './doc';

/** A time is attached to a date when it starts within this many characters after the date... */
export const TIME_AFTER_MAX_GAP = 28;
/** ...or ends within this many characters before it ("08:39, 06 Jan 2026"). */
export const TIME_BEFORE_MAX_GAP = 4;
const L = '\\p{L}';
const CONNECTORS = phraseAlternation(markers.timeConnectors);
/** What may stand between a date and its time: punctuation and connector words. */
const RE_GAP = new RegExp(`^(?:[\\s,;|/·•@–—(-]|(?<![${L}])(?:${CONNECTORS})(?![${L}]))*$`, 'iu');
const RE_TIME =
  /(?<![\d:.])([01]?\d|2[0-3])\s?(?::|h(?=\d)|ч\.?\s?)\s?([0-5]\d)(?::[0-5]\d)?(?![\d])(?:\s*([ap])\.?\s?m\b\.?)?/giu;
/** A dot-separated time needs a cue before it ("kl 10.23", "um 14.26"). */
const RE_TIME_DOT =
  /(?<![\p{L}])(?:kl|klo|klockan|um|godz|at|à|alle|ore)\.?\s*([01]?\d|2[0-3])\.([0-5]\d)(?!\d)/giu;

interface TimeHit {
  hour: number;
  minute: number;
  start: number;
  end: number;
}

function times(s: string): TimeHit[] {
  const out: TimeHit[] = [];
  for (const m of matchesOf(RE_TIME, s)) {
    let hour = Number(m[1]);
    const ap = m[3]?.toLowerCase();
    if (ap === 'p' && hour < 12) hour += 12;
    if (ap === 'a' && hour === 12) hour = 0;
    out.push({ hour, minute: Number(m[2]), start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchesOf(RE_TIME_DOT, s)) {
    const start = m.index + m[0].length - `${m[1]}.${m[2]}`.length;
    if (!out.some((t) => t.start <= start && start < t.end))
      out.push({ hour: Number(m[1]), minute: Number(m[2]), start, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function timeNear(s: string, h: DateHit, all: readonly DateHit[]): TimeHit | null {
  for (const t of times(s)) {
    if (all.some((o) => t.start < o.end && o.start < t.end)) continue; // part of a date
    if (
      t.start >= h.end &&
      t.start - h.end <= TIME_AFTER_MAX_GAP &&
      RE_GAP.test(s.slice(h.end, t.start))
    )
      return t;
    if (
      t.end <= h.start &&
      h.start - t.end <= TIME_BEFORE_MAX_GAP &&
      RE_GAP.test(s.slice(t.end, h.start))
    )
      return t;
  }
  return null;
}

export function attachTime(s: string, h: DateHit, all: readonly DateHit[]): void {
  if (h.hour !== undefined) return;
  const t = timeNear(s, h, all);
  if (!t) return;
  h.hour = t.hour;
  h.minute = t.minute;
  if (t.end > h.end) h.end = t.end;
}
