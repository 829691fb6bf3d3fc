/**
 * Lead-ins (part of the line forms, `forms.ts`): a label and a colon or a pipe opening a line
 * ("See also: …", "MUST READ | …", "Tags: …") that makes the rest a link to another article
 * (form `teaser-label`) or a line of tags, categories or a breadcrumb trail (`listing-label`).
 */
import { wordClass } from './chars';
import { CARD_TITLE_MIN_WORDS, LEAD_IN_MAX_CHARS, LEAD_IN_MIN_COVERAGE } from './constants';
import { LISTING_LEAD_INS } from '../data/phrases/navigation';
import { LEAD_IN_PHRASES } from '../data/phrases/related';
import { normalizeLine } from './normalize';
import { PhraseIndex } from './phraseIndex';
import type { Verdict } from './classify';
import type { Block } from './segment';
import { matchPhrase } from './phrases';

/** The lead-ins of tag, category and breadcrumb lines (`LISTING_LEAD_INS`). */
const LISTING = new PhraseIndex([['navigation', LISTING_LEAD_INS]]);
const LEAD_INS = new PhraseIndex([['related', LEAD_IN_PHRASES]]);
/** A lead-in label in capitals ("TAG", "TAGS"), which may be glued to what follows its colon. */
const UPPER_LABEL = /^\p{Lu}{3,}$/u;

/**
 * The form a lead-in gives a line of `words` words: a pipe before any colon, or a colon, after
 * a related label (`teaser-label`, lines of more than CARD_TITLE_MIN_WORDS words), or a colon
 * after a listing label (`listing-label`). `colonAt`: the line's first ":" when the scan found it.
 */
export function leadInForm(
  text: string,
  words: number,
  colonAt?: number,
): 'teaser-label' | 'listing-label' | undefined {
  const lead = leadInAt(text, colonAt);
  // "MUST READ | Thousands of Australians are calling for …" (a pipe before any colon).
  const pipe = words > CARD_TITLE_MIN_WORDS ? pipeAt(text) : -1;
  if (pipe > 0 && pipe < LEAD_IN_MAX_CHARS && (lead < 0 || pipe < lead)) {
    return isRelatedLeadIn(normalizeLine(text.slice(0, pipe))) ? 'teaser-label' : undefined;
  }
  if (lead <= 0) return undefined;
  const before = normalizeLine(text.slice(0, lead));
  if (isListingLeadIn(before)) return 'listing-label';
  return words > CARD_TITLE_MIN_WORDS && isRelatedLeadIn(before) ? 'teaser-label' : undefined;
}

/** Where " | " is within LEAD_IN_MAX_CHARS, or -1 (the rest of the line is not read). */
function pipeAt(text: string): number {
  const limit = Math.min(text.length - 1, LEAD_IN_MAX_CHARS);
  for (let i = 1; i < limit; i++) {
    if (
      text.charCodeAt(i) === 0x7c &&
      text.charCodeAt(i - 1) === 0x20 &&
      text.charCodeAt(i + 1) === 0x20
    )
      return i - 1;
  }
  return -1;
}

/** The normalised words before a lead-in's colon or pipe point to another article. */
function isRelatedLeadIn(before: string): boolean {
  const m = matchPhrase(before);
  if (m && m.kind === 'related' && m.coverage >= LEAD_IN_MIN_COVERAGE) return true;
  return (LEAD_INS.best(before)?.coverage ?? 0) >= LEAD_IN_MIN_COVERAGE;
}

/** The normalised words before a lead-in's colon label tags, categories or a breadcrumb trail. */
function isListingLeadIn(before: string): boolean {
  const listing = LISTING.best(before);
  return listing !== undefined && listing.coverage >= LEAD_IN_MIN_COVERAGE;
}

/**
 * A line of tags, categories or a breadcrumb trail ("Tags: …", form `listing-label`), whatever
 * rule classified it (a repeated one is a page repeat first): never a title.
 */
export function isListingLine(text: string, colonAt?: number): boolean {
  const lead = leadInAt(text, colonAt);
  return lead > 0 && isListingLeadIn(normalizeLine(text.slice(0, lead)));
}

/**
 * Where the colon of a lead-in is ("See also: …", "Tags: …", "Читай также: …"), or -1: within
 * LEAD_IN_MAX_CHARS of the start, after a letter (French "Lire aussi : …": a space, then a
 * letter) and before a space (not a time, "10:17"), or before a letter after a label in
 * capitals ("TAG:CVS Health"). `colonAt`: the line's first ":" (-1: none),
 * when the line scan found it. The caller matches the words before it against its phrase lists
 * (they must cover LEAD_IN_MIN_COVERAGE of them).
 */
function leadInAt(text: string, colonAt?: number): number {
  const limit = Math.min(text.length, LEAD_IN_MAX_CHARS + 1);
  let colon = -1;
  if (colonAt !== undefined && colonAt !== 0) colon = colonAt < limit ? colonAt : -1;
  else {
    for (let i = 1; i < limit; i++) {
      if (text.charCodeAt(i) === 0x3a) {
        colon = i;
        break;
      }
    }
  }
  if (colon < 0) return -1;
  // "TAG:CVS Health, …": a label in capitals may be glued to what it follows.
  const after = text.charCodeAt(colon + 1);
  if (after !== 0x20 && !(wordClass(after) === 1 && UPPER_LABEL.test(text.slice(0, colon))))
    return -1;
  const before =
    text.charCodeAt(colon - 1) === 0x20 || text.charCodeAt(colon - 1) === 0xa0
      ? colon - 2
      : colon - 1;
  return before >= 0 && wordClass(text.charCodeAt(before)) === 1 ? colon : -1;
}

/** A list item "Topic: Headline" ("• Russische Drohnen: Auch in Deutschland versteckt?"). */
const TOPIC_HEADLINE = /^\p{Lu}[\p{L}\- ]{1,25}: [\p{Lu}"“„«‘']/u;
/** Bulleted "Topic: Headline" items in a row that make a list of links. */
const TOPIC_LIST_MIN_ITEMS = 3;

/**
 * A run of at least TOPIC_LIST_MIN_ITEMS bulleted items "Topic: Headline", none closed by a full
 * stop, is a list of links to other articles (BBC's "• A SIMPLE GUIDE: How do I protect
 * myself?", "• Coronavirus: Deaths hit …" between an article's paragraphs): each item becomes
 * a linked headline (`teaser-label`), which never joins the body.
 */
export function topicLinkLists(verdicts: Verdict[], blocks: readonly Block[]): void {
  const item = (i: number): boolean => {
    const b = blocks[i]!;
    if (!b.bullet || verdicts[i]!.cls === 'bad') return false;
    const last = b.text.charCodeAt(b.text.length - 1);
    return last !== 0x2e && last !== 0x21 && TOPIC_HEADLINE.test(b.text);
  };
  for (let i = 0; i < blocks.length; i++) {
    if (!item(i)) continue;
    let j = i;
    while (j + 1 < blocks.length && item(j + 1)) j++;
    if (j - i + 1 >= TOPIC_LIST_MIN_ITEMS) {
      for (let k = i; k <= j; k++) {
        verdicts[k] = { cls: 'short', kind: 'related', rule: 'teaser-label', firm: false };
      }
    }
    i = j;
  }
}
