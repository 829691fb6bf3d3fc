/**
 * Stop-word lists (stopwords-iso, MIT) for the languages the analysis knows. Named imports let
 * esbuild keep only these lists of the package's JSON in the bundles (about 60 kB instead of 200).
 * Add a language here and in `language.ts` together.
 */
import {
  bg,
  cs,
  da,
  de,
  el,
  en,
  es,
  fr,
  it,
  nl,
  no,
  pl,
  pt,
  ru,
  sv,
  uk,
} from 'stopwords-iso/stopwords-iso.json';

/** ISO 639-1 code → stop words (lower case). */
export const STOPWORD_LISTS: Readonly<Record<string, readonly string[]>> = {
  bg,
  cs,
  da,
  de,
  el,
  en,
  es,
  fr,
  it,
  nl,
  no,
  pl,
  pt,
  ru,
  sv,
  uk,
};

/**
 * The Latin-script languages that language detection tells apart by their distinctive stop words
 * (`languageSample.ts`); a tie goes to the language hit first.
 */
export const LATIN_LANGUAGES = [
  'en',
  'pl',
  'de',
  'fr',
  'it',
  'es',
  'pt',
  'cs',
  'nl',
  'sv',
  'da',
  'no',
] as const;

const cache = new Map<string, ReadonlySet<string>>();

/** The stop-word set of a language, or an empty set when the language is unknown. */
export function stopwordSet(language: string): ReadonlySet<string> {
  let set = cache.get(language);
  if (!set) {
    set = new Set(STOPWORD_LISTS[language] ?? []);
    cache.set(language, set);
  }
  return set;
}
