/**
 * Line forms recognisable in the text (part of pass 3, classify): teaser links as the
 * page-to-text conversion leaves them (cards, arrows, bracketed labels, related lead-ins), photo
 * captions, and the signature of an embedded social-media post.
 */
import {
  CHAR_INFO,
  charInfo,
  gluedCapitalAt,
  Info,
  isHighSurrogate,
  isLowSurrogate,
  isSurrogate,
  lastNonSpace,
  mayEndWithArrow,
} from './chars';
import {
  CARD_LONG_WORD,
  CARD_MIN_WORDS,
  CARD_SUMMARY_MAX_CAPS,
  CARD_SUMMARY_MIN_WORDS,
  CARD_TITLE_MAX_WORDS,
  CARD_TITLE_MIN_CAPS,
  CARD_TITLE_MIN_WORDS,
  TITLE_CASE_LANGUAGES,
} from './constants';
import { isCaption } from './caption';
import { endsSentence } from './lineEnds';
import type { Features } from './features';
import { leadInForm } from './leadIn';

/** Share of the words of CARD_LONG_WORD+ characters that start with a capital (0 without any). */
function capShare(words: readonly string[]): number {
  let long = 0;
  let caps = 0;
  for (const w of words) {
    if (w.length < CARD_LONG_WORD) continue;
    long++;
    if (/^\P{L}*\p{Lu}/u.test(w)) caps++;
  }
  return long ? caps / long : 0;
}

/**
 * Line forms recognisable in the text: teaser links as the page-to-text conversion leaves them,
 * and the signature of an embedded social-media post.
 */
export type TextForm =
  | 'teaser-card'
  | 'teaser-arrow'
  | 'teaser-label'
  | 'teaser-timed'
  | 'listing-label'
  | 'post-signature'
  | 'caption';

/** A link arrow closing the line after a space: "… in the Zeitgeist series. READ »". */
const LINK_ARROW = /\s[»›→]\s*$/u;
/**
 * A bracketed label in capitals closing a headline: "… after eating marmot [INSIGHT]", "[WYWIAD]"
 * (form `teaser-label`, as is a related lead-in: "See also: …").
 */
const LINK_LABEL = /\s\[\p{Lu}[\p{Lu} ]{1,20}\]\s*$/u;
/**
 * A headline opened by a running time or a clock time, not a sentence: a video card ("1:26 “In
 * this race to win:” Biden, Harris sign official nomination documents") or an item of a news
 * feed ("10:17 Новый город-миллионник появился в России").
 */
const TIMED_TITLE = /^(?:\d{1,2}:)?\d{1,2}:\d{2}\s+[\p{Lu}"“«„‘']/u;
/** The rule (and form) of a headline opened by a running or clock time. */
export const TIMED_RULE = 'teaser-timed';

/** The video card's title printed again under it, without the running time. */
export function repeatsTimedTitle(timed: string, next: string): boolean {
  const m = TIMED_TITLE.exec(timed);
  return m !== null && next === timed.slice(m[0].length - 1);
}

/** An embedded post's signature: "— Tottenham Hotspur (@SpursOfficial) November 20, 2019". */
const POST_SIGNATURE = /^[—–]\s[^()]{1,60}\(@\w{1,30}\)/u;

/**
 * The form of a line: a post signature, a headline closed by a bracketed label in capitals (a
 * link to another article), a line ending with a link arrow, or a teaser card (a headline glued
 * to its summary). Cards are looked for in lines of at least CARD_MIN_WORDS words; arrows in any
 * line ("Get Science News From The New York Times »" is a link however short).
 * `scanned`: what the line scan found (`Features`), for cheap exact pre-checks.
 */
export function textForm(
  text: string,
  words: number,
  language = 'en',
  scanned?: ScanHints,
): TextForm | undefined {
  const first = text.charCodeAt(0);
  if ((first === 0x2014 || first === 0x2013) && POST_SIGNATURE.test(text)) return 'post-signature';
  const last = lastNonSpace(text);
  const glued = scanned
    ? scanned.twoDots && text.includes('Credit...')
    : text.includes('Credit...');
  if (isCaption(text, words, last, glued)) return 'caption';
  if (words >= CARD_TITLE_MIN_WORDS && last === 0x5d && LINK_LABEL.test(text))
    return 'teaser-label';
  const labelled = leadInForm(text, words, scanned?.colonAt);
  if (labelled) return labelled;
  if (mayEndWithArrow(text) && LINK_ARROW.test(text) && !closesGuillemet(text))
    return 'teaser-arrow';
  if (first >= 0x30 && first <= 0x39 && TIMED_TITLE.test(text) && !endsSentence(text))
    return 'teaser-timed';
  if (words < CARD_MIN_WORDS) return undefined;
  if (isDoubled(text)) return 'teaser-card';
  const card = isTeaserCard(
    text,
    TITLE_CASE_LANGUAGES.has(language),
    scanned?.gluedAt ?? gluedCapitalAt(text),
  );
  return card ? 'teaser-card' : undefined;
}

/**
 * A final "»" after a space that closes a French quotation ("… sur la « gravité de la
 * situation »"): French sets a space inside its guillemets, so only a "»" with no "«" before it
 * is a link arrow.
 */
function closesGuillemet(text: string): boolean {
  return text.trimEnd().endsWith('»') && text.includes('«');
}

/**
 * A card's headline written twice, as the picture's text and as the link ("Mike Johnson’s Art
 * of the Deal Mike Johnson’s Art of the Deal"): two equal halves around a space.
 */
function isDoubled(text: string): boolean {
  const n = text.length;
  const half = (n - 1) >> 1;
  if (n % 2 === 0 || text.charCodeAt(half) !== 0x20) return false;
  for (let k = 0; k < half; k++) {
    if (text.charCodeAt(k) !== text.charCodeAt(half + 1 + k)) return false;
  }
  return true;
}

/** What the line scan found of a line (see `Features`): `textForm` reads no more than needed. */
export type ScanHints = Pick<Features, 'gluedAt' | 'colonAt' | 'twoDots'>;

/** A lower-case letter (or ? !) glued to a capitalised word: "…In DetroitHoodline crunched…". */
const CARD_JOIN = /\p{Ll}{2}(?=\p{Lu}(?:\p{Ll}{2}|\s))|(?:\d{2}|[?!])(?=\p{Lu}\p{Ll}{2})/uy;

/**
 * The first CARD_JOIN match that starts at `from` or after (what a global search from there finds),
 * without running the pattern over the rest of the line (costly with Unicode classes). Every
 * match ends right before a glued capital (`gluedCapitalAt`: `Info.MayUpper` after
 * `Info.MayLower`) and starts at most two code points before it, at a unit that may be lower
 * case (`Info.MayLower`), so the pattern is tried (anchored) only at those starts, in order: two
 * units before each glued capital, more only where a surrogate makes two code points longer.
 */
function nextJoin(text: string, from: number): RegExpExecArray | null {
  let tried = from - 1;
  for (let g = from + 1; g < text.length; g++) {
    if (!(infoAt(text, g) & Info.MayUpper && infoAt(text, g - 1) & Info.MayLower)) continue;
    let wide = false;
    for (let k = Math.max(0, g - 4); k <= g; k++) wide ||= isSurrogate(text.charCodeAt(k));
    for (let s = Math.max(tried + 1, g - (wide ? 4 : 2)); s < g; s++) {
      tried = s;
      // Not inside a surrogate pair (a search moves by code points); at a unit that may open a join.
      if (isLowSurrogate(text.charCodeAt(s)) && isHighSurrogate(text.charCodeAt(s - 1))) continue;
      if (!(infoAt(text, s) & Info.MayLower)) continue;
      CARD_JOIN.lastIndex = s;
      const m = CARD_JOIN.exec(text);
      if (m) return m;
    }
  }
  return null;
}

function infoAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return CHAR_INFO[c] || charInfo(c);
}

