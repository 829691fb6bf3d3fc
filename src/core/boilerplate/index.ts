/**
 * Line classification: body vs boilerplate, on plain text alone.
 * Passes: segment → features → classify (context-free) → revise (by neighbours) → label (kinds
 * and confidence). See docs/algorithm.md.
 */
import type { CorpusStats } from '../corpus';
import { stopwordSet } from '../data/stopwords/index';
import type { LineResult } from '../types';
import { classifyBlock, guardReprints, PHRASE_KIND, type Verdict } from './classify';
import {
  CLOSING_SENTENCE_MAX_LINES,
  OPENING_SENTENCE_MAX_LINES,
  FRAGMENT_MAX_WORDS,
  HEADING_MAX_WORDS,
  HEADING_MIN_WORDS,
  LEAD_MIN_WORDS,
  SHORT_SENTENCE_MIN_WORDS,
  STOPWORDS_LOW,
  STOPWORDS_LOW_DEFAULT,
} from './constants';
import { computeFeatures, type Features } from './features';
import { label } from './label';
import { acrossContinuation, acrossRelatedBox, firstStory, mainRegion } from './region';
import {
  continueLists,
  isRelatedHeading,
  relatedList,
  revise,
  teaserSummaries,
  type Final,
} from './revise';
import { findHeader, type Header } from './header';
import { isTitleCandidate, SENTENCE_START } from './title';
import { repeatsTimedTitle, TIMED_RULE } from './forms';
import { topicLinkLists } from './leadIn';
import { segment } from './segment';
import { isTailNotice, trimTail } from './tail';
import { cutsTheText, dropNotices, NOTICE_RULE, saysTextContinues } from './notices';
import { commentRules } from './commentRules';

export interface ClassifyOptions {
  readonly language: string;
  readonly corpus?: CorpusStats;
}

export function classifyLines(text: string, options: ClassifyOptions): LineResult[] {
  return classify(text, options).lines;
}

/** The classification with the rule that decided each line (for explanations and debugging). */
export interface DetailedClassification {
  readonly lines: LineResult[];
  /** Context-free rule per line, then "→ region" / "→ context" when a later pass changed it. */
  readonly rules: string[];
}

export function classifyLinesDetailed(
  text: string,
  options: ClassifyOptions,
): DetailedClassification {
  const { lines, verdicts, finals } = classify(text, options);
  const rules = verdicts.map((v, i) => {
    const changed = (v.cls === 'bad') !== (finals[i] === 'bad');
    return changed ? `${v.rule} → context` : v.rule;
  });
  return { lines, rules };
}

