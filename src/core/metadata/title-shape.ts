/**
 * What a headline candidate looks like by itself: URLs, tag lists, captions and photo credits,
 * quoted comment headers, menu rows, UI phrases, bylines with a role.
 */
import markers from '../data/metadata/markers.json';
import type { MetaDoc } from './doc';
import { matchesOf, phraseAlternation } from './doc';

export const RE_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/**
 * A word boundary before / after a word character, written as lookarounds: V8 runs `\b` in a
 * case-insensitive Unicode pattern about twice as slowly. Same meaning: with the `iu` flags, `\w`
 * (and so `\b`) also counts ſ (U+017F) and K (U+212A), which fold to s and k.
 */
const WORD_START = '(?<![\\w\\u017f\\u212a])';
const WORD_END = '(?![\\w\\u017f\\u212a])';
/** URLs and paths, mail, copyright, clock times, label lines ending with ":" or "|". */
export const RE_NOT_TITLE = new RegExp(
  `https?:\\/\\/|www\\.|\\.\\p{L}{2,6}\\/|@|©|(?<!\\d)\\d{1,2}:\\d\\d(?!\\d)|[:|]$|${WORD_START}cookies?${WORD_END}|javascript`,
  'iu',
);
/** A tag list ("TAG:CVS Health, CVS Pharmacy", "Schlagworte: …", "Теги: …"). */
export const RE_TAG_LINE =
  /^(?:tags?|tagged|tagged with|keywords|(?:main\s+)?categor(?:y|ies)|also included in|filed under|posted in|kategorien?|rubrik|rubrique|catégories?|categorías?|categorie|kategorie|рубрик[аи]|категори[яи]|schlagw[öo]rte?|stichw[öo]rter|themen|etiquetas|mots-clés|tematy|tagi|теги|тэги|метки|ключевые слова)\s*:/iu;

const AGENCY_CREDIT =
  '(?:AP|AFP|Reuters|EFE|dpa|EPA|PA|ANP|ANSA|Getty|Shutterstock|Imago|Keystone|Europa Press)';
const CAPTION_WORDS = `getty|images?${WORD_END}|photo|foto|фото|bild:|credit`;
const RE_CAPTION_ALL = new RegExp(
  `(?:${CAPTION_WORDS}|©|\\/\\s*(?:via\\s+)?${AGENCY_CREDIT}${WORD_END}|${WORD_START}${AGENCY_CREDIT}\\s*\\/|\\((?:[^()]*\\/[^()]*)\\)$|\\((?:left|right|centre|center|links|rechts|izquierda|derecha)\\))`,
  'iu',
);
const RE_CAPTION_WORD = new RegExp(CAPTION_WORDS, 'iu');
/**
 * Photo words or a credit: "Foto: …", "… (Getty Images)", "… / AP". Only the photo words can match
 * without a "/", "(" or "©" (an exact pre-check; the full pattern is ~3 times slower).
 */
export function isCaption(t: string): boolean {
  return t.includes('/') || t.includes('(') || t.includes('©')
    ? RE_CAPTION_ALL.test(t)
    : RE_CAPTION_WORD.test(t);
}

const RE_QUOTED = /[“"«„]([^“”"«»„]{8,200})[”"»“]/gu;
/** "5 thoughts on “…”", "One response to "…"": a short lead-in, then the whole rest quoted. */
export const RE_QUOTED_TITLE_LINE = /^[^“"«„]{1,40}[“"«„][^“”"«»„]{8,200}[”"»“]\s*$/u;
/** A speaker and a colon before the quote: a headline quoting someone. */
export const RE_SPEAKER_QUOTE = /^[^“"«„:]{1,40}:\s*[“"«„]/u;

/** True when `t` has an opening quotation mark (RE_QUOTED_TITLE_LINE needs one: an exact pre-check). */
export function hasQuoteMark(t: string): boolean {
  return RE_QUOTE_MARK.test(t);
}
const RE_QUOTE_MARK = /[“"«„]/u;

/** Texts quoted inside comment-section headers and similar lines. */
export function quotedTexts(doc: MetaDoc): Set<string> {
  const out = new Set<string>();
  for (const l of doc.lines) {
    if (l.bare.length > 260 || !hasQuoteMark(l.bare) || !RE_QUOTED_TITLE_LINE.test(l.bare))
      continue;
    for (const m of matchesOf(RE_QUOTED, l.bare)) if (m[1]) out.add(m[1].trim());
  }
  return out;
}

export function menuRow(t: string, minWords = 4): boolean {
  // exact pre-check: a word starting with a lower-case a–z or а–я letter makes the answer false
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const lower = (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f);
    if (lower && (i === 0 || t.charCodeAt(i - 1) === 0x20)) return false;
  }
  const words = t.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < minWords) return false;
  return words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}

