// Source of syntaxes/scrapemark-source.tmLanguage.json: builds the TextMate grammar for scraped
// sources from small, named regex pieces (the month lists alone would otherwise be repeated five
// times in the JSON). Regenerate with `npm run update-grammar-golden`; a unit test fails when the
// committed JSON and this source disagree.
//
// Regex rules (Oniguruma): no nested unbounded quantifiers, every lookahead that scans forward is
// bounded, every pattern that can start inside a run of letters starts with a lookbehind that
// rejects such a start, so a 100 KB line stays linear. Unicode classes (\p{L}, \p{Lu}, \p{N})
// keep Cyrillic, Greek and accented Latin on an equal footing with ASCII.
import {
  DATELINE,
  DATELINE_DASH,
  DOMAIN,
  ISO_DATE_TIME,
  MONTH,
  NAMED_DATE,
  NUMBER_END,
  NUMBER_START,
  NUMERIC_DATE,
  TIME,
  URL_PATH,
  WEEKDAY,
  WITH_TIME,
} from './cues.mjs';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD } from './regexTools.mjs';

export const SCOPE_NAME = 'text.scrapemark-source';

/** Longest possible distance (characters) between an ASCII single quote and its closing mark. */
export const MAX_SINGLE_QUOTE_SPAN = 200;

/**
 * Deepest nesting of quoted spans that is highlighted (« „…“ » is 2). A fixed depth keeps a line
 * of thousands of unclosed « from building a rule stack as deep as the line is long.
 */
export const MAX_QUOTE_DEPTH = 3;

/** Scope names: a standard TextMate scope (coloured by themes) paired with a Scrapemark one. */
export const SCOPES = {
  bullet: 'punctuation.definition.list.begin.markdown scrapemark.bullet',
  listNumber: 'punctuation.definition.list.begin.markdown scrapemark.list-number',
  date: 'constant.numeric.date scrapemark.date',
  time: 'constant.numeric.time scrapemark.time',
  url: 'markup.underline.link scrapemark.url',
  email: 'markup.underline.link scrapemark.email',
  dateline: 'entity.name.tag scrapemark.dateline',
  quoteDouble: 'string.quoted.double scrapemark.quote',
  quoteSingle: 'string.quoted.single scrapemark.quote',
  quoteBegin: 'punctuation.definition.string.begin scrapemark.quote-mark',
  quoteEnd: 'punctuation.definition.string.end scrapemark.quote-mark',
};

// ---------------------------------------------------------------- quotations

const BEGIN_MARK = { 1: { name: SCOPES.quoteBegin } };
const END_MARK = { 1: { name: SCOPES.quoteEnd } };

/** A quoted span from `begin` to `end` (group 1: the closing mark) or the end of the line. */
function quote(comment, name, begin, end) {
  return {
    comment,
    name,
    begin: `(${begin})`,
    beginCaptures: BEGIN_MARK,
    end: `(${end})|$`,
    endCaptures: END_MARK,
  };
}

/** Closing single marks are never followed by a letter, so "don’t" and "Ministry’s" stay words. */
const SINGLE_CLOSE = String.raw`['’](?![\p{L}\p{N}])`;
/** An opening ASCII/backtick single quote counts only when a closing mark follows on the line. */
const SINGLE_AHEAD = String.raw`(?=\p{L}[^\n]{0,${MAX_SINGLE_QUOTE_SPAN}}?${SINGLE_CLOSE})`;

const QUOTES = {
  'quote-straight-double': quote(
    '"…": opens before a non-space, not after a letter; inside, a " that follows a space and precedes a letter opens a nested quote, any other " (or a ”) closes.',
    SCOPES.quoteDouble,
    String.raw`${NOT_AFTER_WORD}"(?=[^\s"])`,
    String.raw`(?<=\S)"|"${NOT_BEFORE_WORD}|”`,
  ),
  'quote-english-double': quote(
    '“…” (English, also nested inside «…»); also closed by a straight " or by “ after a word (“…“).',
    SCOPES.quoteDouble,
    String.raw`${NOT_AFTER_WORD}“`,
    String.raw`”|"${NOT_BEFORE_WORD}|(?<=\S)“${NOT_BEFORE_WORD}`,
  ),
  'quote-low-double': quote(
    '„…“ (German, Ukrainian, Czech) and „…” (Polish, Romanian, Hungarian).',
    SCOPES.quoteDouble,
    '„',
    '[“”"]',
  ),
  'quote-guillemet-double': quote(
    '«…» (French, Russian, Ukrainian, …).',
    SCOPES.quoteDouble,
    '«',
    '»',
  ),
  'quote-guillemet-single': quote('‹…›', SCOPES.quoteSingle, String.raw`‹(?=\S)`, '›'),
  'quote-low-single': quote(
    '‚…‘ (German) and ‚…’ (Polish).',
    SCOPES.quoteSingle,
    '‚',
    String.raw`[‘’](?![\p{L}\p{N}])`,
  ),
  'quote-english-single': quote(
    '‘…’: the closing ’ never precedes a letter (apostrophes stay words).',
    SCOPES.quoteSingle,
    String.raw`${NOT_AFTER_WORD}‘`,
    SINGLE_CLOSE,
  ),
  'quote-ascii-single': quote(
    "'…' and `…' : only when the closing mark is on the same line; don't, pilots', зв'язку are words.",
    SCOPES.quoteSingle,
    String.raw`(?<![\p{L}\p{N}'’` + '`' + String.raw`])['` + '`' + ']' + SINGLE_AHEAD,
    SINGLE_CLOSE,
  ),
};

