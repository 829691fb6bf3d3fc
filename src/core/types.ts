/**
 * Plain data produced by the analysis core. Offsets here are JavaScript string indices
 * (UTF-16 code units) into the text as given; convert with `offsets.ts` at the boundaries
 * (sidecar files and `analyze --jsonl` count Unicode code points).
 */

/** A half-open range [start, end) in UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Label = 'body' | 'boilerplate';

/**
 * What a line is. Body lines are `title`, `metadata` (date/byline/dateline lines that belong to the
 * article) or `paragraph`; boilerplate lines carry the kind of page furniture they are.
 */
export const LINE_KINDS = [
  'title',
  'metadata',
  'paragraph',
  'navigation',
  'related',
  'ticker',
  'comments',
  'legal',
  'share',
  'footer',
  'other',
] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** One non-blank line of the source, classified. */
export interface LineResult {
  /** 0-based line number in the source (blank lines count). */
  readonly line: number;
  /** The line's content span, without its line terminator. */
  readonly span: Span;
  readonly label: Label;
  readonly kind: LineKind;
  /** 0..1: how sure the classifier is of `label`. */
  readonly confidence: number;
}

export type QuoteType = 'direct' | 'indirect' | 'mixed';

/** A quotation with its attribution. */
export interface Quote {
  /** Content span(s): the quoted words without the quotation marks. Split quotes have several. */
  readonly spans: readonly Span[];
  /** The speaker as written at the mention (a name, a description or a pronoun), or null. */
  readonly speaker: string | null;
  /** Where the speaker mention is written. */
  readonly speakerSpan?: Span;
  /** The resolved named speaker when the mention is a pronoun or a description. */
  readonly speakerName?: string;
  /** A role phrase found next to the name ("director of …"). */
  readonly role?: string;
  /** The cue verb or phrase ("said", "заявил", "according to"). */
  readonly cueSpan?: Span;
  readonly type: QuoteType;
  readonly confidence: number;
}

/** One metadata value found in the text. */
export interface MetadataField {
  /** Normalised value (ISO 8601 for dates, the name for people and agencies). */
  readonly value: string;
  /** Where it is written in the text. */
  readonly span?: Span;
  /** True when part of a date (the year) was not written and was inferred. */
  readonly inferred?: boolean;
  /** The rule that produced the value. */
  readonly rule: string;
}

export type MetadataKey =
  | 'title'
  | 'published'
  | 'author'
  | 'agency'
  | 'dateline'
  | 'source'
  | 'site'
  | 'language'
  | 'section';

export type Metadata = Partial<Record<MetadataKey, MetadataField>>;

/** The result of analysing one document. */
export interface Analysis {
  /** ISO 639-1 code of the detected language, or 'und'. */
  readonly language: string;
  /** Every non-blank line, in order. */
  readonly lines: readonly LineResult[];
  readonly quotes: readonly Quote[];
  readonly metadata: Metadata;
}
