/**
 * Every threshold of the boilerplate classifier, named and explained. docs/algorithm.md gives the
 * reasons and the figures measured with them.
 */

// ---- features ------------------------------------------------------------------------------

/** Only this many characters of a line are tokenised for word features (speed on huge lines). */
export const FEATURE_SAMPLE_CHARS = 3000;
/**
 * Lines whose normalised text is longer than this are never counted as repeated (template lines
 * are short; a teaser summary in a "latest news" list is one or two sentences, up to about 400
 * characters; longer repeats are whole paragraphs). Keeps the repetition maps small.
 */
export const REPEAT_KEY_MAX_CHARS = 400;
/** Long lines are normalised (for stop words and phrases) only up to this many characters. */
export const NORM_SAMPLE_CHARS = 800;
/** Stop-word density and the legal-phrase pre-check read at most this many words of a line. */
export const STOPWORD_SAMPLE_WORDS = 60;
/** Only the last this-many characters of a line are searched for a "read more" tail. */
export const TEASER_TAIL_CHARS = 60;
/** Lines of at most this many words are matched against the phrase lists as a whole. */
export const PHRASE_LINE_MAX_WORDS = 8;
/** A phrase must cover at least this share of a short line's letters to make it furniture. */
export const PHRASE_MIN_COVERAGE = 0.5;
/**
 * Body lines of at most this many words are matched against the page notices (newsletter
 * prompts, advertisement placeholders, affiliate disclosures: `notices.ts`); a longer paragraph
 * that names a newsletter is a paragraph about it.
 */
export const NOTICE_MAX_WORDS = 40;
/** Lines of at most this many words are checked for photo credits ("Photo: Reuters"). */
export const CREDIT_LINE_MAX_WORDS = 12;
/** Lines of at most this many words are checked for dates and times (timestamps). */
export const DATED_LINE_MAX_WORDS = 12;
/** Lines of at most this many words are checked for legal notices (©, cookies, rights). */
export const LEGAL_LINE_MAX_WORDS = 120;

// ---- context-free classification (jusText's pass, characters of normalised text) -----------

/**
 * A line ending with "…" is a cut-off teaser when it has fewer words than this; teaser summaries
 * are a sentence or two, a paragraph of this many words that trails off is prose.
 */
export const ELLIPSIS_TEASER_MAX_WORDS = 60;
/** Shorter lines are "short": their class comes from the neighbours (jusText LENGTH_LOW = 70). */
export const LENGTH_LOW = 70;
/** Longer lines with enough stop words are "good" outright (jusText LENGTH_HIGH = 200). */
export const LENGTH_HIGH = 200;
/**
 * Stop-word density (stop words / words) at or above which a sentence-like line reads as prose.
 * jusText uses 0.30 with its own lists; the stopwords-iso lists differ in size per language (en
 * 1298 words, pl 329, ru 559 with few inflected forms), so the threshold is per language, set
 * at the lower tail of the density of article sentences in the dev set.
 */
export const STOPWORDS_LOW: Readonly<Record<string, number>> = {
  en: 0.3,
  ru: 0.15,
  uk: 0.15,
  pl: 0.15,
  el: 0.2,
};
/** The threshold for languages missing from STOPWORDS_LOW. */
export const STOPWORDS_LOW_DEFAULT = 0.2;
/** A line without final punctuation needs this much more density to count as near-good prose. */
export const STOPWORDS_NO_FINAL_BONUS = 0.1;

/** Without a stop-word list, a line with final punctuation and this many words counts as prose. */
export const NO_STOPLIST_MIN_WORDS = 10;
/**
 * Scripts written without spaces (Chinese, Japanese, Thai) make a whole sentence one or two
 * "words". A line of at least this many characters per word is such text; its words are then
 * counted as characters / UNSPACED_CHARS_PER_WORD (about two characters per word in Chinese and
 * Japanese). Applied only when the language has no stop-word list (a listed language is spaced).
 * Spaced text stays below: long German or Hungarian words average 8–13 characters per word,
 * spaces included ("Beazonosítás sikertelen!" 12.5); Japanese lines measure 20 and more (their
 * commas, brackets and digits cut a few words).
 */