/** The passes; the verdicts and final classes are kept for `classifyLinesDetailed`'s rules. */
function classify(
  text: string,
  options: ClassifyOptions,
): { lines: LineResult[]; verdicts: readonly Verdict[]; finals: readonly Final[] } {
  // Whitespace to collapse is found by the feature scan (one pass less over every line).
  const blocks = segment(text, false);
  const features = computeFeatures(blocks, options.language, options.corpus, false);
  const hasStoplist = stopwordSet(options.language).size > 0;
  // Per block, in one loop: the context-free verdict and the columns the passes below read.
  const verdicts: Verdict[] = [];
  const lengths: number[] = [];
  const dated: boolean[] = [];
  const texts: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const t = blocks[i]!.text;
    const f = features[i]!;
    verdicts.push(classifyBlock(f, t === '', options.language, hasStoplist, t));
    lengths.push(f.chars);
    dated.push(f.dated);
    texts.push(t);
  }
  guardReprints(verdicts, features, (f) => classifyBlock(f, false, options.language, hasStoplist));
  // A video card's title printed again under it is the same card.
  for (let i = 0; i + 1 < verdicts.length; i++) {
    if (verdicts[i]!.rule === TIMED_RULE && repeatsTimedTitle(texts[i]!, texts[i + 1]!))
      verdicts[i + 1] = { cls: 'bad', kind: 'related', rule: TIMED_RULE, firm: false };
  }
  commentRules(verdicts, features, blocks);
  teaserSummaries(verdicts, features, blocks);
  topicLinkLists(verdicts, blocks);
  // A notice about the page ("click here", "you must be logged in"); `mayBeNotice` is the scan's
  // cheap pre-check (a word that opens one).
  const notice = (i: number) => features[i]!.mayBeNotice && isTailNotice(texts[i]!);
  let region = extendLead(
    mainRegion(verdicts, lengths, dated, (i) => !blocks[i]!.bullet && blocks[i]!.indent === 0),
    features,
    verdicts,
    notice,
  );
  // Blocks between two runs that a "continues below" note joins (the widget the note sits in).
  let gap: [number, number] | undefined;
  if (region) {
    const joined = acrossContinuation(
      region,
      verdicts,
      lengths,
      dated,
      (i) => features[i]!.notice !== undefined && saysTextContinues(texts[i]!),
    );
    region = joined.region;
    gap = joined.gap;
    region = acrossRelatedBox(
      region,
      verdicts,
      (i) => isRelatedHeading(verdicts[i]!, features[i]!),
      (i) => features[i]!.endsSentence,
    );
    region = firstStory(
      region,
      texts,
      (i) => verdicts[i]!.cls === 'good' || verdicts[i]!.cls === 'near',
      (i) => isTitleCandidate(blocks[i]!, features[i]!, verdicts[i]!),
    );
  }
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i]!;
    if (v.cls !== 'good' && v.cls !== 'near') continue;
    const inside =
      region !== undefined &&
      i >= region[0] &&
      i <= region[1] &&
      !(gap !== undefined && i >= gap[0] && i <= gap[1]);
    if (inside && v.cls === 'near')
      verdicts[i] = { cls: 'good', kind: v.kind, rule: `${v.rule} → region`, firm: v.firm };
    if (!inside) {
      verdicts[i] = {
        cls: 'bad',
        kind: 'related',
        rule: `${v.rule} → outside-region`,
        firm: false,
      };
    }
  }
  // Lines of a related list (and linked headlines) are fragments, never headings.
  const inList = relatedList(verdicts, features);
  const headingLike: boolean[] = [];
  const fragment: boolean[] = [];
  for (let i = 0; i < verdicts.length; i++) {
    const f = features[i]!;
    const v = verdicts[i]!;
    const listed = inList[i]! || v.rule === 'teaser-label' || v.rule === NOTICE_RULE;
    headingLike.push(!listed && isHeadingLike(f, blocks[i]!.bullet, v.cls));
    fragment.push(
      listed ||
        (v.cls === 'short' &&
          f.words <= FRAGMENT_MAX_WORDS &&
          !f.endsSentence &&
          !betweenParagraphs(verdicts, region, i)),
    );
  }
  const finals = revise(verdicts, headingLike, fragment, lengths);
  continueLists(finals, verdicts, features);
  if (region) {
    // A short full sentence inside the main region is part of the article ("He has always denied it.").
    const low = STOPWORDS_LOW[options.language] ?? STOPWORDS_LOW_DEFAULT;
    const shortSentence = (i: number): boolean => {
      const f = features[i]!;
      if (verdicts[i]!.cls !== 'short' || !f.endsSentence || f.words < SHORT_SENTENCE_MIN_WORDS)
        return false;
      // A question on its own line is as often a subheading as a sentence of the text.
      if (blocks[i]!.text.trimEnd().endsWith('?')) return false;
      return !hasStoplist || f.stopDensity >= low;
    };
    for (let i = region[0]; i <= region[1]; i++) if (shortSentence(i)) finals[i] = 'good';
    // The article's last paragraph may be a short sentence right after the region, and its
    // first one a short sentence right before it.
    const end = Math.min(blocks.length - 1, region[1] + CLOSING_SENTENCE_MAX_LINES);
    for (let i = region[1] + 1; i <= end && shortSentence(i); i++) finals[i] = 'good';
    const start = Math.max(0, region[0] - OPENING_SENTENCE_MAX_LINES);
    const opening = (i: number) =>
      shortSentence(i) && !features[i]!.dated && SENTENCE_START.test(blocks[i]!.text);
    for (let i = region[0] - 1; i >= start && opening(i); i--) {
      finals[i] = 'good';
      region = [i, region[1]];
    }
  }
  let header: Header = new Map();
  if (region) {
    // Only the header (title, standfirst, date) joins the body above the main region.
    header = findHeader(blocks, features, verdicts, region[0]);
    for (let i = 0; i < region[0]; i++) finals[i] = header.has(i) ? 'good' : 'bad';
  }
  let cut = blocks.length;
  for (const i of dropNotices(finals, (i) => features[i]!.notice !== undefined)) {
    header.delete(i);
    const v = verdicts[i]!;
    const kind = PHRASE_KIND[features[i]!.notice!];
    verdicts[i] = { cls: 'bad', kind, rule: `${v.rule} → notice`, firm: true };
    if (i < cut && cutsTheText(texts[i]!)) cut = i;
  }
  // Under a paywall's "the rest is for subscribers", the page shows no more of the article.
  for (let i = cut + 1; i < blocks.length; i++) {
    if (finals[i] !== 'good') continue;
    finals[i] = 'bad';
    header.delete(i);
    const v = verdicts[i]!;
    verdicts[i] = { cls: 'bad', kind: v.kind, rule: `${v.rule} → under-paywall`, firm: false };
  }
  const tail = trimTail(finals, (i) => !header.has(i) && notice(i));
  for (const i of tail.notices) {
    verdicts[i] = { cls: 'bad', kind: 'footer', rule: `${verdicts[i]!.rule} → tail`, firm: true };
  }
  for (const i of tail.under) {
    const v = verdicts[i]!;
    verdicts[i] = { cls: 'bad', kind: v.kind, rule: `${v.rule} → under-tail`, firm: false };
  }
  const lines = label(blocks, features, verdicts, finals, header);
  return { lines, verdicts, finals };
}

