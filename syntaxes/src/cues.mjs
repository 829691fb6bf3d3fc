// Regex pieces for the single-token cues of scraped text: dates and times, URLs and domains,
// wire-service datelines. See scrapemarkSource.grammar.mjs for the rules they follow.
import { COUNTRY_TLDS, LONG_TLDS, MONTHS, WEEKDAYS, words } from './lexicon.mjs';
import { namesRegex, trieRegex } from './regexTools.mjs';

export const MONTH = namesRegex(MONTHS);
export const WEEKDAY = namesRegex(WEEKDAYS);

const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])(?!\p{N})`;
const DAY_RANGE = String.raw`${DAY}(?:\s?[-–]\s?${DAY})?`;
const MONTH_NUM = String.raw`(?:0?[1-9]|1[0-2])`;
const YEAR4 = String.raw`(?:1\d|20)\d\d(?!\p{N})`;
/** "2024 г.", "2024 року", "2024 roku": year words that belong to the date. */
const YEAR_WORD = String.raw`(?:\s?(?:гг?\.|р\.|r\.|(?:года|году|року|roku)(?!\p{L})))?`;
const YEAR = `${YEAR4}${YEAR_WORD}`;

const ZONE = String.raw`(?:\s?(?:UTC|GMT|MSK|МСК|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|BST)(?:\s?[-+−]\s?\d{1,2}(?::?\d\d)?)?(?!\p{L}))?`;
const MERIDIEM = String.raw`(?:\s?[AaPp]\.?[Mm]\.?(?!\p{L}))?`;
export const TIME = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\p{N})${MERIDIEM}${ZONE}`;
/** What may stand between a date and its time: "13.01.2025 09:28", "2018.07.10 / 15:52", "at". */
const TIME_SEP = String.raw`(?:\s*[,/|•·–—-]\s*|\s+)(?:(?:at|в|во|о|об|um|à|o|às|alle|saat)\s+)?`;
export const WITH_TIME = `(?:${TIME_SEP}${TIME})?`;

/** Day before month: "18 жовтня", "5. Dezember 2024", "5 de diciembre de 2024", "24th February". */
const DAY_MONTH = String.raw`${DAY_RANGE}(?:st|nd|rd|th|er|-?го|\.)?\s+(?:de\s+)?${MONTH}(?:,?\s+(?:de\s+)?${YEAR})?`;
/** Month before day: "December 05", "July 11-12", "February 24th, 2025". */
const MONTH_DAY = String.raw`${MONTH}\s+${DAY_RANGE}(?:st|nd|rd|th)?(?!\p{L})(?:,?\s+${YEAR})?`;
/** Month and year only: "December 2024", "грудень 2024". */
const MONTH_YEAR = String.raw`${MONTH},?\s+${YEAR}`;
export const NAMED_DATE = `(?:${DAY_MONTH}|${MONTH_DAY}|${MONTH_YEAR})`;

/** Numeric dates with a four-digit year, day first or year first, one separator kind each. */
export const NUMERIC_DATE = [
  String.raw`${DAY}\.${MONTH_NUM}\.(?:${YEAR4}|\d\d(?!\p{N}))`,
  String.raw`${DAY}/${MONTH_NUM}/${YEAR4}`,
  String.raw`${DAY}-${MONTH_NUM}-${YEAR4}`,
  String.raw`${YEAR4}\.${MONTH_NUM}\.${DAY}`,
  String.raw`${YEAR4}/${MONTH_NUM}/${DAY}`,
  String.raw`${YEAR4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\p{N})`,
].join('|');

/** ISO 8601 date-time: "2025-01-13T09:28:00Z", "2025-01-13T09:28+03:00". */
export const ISO_DATE_TIME = String.raw`(?:1\d|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:Z|[-+](?:[01]\d|2[0-3]):?[0-5]\d)?(?![\p{L}\p{N}])`;

/** No digit or date punctuation right before a number that starts a date or time. */
export const NUMBER_START = String.raw`(?<![\p{L}\p{N}]|[\p{N}][.,:/-])`;
/** A number that ends a date is not followed by more digits or another date separator + digit. */
export const NUMBER_END = String.raw`(?![\p{N}]|[.:/-]\p{N})`;

// ---------------------------------------------------------------- URLs, domains, e-mail

const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
/** A label of two characters or more, required before a country code ("m.in" is Polish "m.in."). */
const LONG_LABEL = String.raw`[\p{L}\p{N}][\p{L}\p{N}-]{0,61}[\p{L}\p{N}]`;
const GENERIC_TLD = `(?:${trieRegex(words(LONG_TLDS))})`;
const COUNTRY_TLD = `(?:${trieRegex(words(COUNTRY_TLDS))})`;
const URL_CHAR = String.raw`[^\s<>"«»“”„‘’‹›\[\]{}|\\^` + '`' + ']';
/** Trailing punctuation is left out of a URL: "see www.anews.az." */
const URL_LAST_CHAR = String.raw`[^\s<>"«»“”„‘’‹›\[\]{}|\\^` + '`' + String.raw`.,;:!?)'*]`;
export const URL_PATH = `(?:${URL_CHAR}*${URL_LAST_CHAR})?`;
export const DOMAIN = String.raw`(?:${LABEL}\.)*(?:${LABEL}\.${GENERIC_TLD}|${LONG_LABEL}\.${COUNTRY_TLD})(?![\p{L}\p{N}_@-])`;

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
export const DATELINE = [
  String.raw`^\s*(${CITY})`,
  String.raw`(?:[,.]\s+(${DATELINE_DATE})[.,]?\s*(?:${AGENCY_AFTER_DATE})`,
  String.raw`|(?:[,.]\s*|\s+)(?:${SLASH_AGENCY}|${PAREN_AGENCY}\s*${DASH}))`,
].join('');
/** A city in capitals ("KYIV", "ST. PETERSBURG", "МОСКВА"): only such a city may stand alone. */
const UPPER_CITY = String.raw`\p{Lu}{2}[\p{Lu}'’.-]*(?:\s+\p{Lu}{2}[\p{Lu}'’.-]*){0,3}`;
/** A dateline without an agency: a city in capitals, a date and a dash ("KYIV, Dec 5 —"). */
export const DATELINE_DASH = String.raw`^\s*(${UPPER_CITY})[,.]\s+(${DATELINE_DATE})[.,]?\s*${DASH}`;