export const UNSPACED_MIN_CHARS_PER_WORD = 16;
export const UNSPACED_CHARS_PER_WORD = 2;
/**
 * … and its length is weighed as this many times its characters against LENGTH_LOW and
 * LENGTH_HIGH (an English word takes about six characters with its space, a Chinese or Japanese
 * one two): a 40-character Japanese sentence says what 120 English characters say.
 */
export const UNSPACED_LENGTH_FACTOR = 3;

/** A sentence-like line with at least this share of the stop-word threshold is near-good. */
export const SENTENCE_WEAK_SHARE = 0.5;
/** Unterminated lines up to this long may be headings (jusText's "short", decided by context). */
export const HEADING_MAX_CHARS = 160;
/** Headings have at most this many words. */
export const HEADING_MAX_WORDS = 25;
/**
 * Short unterminated lines of at most this many words are fragments (menu items, bylines,
 * captions, labels): boilerplate unless they head the body. Inside article text 1–4-word lines
 * are body less than a third of the time (dev set).
 */
export const FRAGMENT_MAX_WORDS = 4;
/** Headings have at least this many words (single words are menu items). */
export const HEADING_MIN_WORDS = 2;

/**
 * Teaser cards: a headline glued to its summary ("…Emerging As Strong WR OptionsThe 49ers…").
 * The headline part has CARD_TITLE_MIN_WORDS to CARD_TITLE_MAX_WORDS words, at least
 * CARD_TITLE_MIN_CAPS of its words of CARD_LONG_WORD+ characters capitalised (title case), and
 * at least CARD_SUMMARY_MIN_WORDS words follow the join.
 */
export const CARD_TITLE_MIN_WORDS = 3;
/** Languages whose headlines are written in title case (elsewhere capitals mark names and nouns). */
export const TITLE_CASE_LANGUAGES: ReadonlySet<string> = new Set(['en']);
export const CARD_TITLE_MAX_WORDS = 15;
export const CARD_TITLE_MIN_CAPS = 0.6;
export const CARD_LONG_WORD = 4;
export const CARD_SUMMARY_MIN_WORDS = 6;
/** … and at most this share of the long words after the join are capitalised (sentence case). */
export const CARD_SUMMARY_MAX_CAPS = 0.4;
/**
 * Lines of at least this many words are checked for a caption opening ("FILE PHOTO: …"); shorter
 * ones ("Photo: Reuters") are credits.
 */
export const CAPTION_MIN_WORDS = 6;
/** Lines shorter than this (words) are not searched for teaser cards. */
export const CARD_MIN_WORDS = CARD_TITLE_MIN_WORDS + CARD_SUMMARY_MIN_WORDS;
/**
 * A line opened by a related-list phrase and a colon ("See also: …", "Читай также: …", "Related
 * post: …") is a link to another article set inside the text, like a bracketed label. The lead-in
 * before the colon is at most this many characters…
 */
export const LEAD_IN_MAX_CHARS = 30;
/** … and a phrase of the related list covers at least this share of its letters. */
export const LEAD_IN_MIN_COVERAGE = 0.75;

// ---- repetition ------------------------------------------------------------------------------

/** A normalised line seen this often in one page is template (related lists, timestamps). */
export const PAGE_REPEAT_MIN = 2;
/**
 * A line repeated this often on one page separates the paragraphs: the alt text under every photo
 * of a photo story, "Article content" or "Advertisement" between every paragraph. It is furniture
 * but costs the main region only what a short line costs, so the paragraphs around it stay one
 * run. Related lists repeat a headline two or three times (headline and teaser, top and bottom
 * list) and teaser lists a section label five or so times ("//Политика" over every other teaser,
 * and in the menu): those keep the full cost (4 measured −0.003 line F1 without the corpus, from
 * such teaser lists joining the body; 6 keeps the photo stories and loses nothing).
 */
