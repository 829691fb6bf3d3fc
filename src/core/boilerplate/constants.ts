/**
 * Every threshold of the boilerplate classifier, named and explained. docs/algorithm.md gives the
 * reasons and the figures measured with them.
 */

// ---- features ------------------------------------------------------------------------------

/** Only this many characters of a line are tokenised for word features (speed on huge lines). */
export const FEATURE_SAMPLE_CHARS = 3000;
/** Only the last this-many characters of a line are searched for a "read more" tail. */
export const TEASER_TAIL_CHARS = 60;
/** Lines of at most this many words are matched against the phrase lists as a whole. */
export const PHRASE_LINE_MAX_WORDS = 8;
/** A phrase must cover at least this share of a short line's letters to make it furniture. */
export const PHRASE_MIN_COVERAGE = 0.5;
/** Lines of at most this many words are checked for legal notices (©, cookies, rights). */
export const LEGAL_LINE_MAX_WORDS = 60;

// ---- context-free classification (jusText's pass, characters of normalised text) -----------

/** Shorter lines are "short": their class comes from the neighbours (jusText LENGTH_LOW = 70). */
export const LENGTH_LOW = 70;
/** Longer lines with enough stop words are "good" outright (jusText LENGTH_HIGH = 200). */
export const LENGTH_HIGH = 200;
/** Stop-word density at or above which a line reads as prose ("near-good"); jusText uses 0.30. */
export const STOPWORDS_LOW = 0.3;
/** Stop-word density at or above which a long line is "good"; jusText uses 0.32. */
export const STOPWORDS_HIGH = 0.32;

/** Without a stop-word list, a line with final punctuation and this many words counts as prose. */
export const NO_STOPLIST_MIN_WORDS = 10;

// ---- repetition ------------------------------------------------------------------------------

/** A normalised line seen this often in one page is template (related lists, timestamps). */
export const PAGE_REPEAT_MIN = 2;
/** Repeated lines longer than this are kept to context (quotes repeated as pull-quotes). */
export const PAGE_REPEAT_MAX_CHARS = 200;
/** A normalised line found in at least this many distinct documents of the corpus is template. */
export const CORPUS_MIN_DOCS = 3;
/** Corpus repetition is not trusted for prose lines longer than this (agency copy reprinted). */
export const CORPUS_MAX_CHARS = 200;

// ---- context (revise) pass --------------------------------------------------------------------

/** A heading-like short line within this many characters before a good line joins the body. */
export const MAX_HEADING_DISTANCE = 200;
