/**
 * News metadata extraction: headline, publication date (ISO 8601 wall clock), author, dateline
 * place and agency, source chain, site, language and section. Each field carries the span where
 * it is written and the rule that produced it; a field the text does not give is left out.
 * Dates and titles are never taken from boilerplate lines or repeated list rows.
 */
import type { LineResult, Metadata, MetadataField } from '../types';
import { pickAuthor } from './byline';
import { inferYear, toIso } from './dates';
import { buildDoc } from './doc';
import { lineFacts } from './features';
import { pickDate } from './published';
import { pickSite } from './site';
import { findDateline, findSource, sectionBefore } from './source';
import { pickTitle } from './title-pick';

export interface MetadataOptions {
  /**
   * "Now" for year inference and the plausibility limit (no publication date after it);
   * default: the current time.
   */
  readonly referenceDate?: Date;
}

export function extractMetadata(
  text: string,
  lines: readonly LineResult[],
  language: string,
  options: MetadataOptions = {},
): Metadata {
  const ref = options.referenceDate ?? new Date();
  const doc = buildDoc(text, lines, language);
  const facts = lineFacts(doc, ref.getFullYear());
  const out: Record<string, MetadataField> = {};
  const field = (
    value: string,
    start: number,
    length: number,
    rule: string,
    inferred = false,
  ): MetadataField => ({
    value,
    span: { start, end: start + length },
    rule,
    ...(inferred ? { inferred: true } : {}),
  });

  const title = pickTitle(doc, facts);
  if (title) {
    const value = title.value ?? title.line.bare;
    const at =
      title.line.start + (title.line.text.length - title.line.bare.length) + (title.offset ?? 0);
    out.title = field(
      value,
      at,
      value.length,
      title.value ? 'title-heading-trimmed' : 'title-heading',
    );
  }
  const titleIdx = title ? title.line.idx : null;

  const date = pickDate(doc, facts, titleIdx, ref);
  if (date) {
    const h = date.hit;
    const year = h.year ?? inferYear(h, ref);
    const base = date.line.start + (date.line.text.length - date.line.bare.length);
    const rule = date.dateline ? 'date-dateline' : h.rule;
    out.published = field(
      toIso(year, h),
      base + h.start,
      h.end - h.start,
      rule,
      h.year === undefined,
    );
    const section = sectionBefore(date.line, h.start);
    if (section)
      out.section = field(section.value, section.start, section.value.length, section.rule);
  }

  const author = pickAuthor(
    doc,
    facts,
    titleIdx,
    date ? date.line.idx : null,
    date ? { start: date.hit.start, end: date.hit.end } : undefined,
  );
  if (author) out.author = field(author.value, author.start, author.value.length, author.rule);

  const from = titleIdx ?? 0;
  const dl = findDateline(doc, facts, from);
  if (dl) {
    out.dateline = field(dl.place.value, dl.place.start, dl.place.value.length, dl.place.rule);
    if (dl.agency)
      out.agency = field(dl.agency.value, dl.agency.start, dl.agency.value.length, dl.agency.rule);
  }
  const src = findSource(doc, from);
  if (src) out.source = field(src.value, src.start, src.value.length, src.rule);

  const site = pickSite(doc);
  if (site) out.site = field(site.value, site.start, site.value.length, site.rule);
  if (language && language !== 'und') out.language = { value: language, rule: 'language-detected' };
  return out;
}