export const PAGE_SEPARATOR_MIN_REPEATS = 6;
/** Repeated lines longer than this are kept to context (quotes repeated as pull-quotes). */
export const PAGE_REPEAT_MAX_CHARS = 200;
/** A normalised line found in at least this many distinct documents of the corpus is template. */
export const CORPUS_MIN_DOCS = 3;
/**
 * Corpus repeats up to this long are firm template. Longer ones (up to REPEAT_KEY_MAX_CHARS) are
 * teaser summaries of other articles: boilerplate but not firm, and prose again when a neighbour
 * is a long corpus repeat too (agency copy reprinted repeats whole runs of paragraphs).
 */
export const CORPUS_MAX_CHARS = 200;

// ---- context (revise) pass --------------------------------------------------------------------

/** A body line ending with a colon and at least this many words announces a list (items join). */
export const LIST_INTRO_MIN_WORDS = 5;
/** … and furniture phrases cover less than this share of it ("See more on this topic:" is not one). */
export const LIST_INTRO_MAX_PHRASE_COVERAGE = 0.25;
/**
 * A short line inside the main region that is a full sentence (final punctuation, stop words as
 * in prose) of at least this many words is body whatever its neighbours ("He has always denied it.").
 */
export const SHORT_SENTENCE_MIN_WORDS = 3;
/**
 * Up to this many short full sentences (as above) right after the main region close the article
 * ("The inquiry continues.", "The study appears in Science."): Kadane's run never ends on a short
 * line, so a short last paragraph would otherwise fall outside it.
 */
export const CLOSING_SENTENCE_MAX_LINES = 1;
/**
 * … and up to this many right before it open the article ("К такому выводу пришли американские
 * ученые." above the first paragraph): Kadane's run never starts on a short line either.
 */
export const OPENING_SENTENCE_MAX_LINES = 1;
/** A heading-like short line within this many characters before a good line joins the body. */
export const MAX_HEADING_DISTANCE = 200;

/** The last this-many body blocks are checked for closing notices ("click here", "appeared in print"). */
export const TAIL_MAX_BLOCKS = 3;

// ---- main region ------------------------------------------------------------------------------

/** A full sentence of at least this many words right above the region opens it (the lead). */
export const LEAD_MIN_WORDS = 10;
/** An inline related box (headlines, a poll) between the lead and the region has at most this many blocks. */
export const RELATED_BOX_MAX_BLOCKS = 16;
/** A block counts at most this many characters (one long notice must not outweigh an article). */
export const REGION_BLOCK_CAP = 300;
/** A near-good block counts this share of its characters towards the main region. */
export const REGION_NEAR_WEIGHT = 0.8;
/** Cost of a short block inside the main region (characters of prose it takes to carry it). */
export const REGION_SHORT_COST = 15;
/** Cost of a firm boilerplate block (phrase, repetition, no letters) inside the region. */
export const REGION_FIRM_COST = 150;
/**
 * Cost of a line that opens another section ("Related articles", "Comments", "Share"): the
 * body rarely continues after one, so only a lot of prose may carry the region across it.
 */
export const REGION_SECTION_COST = 300;
/**
 * Cost of a line that opens the comments ("Comments", "Leave a comment", "About comments"): the
 * article does not go on under its comments, so it takes four full prose blocks to carry it.
 */
export const REGION_COMMENTS_COST = 1200;
/**
 * A run of blocks above the comments, when the best run starts under them, is the region if it
 * is worth this much (two full paragraphs): a short article above a comment form wins over the
 * teasers with their leads listed under the comments.
 */
export const REGION_ABOVE_COMMENTS_MIN = 600;
/** The rules under a comment-rules heading run at most this many blocks (to the next firm furniture). */
export const COMMENT_RULES_MAX_BLOCKS = 80;
/** Cost of a short dated line (a timestamp) inside the region: comment feeds alternate them with prose. */
export const REGION_DATED_COST = 400;
/** Least cost of a non-prose long block; longer ones cost their length. */
export const REGION_BAD_COST = 60;

// ---- title ----------------------------------------------------------------------------------------

/** The title is looked for among this many blocks above the main region. */
export const TITLE_LOOKBACK_BLOCKS = 15;
/**
 * When no line within TITLE_LOOKBACK_BLOCKS shares at least TITLE_FAR_MAX_NEAR_OVERLAP of its
 * words with the lead, the title may sit further up, behind a long run of share buttons, reaction
 * widgets and tag lists: the nearest candidate up to TITLE_FAR_LOOKBACK_BLOCKS above the region
 * that shares at least TITLE_FAR_MIN_OVERLAP of its words with the lead is the title.
 */
