/**
 * Pass 3b, region: the article body of a news page is one run of prose. Each block gets a value
 * (prose counts its characters, furniture costs), and the run of blocks with the largest total
 * (Kadane's maximum-sum subarray) is the main region. Prose outside it (teasers, comments,
 * related stories) loses its good/near-good class before the context pass.
 */
import {
  REGION_ABOVE_COMMENTS_MIN,
  REGION_BAD_COST,
  REGION_BLOCK_CAP,
  REGION_COMMENTS_COST,
  REGION_DATED_COST,
  REGION_FIRM_COST,
  REGION_NEAR_WEIGHT,
  REGION_SECTION_COST,
  REGION_SHORT_COST,
  RELATED_BOX_MAX_BLOCKS,
} from './constants';
import { SEPARATOR_RULE, type Verdict } from './classify';
import { TIMED_RULE } from './forms';

/** [first, last] block indices of the main region, or undefined when no block has prose. */
export function mainRegion(
  verdicts: readonly Verdict[],
  lengths: readonly number[],
  dated: readonly boolean[],
  opensComments: (i: number) => boolean = () => false,
): [number, number] | undefined {
  const all = bestRun(verdicts, lengths, dated, verdicts.length);
  if (!all) return undefined;
  // The article does not go on under its comments: a run that starts under a line opening the
  // comments below a paragraph (good prose; near-good teasers above a video page's comments do
  // not count) and not a menu item (`opensComments`) loses to the best run above that line when
  // that run is worth REGION_ABOVE_COMMENTS_MIN.
  let prose = false;
  let comments = -1;
  for (let i = 0; i < all.range[0]; i++) {
    const v = verdicts[i]!;
    if (v.cls === 'good') prose = true;
    else if (prose && v.rule === 'phrase-comments' && opensComments(i)) {
      comments = i;
      break;
    }
  }
  const above = comments < 0 ? undefined : bestRun(verdicts, lengths, dated, comments);
  return above && above.value >= REGION_ABOVE_COMMENTS_MIN ? above.range : all.range;
}

/** Kadane's maximum-sum run of the blocks before `end`, with its value. */
function bestRun(
  verdicts: readonly Verdict[],
  lengths: readonly number[],
  dated: readonly boolean[],
  end: number,
): { range: [number, number]; value: number } | undefined {
  let best = 0;
  let bestRange: [number, number] | undefined;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < end; i++) {
    const v = verdicts[i]!;
    const len = Math.min(lengths[i]!, REGION_BLOCK_CAP);
    const value = blockValue(v, len, dated[i]!);
    if (sum <= 0) {
      sum = value;
      start = i;
    } else sum += value;
    if (sum > best) {
      best = sum;
      bestRange = [start, i];
    }
  }
  return bestRange && { range: bestRange, value: best };
}

/** What a block adds to (prose) or takes from (furniture) a region that contains it. */
function blockValue(v: Verdict, len: number, dated: boolean): number {
  if (v.cls === 'good') return len;
  if (v.cls === 'near') return len * REGION_NEAR_WEIGHT;
  // Timestamps (comment feeds, lists of stories) cost the most, whatever else they are; a video
  // card's running time is no timestamp (the card sits between the article's paragraphs).
  if (dated && v.rule !== TIMED_RULE) return -REGION_DATED_COST;
  if (v.cls === 'short' || v.rule === SEPARATOR_RULE) return -REGION_SHORT_COST;
  if (v.rule === 'phrase-comments') return -REGION_COMMENTS_COST;
  if (SECTION_RULES.has(v.rule)) return -REGION_SECTION_COST;
  if (v.firm) return -REGION_FIRM_COST;
  return -Math.max(REGION_BAD_COST, len);
}

/** Rules of lines that open another section: related stories, comments, share buttons. */
const SECTION_RULES = new Set(['phrase-related', 'phrase-comments', 'phrase-share']);

/**
 * A dateline opening a story: a place in capitals, an optional agency in brackets, then a colon
 * or a dash ("NEW YORK: …", "SEOUL (AP) — …", "МОСКВА - …").
 */
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]{1,30}(?:\s*\([^)]{1,30}\))?\s*(?::|—|–|-{1,2})\s/u;

/** True when a line opens with a dateline. */
export function opensWithDateline(text: string): boolean {
  return DATELINE.test(text);
}

/**
 * Digest pages print several whole stories in a row, each a headline and a lead that opens with
 * a dateline. The gold (and the reader) takes the first: when the region opens with a dateline
 * lead and later a headline (`isHeadline`) is followed by another dateline lead, the region ends
 * before that headline.
 */
export function firstStory(
  region: [number, number],
  texts: readonly string[],
  prose: (i: number) => boolean,
  isHeadline: (i: number) => boolean,
): [number, number] {
  let opened = false;
  for (let i = region[0]; i <= region[1]; i++) {
    if (!prose(i) || !opensWithDateline(texts[i]!)) continue;
    if (opened && i - 1 > region[0] && isHeadline(i - 1)) return [region[0], i - 2];
    opened = true;
  }
  return region;
}

/**
 * An inline "Related" / "ZOBACZ TAKŻE" box often splits the lead from the rest of the article,
 * and the region starts under the box. When the blocks right above the region (at most
 * RELATED_BOX_MAX_BLOCKS) are such a box — a related heading and non-prose lines — and prose
 * sits right above it, the region takes in that prose (all adjacent prose blocks); the box stays
 * out by the related-list rule. The block right above the box must end like a sentence (photo
 * captions above a box do not).
 */
export function acrossRelatedBox(
  region: [number, number],
  verdicts: readonly Verdict[],
  relatedHeading: (i: number) => boolean,
  sentence: (i: number) => boolean,
): [number, number] {
  const prose = (i: number) => verdicts[i]!.cls === 'good' || verdicts[i]!.cls === 'near';
  let i = region[0] - 1;
  let heading = false;
  const stop = Math.max(0, region[0] - 1 - RELATED_BOX_MAX_BLOCKS);
  for (; i >= stop && !prose(i); i--) if (relatedHeading(i)) heading = true;
  if (!heading || i < 0 || !prose(i) || !sentence(i)) return region;
  let start = i;
  while (start > 0 && prose(start - 1)) start--;
  return [start, region[1]];
}

/**
 * A note that the article goes on under an advertisement ("This advertisement has not loaded
 * yet, but your article continues below.") joins the two runs it separates: when the region
 * starts within RELATED_BOX_MAX_BLOCKS under such a note and the best run above the note,
 * ending within RELATED_BOX_MAX_BLOCKS of it, is worth REGION_ABOVE_COMMENTS_MIN (two
 * paragraphs), the region starts there. Returns the region and the blocks between the two runs
 * (a widget the advertisement sits in), which stay out of the body.
 */
export function acrossContinuation(
  region: [number, number],
  verdicts: readonly Verdict[],
  lengths: readonly number[],
  dated: readonly boolean[],
  continues: (i: number) => boolean,
): { region: [number, number]; gap?: [number, number] } {
  let note = -1;
  const stop = Math.max(0, region[0] - RELATED_BOX_MAX_BLOCKS);
  for (let i = region[0]; i >= stop && note < 0; i--) if (continues(i)) note = i;
  if (note < 0) return { region };
  const above = bestRun(verdicts, lengths, dated, note);
  if (
    !above ||
    above.value < REGION_ABOVE_COMMENTS_MIN ||
    note - above.range[1] > RELATED_BOX_MAX_BLOCKS
  )
    return { region };
  return { region: [above.range[0], region[1]], gap: [above.range[1] + 1, region[0] - 1] };
}