/**
 * A few-word line inside the main region with a paragraph right above and right below it is a
 * subheading or a list item of the article ("Get up", "Leave your desk" between the tips of a
 * listicle), not a menu item: it is no fragment, so the short-block rule may take it in.
 */
function betweenParagraphs(
  verdicts: readonly Verdict[],
  region: [number, number] | undefined,
  i: number,
): boolean {
  return (
    region !== undefined &&
    i > region[0] &&
    i < region[1] &&
    verdicts[i - 1]!.cls === 'good' &&
    verdicts[i + 1]!.cls === 'good'
  );
}

/** Headings: short lines of a few words without a final full stop, not list items. */
function isHeadingLike(
  f: ReturnType<typeof computeFeatures>[number],
  bullet: boolean,
  cls: string,
): boolean {
  return (
    !bullet &&
    cls !== 'bad' &&
    f.words >= HEADING_MIN_WORDS &&
    f.words <= HEADING_MAX_WORDS &&
    !f.endsSentence
  );
}

/**
 * A lead sentence right above the region with few stop words (datelines and names:
 * "Stockholm. December 2. INTERFAX - NATO refuses…") still opens the article: the region
 * takes in the block just above it when that block is a full sentence of LEAD_MIN_WORDS words
 * and not a notice about the page ("To send a link to this page…, you must be logged in.").
 */
function extendLead(
  region: [number, number] | undefined,
  features: readonly Features[],
  verdicts: Verdict[],
  notice: (i: number) => boolean,
): [number, number] | undefined {
  if (!region || region[0] === 0) return region;
  const i = region[0] - 1;
  const f = features[i]!;
  const v = verdicts[i]!;
  if (v.firm || !f.endsSentence || f.words < LEAD_MIN_WORDS || notice(i)) return region;
  verdicts[i] = { cls: 'good', kind: 'paragraph', rule: `${v.rule} → lead`, firm: false };
  return [i, region[1]];
}
