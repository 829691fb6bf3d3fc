/**
 * Normalising a metadata value typed or selected by the annotator: dates to ISO 8601 (with the
 * core's date patterns, chrono-node as fallback), names without "By"/"Автор:" lead-ins, and
 * whitespace collapsed everywhere. Pure; the command shows the result for editing.
 */
import { chronoDates } from '../../core/metadata/chrono';
import { findDates, inferYear, toIso } from '../../core/metadata/dates';

/** Metadata fields offered by "Mark Selection as Metadata…", in picker order. */
export const METADATA_FIELDS = [
  'title',
  'published',
  'author',
  'agency',
  'dateline',
  'source',
  'site',
  'section',
  'language',
] as const;

const DATE_FIELDS = new Set(['published', 'updated', 'date']);
const NAME_FIELDS = new Set(['author']);
/** Lead-ins that precede a byline's names (en, ru, uk). */
const BYLINE_LEAD = /^(?:by|from|автор(?:ы)?|автори?|текст|джерело|источник)\s*[:\-—–]?\s+/iu;

export interface NormalisedValue {
  readonly value: string;
  /** True when part of a date (the year) was not written and was inferred. */
  readonly inferred?: boolean;
}

export function normaliseMetadataValue(
  field: string,
  text: string,
  language = 'en',
  ref: Date = new Date(),
): NormalisedValue {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (DATE_FIELDS.has(field)) {
    const hit = findDates(flat, ref.getFullYear())[0] ?? chronoDates(flat, language, ref)[0];
    if (hit) {
      const year = hit.year ?? inferYear(hit, ref);
      return hit.year === undefined
        ? { value: toIso(year, hit), inferred: true }
        : { value: toIso(year, hit) };
    }
    return { value: flat };
  }
  if (NAME_FIELDS.has(field)) {
    return { value: flat.replace(BYLINE_LEAD, '').replace(/[\s,.;:]+$/u, '') };
  }
  return { value: flat };
}
