// Source of syntaxes/scrapemark-source.tmLanguage.json: builds the TextMate grammar for scraped
// sources from small, named regex pieces (the month lists alone would otherwise be repeated five
// times in the JSON). Regenerate with `npm run update-grammar-golden`; a unit test fails when the
// committed JSON and this source disagree.
//
// Regex rules (Oniguruma): no nested unbounded quantifiers, every lookahead that scans forward is
// bounded, every pattern that can start inside a run of letters starts with a lookbehind that
// rejects such a start, so a 100 KB line stays linear. Unicode classes (\p{L}, \p{Lu}, \p{N})
// keep Cyrillic, Greek and accented Latin on an equal footing with ASCII.
import { COUNTRY_TLDS, LONG_TLDS, MONTHS, WEEKDAYS, words } from './lexicon.mjs';

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

const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{N}])`;
const NOT_BEFORE_WORD = String.raw`(?![\p{L}\p{N}])`;

/** Escapes a literal word for use inside a regex. */
function escape(word) {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex alternation of `list` factored into a trie ("ma(?:rch|y)" instead of "march|may"):
 * Oniguruma tries alternatives one by one, so a flat list of 300 month names would be tried in
 * full at every word start.
 */
function trieRegex(list) {
  const root = new Map();
  const END = '';
  for (const word of list) {
    let node = root;
    for (const ch of word) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch);
    }
    node.set(END, null);
  }
  const emit = (node) => {
    const terminal = node.has(END);
    const branches = [...node.entries()]
      .filter(([ch]) => ch !== END)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([ch, child]) => escape(ch) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    if (!terminal) return body;
    return branches.length === 1 && [...branches[0]].length === 1 ? `${body}?` : `(?:${body})?`;
  };
  return emit(root);
}

/** A case-insensitive alternation of the full and abbreviated names of a lexicon. */
function namesRegex(lexicon) {
  const lower = (list) => [...new Set(list.map((w) => w.toLowerCase()))];
  const full = lower(Object.values(lexicon).flatMap((l) => words(l.full)));
  const abbr = lower(Object.values(lexicon).flatMap((l) => words(l.abbr))).filter(
    (w) => !full.includes(w),
  );
  const alternatives = [trieRegex(full)];
  if (abbr.length > 0) alternatives.push(`${trieRegex(abbr)}\\.?`);
  return `(?i:${alternatives.join('|')})(?!\\p{L})`;
}

const MONTH = namesRegex(MONTHS);
const WEEKDAY = namesRegex(WEEKDAYS);

const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])(?!\p{N})`;
const DAY_RANGE = String.raw`${DAY}(?:\s?[-–]\s?${DAY})?`;
const MONTH_NUM = String.raw`(?:0?[1-9]|1[0-2])`;
const YEAR4 = String.raw`(?:1\d|20)\d\d(?!\p{N})`;
/** "2024 г.", "2024 року", "2024 roku": year words that belong to the date. */
const YEAR_WORD = String.raw`(?:\s?(?:гг?\.|р\.|r\.|(?:года|году|року|roku)(?!\p{L})))?`;
const YEAR = `${YEAR4}${YEAR_WORD}`;

