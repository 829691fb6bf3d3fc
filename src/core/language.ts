/**
 * Language detection from the text alone: the dominant script decides Greek and separates
 * Cyrillic from Latin; Ukrainian and Bulgarian are told from Russian by their own letters; Latin
 * languages by which stop-word list covers most tokens. Returns an ISO 639-1 code or 'und'.
 */
import { normalizeLine } from './boilerplate/normalize';
import { STOPWORD_LISTS } from './data/stopwords/index';

/**
 * Only this many characters are read, from the middle of the text (where the article usually is;
 * page chrome at the top may be in another language). The detection is stable long before.
 */
export const LANGUAGE_SAMPLE_CHARS = 8000;
/** Fewer letters than this: too little text to tell, 'und'. */
export const LANGUAGE_MIN_LETTERS = 20;
/** Share of Cyrillic letters that are і ї є ґ above which Cyrillic text is Ukrainian. */
export const UKRAINIAN_LETTER_SHARE = 0.01;
/** Share of Cyrillic letters that are ъ (with no ы) above which the text is Bulgarian. */
export const BULGARIAN_HARD_SIGN_SHARE = 0.01;
/** Latin-script text needs at least this many words to be assigned a language. */
export const LATIN_MIN_TOKENS = 5;

const LATIN_LANGUAGES = ['en', 'pl', 'de', 'fr', 'it', 'es', 'pt', 'cs'] as const;

/** Stop words that are in only one of the Latin lists: the distinctive ones. */
let distinctive: Map<string, string> | undefined;
function distinctiveWords(): Map<string, string> {
  if (distinctive) return distinctive;
  const owner = new Map<string, string | null>();
  for (const lang of LATIN_LANGUAGES) {
    for (const w of STOPWORD_LISTS[lang] ?? [])
      owner.set(w, owner.has(w) && owner.get(w) !== lang ? null : lang);
  }
  distinctive = new Map();
  for (const [w, lang] of owner) if (lang) distinctive.set(w, lang);
  return distinctive;
}

export function detectLanguage(text: string): string {
  const from = Math.max(0, (text.length - LANGUAGE_SAMPLE_CHARS) >> 1);
  const sample =
    text.length > LANGUAGE_SAMPLE_CHARS ? text.slice(from, from + LANGUAGE_SAMPLE_CHARS) : text;
  let latin = 0;
  let cyrillic = 0;
  let greek = 0;
  let ukr = 0;
  let hard = 0;
  let yery = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyrillic++;
      // і ї є ґ (and capitals)
      if (
        c === 0x456 ||
        c === 0x457 ||
        c === 0x454 ||
        c === 0x491 ||
        c === 0x406 ||
        c === 0x407 ||
        c === 0x404 ||
        c === 0x490
      )
        ukr++;
      else if (c === 0x44a || c === 0x42a) hard++;
      else if (c === 0x44b || c === 0x42b) yery++;
    } else if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff)) greek++;
  }
  const letters = latin + cyrillic + greek;
  if (letters < LANGUAGE_MIN_LETTERS) return 'und';
  if (greek >= latin && greek >= cyrillic) return 'el';
  if (cyrillic >= latin) {
    if (ukr / cyrillic > UKRAINIAN_LETTER_SHARE) return 'uk';
    if (yery === 0 && hard / cyrillic > BULGARIAN_HARD_SIGN_SHARE) return 'bg';
    return 'ru';
  }
  const words = distinctiveWords();
  const hits = new Map<string, number>();
  let tokens = 0;
  for (const token of normalizeLine(sample).split(' ')) {
    if (!token || token.charCodeAt(0) === 48) continue;
    tokens++;
    const lang = words.get(token);
    if (lang) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  let best = 'und';
  let bestHits = 0;
  for (const [lang, n] of hits) {
    if (n > bestHits) {
      best = lang;
      bestHits = n;
    }
  }
  return tokens >= LATIN_MIN_TOKENS && bestHits > 0 ? best : 'und';
}
