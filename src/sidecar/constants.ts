/** Named limits and thresholds of the sidecar format. Each is documented in docs/sidecar-format.md. */

/** The schema id written in `schema:`; the number is the format's major version. */
export const SCHEMA_NAME = 'scrapemark';
export const SCHEMA_VERSION = 1;
export const SCHEMA_ID = `${SCHEMA_NAME}/${SCHEMA_VERSION}`;

/** Default sidecar name pattern: `{name}` is the source's full file name (`a.txt`). */
export const DEFAULT_SIDECAR_PATTERN = '{name}.scrapemark.yaml';

/** Code points of context stored in `prefix` and `suffix` (the W3C / Hypothesis value). */
export const CONTEXT_LENGTH = 32;
/** Segments longer than this (code points) store `exact_sha256` + `head` + `tail`, not `exact`. */
export const LONG_SPAN_LENGTH = 200;
/** Code points kept in `head` and `tail` of a long span. */
export const HEAD_TAIL_LENGTH = 32;

/** Hex digits of the content hash in an annotation id (`q-` + 10 hex = 40 bits). */
export const ID_HASH_LENGTH = 10;

/** Largest sidecar file read (UTF-16 units of its text, roughly bytes); larger ones are refused. */
export const MAX_SIDECAR_LENGTH = 16 * 1024 * 1024;
/**
 * YAML aliases are never written by Scrapemark; a hand-edited file may use a few, but expansion is
 * capped (yaml's `maxAliasCount`) so an alias bomb fails fast instead of exhausting memory.
 */
export const MAX_ALIAS_COUNT = 50;

/**
 * Fuzzy re-anchoring accepts a candidate only when its combined score (quote 50, prefix 20,
 * suffix 20, position 2; normalised by 92, as Hypothesis does) reaches this value.
 * 0.75 is the proposal of the research notes (stricter than Hypothesis, because short quotes
 * false-match), checked by the property tests and the seed edit scenario.
 */
export const MIN_FUZZY_SCORE = 0.75;
/** Most edit errors a fuzzy match may have, as a share of the quote's length (len/4). */
export const MAX_FUZZY_ERROR_RATE = 0.25;
/** Quotes shorter than this (code points) are never matched fuzzily: too many false hits. */
export const MIN_FUZZY_LENGTH = 8;
/** Most errors ever searched for (Myers' algorithm cost grows with it); Hypothesis uses 256. */
export const MAX_FUZZY_ERRORS = 256;
/**
 * An exact-text candidate that is not the only occurrence must agree with the stored context on at
 * least this many code points (prefix end + suffix start), otherwise the annotation is orphaned:
 * a short `exact` such as "he" occurs everywhere and position alone is no evidence.
 */
export const MIN_CONTEXT_AGREEMENT = 8;
/**
 * A long span whose `head` and `tail` are found but whose hash differs is accepted as `fuzzy` when
 * the found length is within this ratio of the old one (score = min/max of the two lengths).
 */
export const MIN_LONG_SPAN_LENGTH_RATIO = MIN_FUZZY_SCORE;

/**
 * A quote's speaker and cue spans are searched near the quote: a candidate farther than this many
 * code points from where the quote moved is not that quote's mention, and the span is orphaned.
 * When the quote itself is orphaned, so are its speaker and cue spans.
 */
export const MAX_SUBSPAN_DISTANCE = 300;

/** Scores are written with this many decimals so that files stay stable. */
export const SCORE_DECIMALS = 2;