/**
 * A teaser card: a headline glued without a space to the first sentence of its summary, as the
 * page-to-text conversion leaves "Title Case Headline WordsThe summary sentence goes on…". The
 * part before the join is headline-like (CARD_TITLE_MIN_WORDS–CARD_TITLE_MAX_WORDS words, most
 * long words capitalised, not inside brackets) and at least CARD_SUMMARY_MIN_WORDS words in
 * sentence case follow. Title case is a headline signal only where headlines are written in it
 * (`titleCase`, TITLE_CASE_LANGUAGES; German capitalises every noun); a "?" or "!" glued to a
 * capital is a join in any language. `gluedAt` is the line's `gluedCapitalAt` (a cheap exact
 * pre-check; the line scan finds it).
 */
export function isTeaserCard(
  text: string,
  titleCase = true,
  gluedAt = gluedCapitalAt(text),
): boolean {
  if (gluedAt < 0) return false;
  // Every join ends right before a glued capital, so none starts more than two code points (four
  // units) before the first one: the search starts there (at a code point's first unit), not at
  // the start of the line.
  let start = Math.max(0, gluedAt - 4);
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start--;
  for (let m = nextJoin(text, start); m; m = nextJoin(text, m.index + m[0].length)) {
    const at = m.index + m[0].length;
    const head = text.slice(0, at);
    if (head.lastIndexOf('(') > head.lastIndexOf(')')) continue;
    const words = head.split(' ').filter((w) => /\p{L}/u.test(w));
    // A later join only lengthens the head and shortens the rest: once either is out of
    // bounds, no later join qualifies.
    if (words.length > CARD_TITLE_MAX_WORDS) break;
    if (words.length < CARD_TITLE_MIN_WORDS) continue;
    const rest = text.slice(at).split(' ');
    if (rest.length < CARD_SUMMARY_MIN_WORDS) break;
    // Title case before the join, sentence case after it (brand names like "AirPods" sit in
    // title-case runs on both sides). A "?" or "!" glued to a capital is a join by itself, so a
    // sentence-case headline may precede it ("Win a hamper with Windhoek!Windhoek Lager is…").
    const punct = m[0].endsWith('?') || m[0].endsWith('!');
    if (
      (punct || (titleCase && capShare(words) >= CARD_TITLE_MIN_CAPS)) &&
      capShare(rest.slice(1, 1 + CARD_SUMMARY_MIN_WORDS * 2)) <= CARD_SUMMARY_MAX_CAPS
    )
      return true;
  }
  return false;
}
