/** Headline scoring constants (see title.ts and docs/metadata.md, "Headline"). */
export const TITLE_MIN_WORDS = 3;
/** Shorter headlines ("Schnelle Solarzelle") are candidates too, with TITLE_SCORE.short. */
export const TITLE_SHORT_MIN_WORDS = 2;
export const TITLE_MAX_WORDS = 35;
export const TITLE_MAX_CHARS = 300;
/** CJK headlines have no spaces: count characters instead of words. */
export const TITLE_MIN_CJK_CHARS = 8;
/** How far below the headline its date or byline may be (non-blank lines). */
export const TITLE_META_WINDOW = 8;
/** How far above the headline a date may be (date-first layouts). */
export const TITLE_META_BEFORE = 3;
/** Date/byline evidence TITLE_META_WINDOW lines below counts 1 - 1/TITLE_META_DECAY. */
export const TITLE_META_DECAY = 1.2;
/** How far below the headline the first prose paragraph may be. */
export const TITLE_PARA_WINDOW = 6;
/** A title's duplicate counts as "close" within this many lines (site header + article header). */
export const TITLE_DUP_WINDOW = 6;
/** Scores: what each piece of evidence adds. */
export const TITLE_SCORE = {
  dateBelow: 3,
  bylineBelow: 3.5,
  dateAbove: 1.5,
  paragraphBelow: 2,
  dupNear: 1.5,
  dupFar: 1.5,
  afterParagraph: -2.5,
  endsWithPeriod: -2,
  /** Two sentences or more: a standfirst or caption, not a headline. */
  sentences: -2,
  /** Deeper inside the article's prose run than MAIN_BODY_INTO lines: a subheading or caption. */
  insideBody: -1,
  /** Below the end of the article's prose run: related news, comment feeds, footers. */
  afterBody: -3,
  repeatedShape: -3,
  boilerplate: 0,
  classifiedTitle: 0,
  /** The classifier is sure the line is a related-news, comment or ticker row. */
  listLabel: 0,
  /** The exact text is quoted in another line ("5 thoughts on “Title”", "Comments on «Title»"). */
  quotedElsewhere: 3,
  /** The line quotes a title after a short lead-in: a comment-section header. */
  quotesTitle: -3,
  /** Starts with a hashtag ("#Clima | Nuevo récord …"): an embedded social post. */
  hashtag: -3,
  /** Starts with a lower-case letter: a continuation ("in Noticias de …"). */
  lowercaseStart: -3,
  /** A short line with a UI phrase ("Continue reading", "Compartir en Facebook", "Article réservé aux abonnés"). */
  uiPhrase: -2.5,
  /** Words glued without a space ("Corte SupremaOrganismos"): joined link texts. */
  gluedWords: -1.5,
  /** Written in capitals: a kicker or section label. */
  allCaps: -1.5,
  /** Mostly numbers ("113 25 Stockholm"). */
  numeric: -3,
  /** The line reads as a prose paragraph (a standfirst or lead). */
  paragraphSelf: -1.5,
  /** The classifier is sure the line is a share bar, legal notice, footer or comment. */
  uiLabel: -3,
  goodLength: 1.5,
  /** Fewer than TITLE_MIN_WORDS words: most such lines are menu entries and section names. */
  short: -2,
  /** ...every word capitalised: a name ("Jane Roe", "Modo Oscuro"), not a headline. */
  shortName: -3,
  /** Placed just before (or at the top of) the page's main run of prose paragraphs. */
  beforeMainBody: 3,
  /** Times the share of the candidate's content words found in the text just below it. */
  overlap: 3,
  /** Times the share of its content words found in the lead paragraphs of the article. */
  leadOverlap: 2,
  /** Every word capitalised, no small lower-case word: a menu row. */
  menuRow: -2.5,
  /** Photo caption or credit ("… (Getty Images)", "… / AP", "Foto: …"). */
  caption: -2.5,
  /** Ends with a photographer or agency credit ("… Jane Doe/via Reuters", "… (Getty Images)"). */
  creditEnd: -3,
  /** The next line is a photo caption with its credit ("… Foto: X (REUTERS)"): the photo's title. */
  beforeCredit: -3,
  /** A name followed by role words ("Jane Roe Political Correspondent"): a byline. */
  nameAndRole: -3,
  /** Minimum total score for a headline. */
  accept: 3,
} as const;

/** A headline may mention a date ("… упадут на Землю 15 января") with this many other words. */
export const TITLE_DATE_MIN_WORDS = 6;