const ZONE = String.raw`(?:\s?(?:UTC|GMT|MSK|МСК|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|BST)(?:\s?[-+−]\s?\d{1,2}(?::?\d\d)?)?(?!\p{L}))?`;
const MERIDIEM = String.raw`(?:\s?[AaPp]\.?[Mm]\.?(?!\p{L}))?`;
const TIME = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\p{N})${MERIDIEM}${ZONE}`;
/** What may stand between a date and its time: "13.01.2025 09:28", "2018.07.10 / 15:52", "at". */
const TIME_SEP = String.raw`(?:\s*[,/|•·–—-]\s*|\s+)(?:(?:at|в|во|о|об|um|à|o|às|alle|saat)\s+)?`;
const WITH_TIME = `(?:${TIME_SEP}${TIME})?`;

/** Day before month: "18 жовтня", "5. Dezember 2024", "5 de diciembre de 2024", "24th February". */
const DAY_MONTH = String.raw`${DAY_RANGE}(?:st|nd|rd|th|er|-?го|\.)?\s+(?:de\s+)?${MONTH}(?:,?\s+(?:de\s+)?${YEAR})?`;
/** Month before day: "December 05", "July 11-12", "February 24th, 2025". */
const MONTH_DAY = String.raw`${MONTH}\s+${DAY_RANGE}(?:st|nd|rd|th)?(?!\p{L})(?:,?\s+${YEAR})?`;
/** Month and year only: "December 2024", "грудень 2024". */
const MONTH_YEAR = String.raw`${MONTH},?\s+${YEAR}`;
const NAMED_DATE = `(?:${DAY_MONTH}|${MONTH_DAY}|${MONTH_YEAR})`;

/** Numeric dates with a four-digit year, day first or year first, one separator kind each. */
const NUMERIC_DATE = [
  String.raw`${DAY}\.${MONTH_NUM}\.(?:${YEAR4}|\d\d(?!\p{N}))`,
  String.raw`${DAY}/${MONTH_NUM}/${YEAR4}`,
  String.raw`${DAY}-${MONTH_NUM}-${YEAR4}`,
  String.raw`${YEAR4}\.${MONTH_NUM}\.${DAY}`,
  String.raw`${YEAR4}/${MONTH_NUM}/${DAY}`,
  String.raw`${YEAR4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\p{N})`,
].join('|');

/** ISO 8601 date-time: "2025-01-13T09:28:00Z", "2025-01-13T09:28+03:00". */
const ISO_DATE_TIME = String.raw`(?:1\d|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:Z|[-+](?:[01]\d|2[0-3]):?[0-5]\d)?(?![\p{L}\p{N}])`;

/** No digit or date punctuation right before a number that starts a date or time. */
const NUMBER_START = String.raw`(?<![\p{L}\p{N}]|[\p{N}][.,:/-])`;
/** A number that ends a date is not followed by more digits or another date separator + digit. */
const NUMBER_END = String.raw`(?![\p{N}]|[.:/-]\p{N})`;

// ---------------------------------------------------------------- URLs, domains, e-mail

const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
/** A label of two characters or more, required before a country code ("m.in" is Polish "m.in."). */
const LONG_LABEL = String.raw`[\p{L}\p{N}][\p{L}\p{N}-]{0,61}[\p{L}\p{N}]`;
const GENERIC_TLD = `(?:${trieRegex(words(LONG_TLDS))})`;
const COUNTRY_TLD = `(?:${trieRegex(words(COUNTRY_TLDS))})`;
const URL_CHAR = String.raw`[^\s<>"«»“”„‘’‹›\[\]{}|\\^` + '`' + ']';
/** Trailing punctuation is left out of a URL: "see www.anews.az." */
const URL_LAST_CHAR = String.raw`[^\s<>"«»“”„‘’‹›\[\]{}|\\^` + '`' + String.raw`.,;:!?)'*]`;
const URL_PATH = `(?:${URL_CHAR}*${URL_LAST_CHAR})?`;
const DOMAIN = String.raw`(?:${LABEL}\.)*(?:${LABEL}\.${GENERIC_TLD}|${LONG_LABEL}\.${COUNTRY_TLD})(?![\p{L}\p{N}_@-])`;

// ---------------------------------------------------------------- datelines

const CITY_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const CITY_LINK = String.raw`(?:(?:de|da|do|del|am|an|upon|on|la|le|el|sur)\s+)?`;
const CITY = String.raw`(?!${WEEKDAY}|${MONTH})${CITY_WORD}(?:\s+${CITY_LINK}${CITY_WORD}){0,3}`;
const SLASH_AGENCY = String.raw`/\p{L}[\p{L}\p{N} .&-]{0,30}/\.?`;
const PAREN_AGENCY = String.raw`\(\p{L}[\p{L}\p{N} .&/-]{0,30}\)`;
const AGENCY_WORDS = String.raw`\p{Lu}[\p{L}\p{N}&'’-]*(?:\s\p{Lu}[\p{L}\p{N}&'’-]*){0,2}`;
const DASH = '[-–—]';
const DATELINE_DATE = `(?:${NAMED_DATE}|${NUMERIC_DATE})${WITH_TIME}`;
/** How the agency follows the date: "/TASS/.", "(Reuters) -", "INTERFAX -", "- РИА Новости." */
const AGENCY_AFTER_DATE = [
  SLASH_AGENCY,
  String.raw`${PAREN_AGENCY}\s*${DASH}`,
  String.raw`${AGENCY_WORDS}\s*${DASH}`,
  String.raw`${DASH}\s*${AGENCY_WORDS}[.,]`,
  String.raw`${AGENCY_WORDS}\.(?=\s|$)`,
].join('|');
/**
 * A wire-service dateline at the start of a line: a city, usually a date, and the agency.
 * "MOSCOW, December 5. /TASS/.", "Stockholm. December 2. INTERFAX -", "LONDON (Reuters) -",
 * "МОСКВА, 5 дек - РИА Новости.", "Київ. 5 грудня. Укрінформ."
 */
const DATELINE = [
  String.raw`^\s*(${CITY})`,
  String.raw`(?:[,.]\s+(${DATELINE_DATE})[.,]?\s*(?:${AGENCY_AFTER_DATE})`,
  String.raw`|(?:[,.]\s*|\s+)(?:${SLASH_AGENCY}|${PAREN_AGENCY}\s*${DASH}))`,
].join('');
/** A city in capitals ("KYIV", "ST. PETERSBURG", "МОСКВА"): only such a city may stand alone. */
const UPPER_CITY = String.raw`\p{Lu}{2}[\p{Lu}'’.-]*(?:\s+\p{Lu}{2}[\p{Lu}'’.-]*){0,3}`;
/** A dateline without an agency: a city in capitals, a date and a dash ("KYIV, Dec 5 —"). */
const DATELINE_DASH = String.raw`^\s*(${UPPER_CITY})[,.]\s+(${DATELINE_DATE})[.,]?\s*${DASH}`;

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