/** Lines up to this many words are checked for UI phrases. */
export const UI_PHRASE_MAX_WORDS = 8;
/** Multi-word UI phrases count anywhere in a short line ("Continue reading the main story")... */
export const RE_UI = new RegExp(
  `(?<![\\p{L}])(?:${phraseAlternation(markers.uiPhrases.filter((p) => p.includes(' ')))})(?![\\p{L}])`,
  'iu',
);
/** ...single words ("Share", "Newsletter") only in a line of at most this many words. */
export const UI_WORD_MAX_WORDS = 3;
export const RE_UI_WORD = new RegExp(
  `(?<![\\p{L}])(?:${phraseAlternation(markers.uiPhrases.filter((p) => !p.includes(' ')))})(?![\\p{L}])`,
  'iu',
);

/** A gallery button: "View 3 Images", "See all 12 photos". */
export const RE_GALLERY =
  /^(?:view|see|show|open)\s+(?:all\s+)?\d*\s*(?:images|photos|pictures|gallery)$/iu;

/** Share of number tokens from which a line is "numeric". */
export const NUMERIC_SHARE = 0.3;
export function numericLine(t: string): boolean {
  if (!/\d/u.test(t)) return false; // exact pre-check: a number token has a digit
  const tokens = t.split(/\s+/u);
  const nums = tokens.filter((x) => /^\W*\d[\d.,:/-]*\W*$/u.test(x)).length;
  return nums / Math.max(1, tokens.length) >= NUMERIC_SHARE;
}

/**
 * CJK text (every CJK character is at U+1100 or above: a cheap exact pre-check first; a one-range
 * class scan is faster in V8 than a loop over the char codes).
 */
export function hasCjk(t: string): boolean {
  return RE_FROM_1100.test(t) && RE_CJK.test(t);
}
const RE_FROM_1100 = /[\u1100-\uffff]/;
/** Classifier kinds that are never the headline (measured: the gold headlines are never labelled so). */
export const UI_KINDS: ReadonlySet<string> = new Set(['share', 'legal', 'footer', 'comments']);
export const UI_MIN_CONFIDENCE = 0.8;

const ROLE_WORDS: ReadonlySet<string> = new Set(
  markers.roleWords.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()),
);
/** "Jane Roe Political Correspondent", "Max Muster Redakteur": 2–3 names, then roles. */
export function nameAndRole(t: string): boolean {
  if (t.length > 80) return false;
  // cheap first: the last word must be a role word
  const last = t.slice(t.lastIndexOf(' ') + 1).toLowerCase();
  if (!ROLE_WORDS.has(last)) return false;
  const words = t.split(/\s+/u);
  let k = 0;
  while (
    k < words.length &&
    k < 3 &&
    /^\p{Lu}[\p{L}'’.-]*$/u.test(words[k]!) &&
    !ROLE_WORDS.has(words[k]!.toLowerCase())
  )
    k++;
  if (k < 2 || k === words.length) return false;
  return words.slice(k).every((w) => ROLE_WORDS.has(w.toLowerCase()));
}
/** A credit closing a caption: "Name/via Reuters", "Name/AP", "EFE/ J. Pérez", "… el mes pasado. EFE", "(Getty Images)". */
const RE_CREDIT_END = new RegExp(
  `(?:\\/\\s*(?:via\\s+)?${AGENCY_CREDIT}|[.,]\\s*${AGENCY_CREDIT}|\\b${AGENCY_CREDIT}\\s*\\/\\s*(?:\\p{Lu}[\\p{L}.]*\\s*){1,3}|\\((?:Getty|AP|AFP|Reuters|EPA)[^()]*\\))$`,
  'u',
);
const AGENCY_NAMES = AGENCY_CREDIT.slice(3, -1).split('|');
/**
 * RE_CREDIT_END, after an exact pre-check: each of its forms needs a "/", ends with ")" or ends
 * with an agency name (the pattern is case-sensitive).
 */
export function endsWithCredit(t: string): boolean {
  return (
    (t.includes('/') || t.endsWith(')') || AGENCY_NAMES.some((a) => t.endsWith(a))) &&
    RE_CREDIT_END.test(t)
  );
}
/** A photo caption with its credit ("Un puerto en el norte. Foto: Anna Berg (REUTERS)"). */
export const RE_CAPTION_LINE = /^\P{L}*\p{L}.{20,}(?:foto|photo|фото|bild)\s*:\s*\p{Lu}/iu;