// ---------------------------------------------------------------- the grammar

/** Builds the grammar object written to syntaxes/scrapemark-source.tmLanguage.json. */
export function buildGrammar() {
  // Inside a quotation only nested quotations are highlighted. Each begin/end rule gets its own
  // Oniguruma scanner; with the date and domain regexes inside, each of the 24 quote scanners
  // took 15–400 ms to compile on first use, for cues that hardly matter inside a quote.
  /** Repository key of quote rule `key` at nesting `level` (1: outermost). */
  const quoteKey = (key, level) => (level === 1 ? key : `${key}-${level}`);
  const quoteRules = Object.entries(QUOTES).flatMap(([key, rule]) =>
    Array.from({ length: MAX_QUOTE_DEPTH }, (_, i) => {
      const level = i + 1;
      const inner =
        level < MAX_QUOTE_DEPTH
          ? Object.keys(QUOTES).map((k) => ({ include: `#${quoteKey(k, level + 1)}` }))
          : [];
      return [quoteKey(key, level), { ...rule, patterns: inner }];
    }),
  );
  return {
    $schema: 'https://json.schemastore.org/tmlanguage.json',
    name: 'Scraped Source',
    scopeName: SCOPE_NAME,
    comment:
      'GENERATED from syntaxes/src/scrapemarkSource.grammar.mjs by `npm run update-grammar-golden`; edit the source, not this file. Lexical cues of scraped news text that need no statistics: list bullets, dates and times, URLs, quotations, datelines.',
    patterns: [
      { include: '#dateline' },
      { include: '#dateline-dash' },
      { include: '#list-bullet' },
      { include: '#list-number' },
      { include: '#inline' },
    ],
    repository: {
      dateline: {
        comment: 'Wire-service dateline at the start of a line; the date inside keeps its scope.',
        match: DATELINE,
        name: SCOPES.dateline,
        captures: { 2: { name: SCOPES.date } },
      },
      'dateline-dash': {
        comment: 'Dateline without an agency; the city must be in capitals.',
        match: DATELINE_DASH,
        name: SCOPES.dateline,
        captures: { 2: { name: SCOPES.date } },
      },
      'list-bullet': {
        comment: 'A bullet glyph at the start of a line, followed by a space.',
        match: String.raw`^\s*([•◦▪▫‣⁃●○■□►▸▹▶✓✔✗✘·*])(?=\s)`,
        captures: { 1: { name: SCOPES.bullet } },
      },
      'list-number': {
        comment:
          'A list number at the start of a line ("1. ", "2) "), not a German date ("5. Dezember").',
        match: String.raw`^\s*(\d{1,3}[.)])(?=\s+(?!${MONTH})\S)`,
        captures: { 1: { name: SCOPES.listNumber } },
      },
      inline: {
        comment:
          'Everything that may occur anywhere in a line. Quotes nest at most MAX_QUOTE_DEPTH deep, so a run of « stays linear.',
        patterns: [
          ...Object.keys(QUOTES).map((key) => ({ include: `#${key}` })),
          { include: '#lexical' },
        ],
      },
      ...Object.fromEntries(quoteRules),
      lexical: {
        comment: 'Single-token cues outside quotations.',
        patterns: [
          { include: '#url' },
          { include: '#email' },
          { include: '#domain' },
          { include: '#date' },
          { include: '#time' },
        ],
      },
      url: {
        comment: 'A URL with a scheme; trailing punctuation is not part of it.',
        match: String.raw`${NOT_AFTER_WORD}(?:https?|ftps?)://${URL_PATH}`,
        name: SCOPES.url,
      },
      email: {
        match: String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@${DOMAIN}`,
        name: SCOPES.email,
      },
      domain: {
        comment:
          'A bare domain ("www.anews.az", "Axar.az"): labels, then a lowercase generic or country-code TLD, then no letter ("said.It", "cu.ft", "m.in" are not domains).',
        match: String.raw`(?<![\p{L}\p{N}_.@/:-])${DOMAIN}(?:/${URL_PATH})?`,
        name: SCOPES.url,
      },
      date: {
        comment: 'A calendar date, optionally with its time; "DD.MM" only when a time follows.',
        patterns: [
          { match: `${NUMBER_START}${ISO_DATE_TIME}`, name: SCOPES.date },
          {
            match: `${NUMBER_START}(?:${NUMERIC_DATE})${NUMBER_END}${WITH_TIME}`,
            name: SCOPES.date,
          },
          {
            match: String.raw`${NUMBER_START}(?:0[1-9]|[12]\d|3[01])[./](?:0[1-9]|1[0-2])(?:\s*[,/|]\s*|\s+)${TIME}`,
            name: SCOPES.date,
          },
          {
            match: `${NOT_AFTER_WORD}(?:${WEEKDAY},?\\s+)?${NAMED_DATE}${WITH_TIME}`,
            name: SCOPES.date,
          },
        ],
      },
      time: {
        comment: 'A clock time: "11:01", "16:07:30", "4:30 p.m.", "09:28 MSK".',
        match: String.raw`(?<![\p{L}\p{N}]|[\p{N}][.,:])${TIME}`,
        name: SCOPES.time,
      },
    },
  };
}

/** The grammar as written to disk: 2-space JSON with a final newline. */
export function grammarJson() {
  return `${JSON.stringify(buildGrammar(), null, 2)}\n`;
}