export const TITLE_FAR_LOOKBACK_BLOCKS = 40;
export const TITLE_FAR_MAX_NEAR_OVERLAP = 0.2;
export const TITLE_FAR_MIN_OVERLAP = 0.5;
/**
 * A line of at most this many words that ends with a journalist's role ("Amy Gibbons Political
 * Correspondent", "Opinion Columnist") is a byline, never the title.
 */
export const BYLINE_MAX_WORDS = 6;
/** A title has at least this many words (one- and two-word lines are menu items and labels). */
export const TITLE_MIN_WORDS = 3;
/** A corpus-repeated line may be the title when furniture phrases cover less than this share of it. */
export const TITLE_MAX_PHRASE_COVERAGE = 0.25;
/** … and when at least this share of its words (stems) recurs in the lead (site taglines do not). */
export const TITLE_CORPUS_MIN_OVERLAP = 0.3;
/** A title is mostly letters (not a price list, a score or a date). */
export const TITLE_MIN_LETTER_RATIO = 0.6;
/** Title score: words count up to this many. */
export const TITLE_WORDS_CAP = 12;
/** Title score bonus for a line written twice on the page (page title and heading). */
export const TITLE_REPEAT_BONUS = 6;
/**
 * A line written more often than this on the page is no headline: a headline stands as page
 * title, heading, breadcrumb and share text (at most 4 times on the metadata set, once 5 times
 * on the dev set), a template line ("Search author on: PubMed Google Scholar" under each author,
 * a recipe name over each of its boxes) more often. Measured: 4 takes one more metadata headline
 * but loses the dev page whose headline is written 5 times; 5 moves dev +1 TP −1 FP. Below
 * PAGE_SEPARATOR_MIN_REPEATS, so that a page separator is never the title.
 */
export const TITLE_MAX_REPEATS = 5;
/** Title score cost per block between the candidate and the main region. */
export const TITLE_DISTANCE_COST = 1;
/** Title score per word (up to TITLE_WORDS_CAP). */
export const TITLE_WORD_WEIGHT = 0.5;
/** Title score for sharing all its words with the lead (scaled by the shared share). */
export const TITLE_OVERLAP_WEIGHT = 10;
/** The lead is the first this-many prose blocks of the main region. */
export const TITLE_LEAD_BLOCKS = 3;
/** Words shorter than this do not count in the title–lead overlap. */
export const TITLE_STEM_MIN_LETTERS = 4;
/** Words are compared by this many first letters (a crude stem that survives inflection). */
export const TITLE_STEM_LENGTH = 5;
/** A title candidate of at least this many words is a standfirst when a shorter headline is above it. */
export const STANDFIRST_MIN_WORDS = 15;
/**
 * A title candidate of at least this many words is a deck when a shorter headline candidate is
 * the block right above it ("Яйца омолаживают мозг" over "Улучшить память и замедлить старение
 * мозга можно с помощью яично-куриной диеты"); below it, only adjacency makes a headline.
 */
export const DECK_MIN_WORDS = 12;
/**
 * A full sentence of prose (good or near-good on its own, at least LEAD_MIN_WORDS words) at most
 * this many blocks under the title, with only furniture between (date, byline, share buttons), is
 * the standfirst or the lead cut off from the region by a photo or a widget: it joins the header.
 */
export const HEADER_LEAD_MAX_DISTANCE = 4;
/**
 * … unless its first this-many characters open a line of the region's first two lines too (a
 * summary repeating the lead after the dateline: "ГАЗА, 4 янв - РИА Новости. Глава …").
 */
export const HEADER_LEAD_REPEAT_CHARS = 40;
/** Date lines at most this many blocks under the title belong to the article header. */
export const HEADER_DATE_MAX_DISTANCE = 1;
/** … and have at most this many words ("13.01.2025 09:28", "December 05, 16:07"). */
export const HEADER_DATE_MAX_WORDS = 8;
