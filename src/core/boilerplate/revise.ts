/**
 * Pass 4, revise: decisions by neighbours (jusText's context-sensitive pass). Short blocks take
 * the class of their nearest non-short neighbours, near-good blocks survive unless boilerplate
 * surrounds them, and heading-like lines just before body text join it. Every step is linear:
 * nearest neighbours come from tables built in one sweep each way.
 */
import {
  PHRASE_MIN_COVERAGE,
  LIST_INTRO_MAX_PHRASE_COVERAGE,
  LIST_INTRO_MIN_WORDS,
  MAX_HEADING_DISTANCE,
} from './constants';
import type { Features } from './features';
import type { BlockClass, Verdict } from './classify';
import type { Block } from './segment';

export type Final = 'good' | 'bad';

/** The class a block counts as for its neighbours' nearest-class tables (`ignoreNear`: near-good too). */
function decides(c: BlockClass, ignoreNear: boolean): boolean {
  return c !== 'short' && !(ignoreNear && c === 'near');
}

/**
 * @param headingLike which blocks look like headings (short, no final full stop, not a list item)
 * @param fragment short few-word lines that never join the body by the short-block rule
 * @param lengths characters of each block (the heading distance is measured in them)
 *
 * Each step reads the classes the step before left (the nearest decided neighbour before a block
 * is kept while sweeping forward, the one after it in a table filled sweeping back), so every
 * step is one or two sweeps: "good text follows within MAX_HEADING_DISTANCE characters with no
 * firm furniture (menus, phrases, repeated lines) in between" is measured sweeping back too.
 */
export function revise(
  verdicts: readonly Verdict[],
  headingLike: readonly boolean[],
  fragment: readonly boolean[],
  lengths: readonly number[],
): Final[] {
  const n = verdicts.length;
  // Short headings followed by good text within the heading distance become near-good. The
  // nearest non-short block after each block (and the nearest that is not near-good either)
  // are noted in the same sweep (beyond the edges the class is bad).
  const classes = new Array<BlockClass>(n);
  const nextIgnoring = new Array<BlockClass>(n);
  const nextAny = new Array<BlockClass>(n);
  let distance = Infinity;
  let ignoring: BlockClass = 'bad';
  let any: BlockClass = 'bad';
  for (let i = n - 1; i >= 0; i--) {
    nextIgnoring[i] = ignoring;
    nextAny[i] = any;
    const v = verdicts[i]!;
    let c = v.cls;
    if (c === 'short' && headingLike[i] && !fragment[i] && distance <= MAX_HEADING_DISTANCE)
      c = 'near';
    classes[i] = c;
    if (c === 'good') distance = 0;
    else if (v.firm) distance = Infinity;
    else distance += lengths[i]!;
    if (decides(c, false)) any = c;
    if (decides(c, true)) ignoring = c;
  }
  // Short blocks: both neighbours good → good, both bad → bad; mixed → good only next to a
  // near-good. (In place: the neighbours before a block are read as they were.)
  ignoring = 'bad';
  any = 'bad';
  for (let i = 0; i < n; i++) {
    const c = classes[i]!;
    if (c === 'short') {
      const prev = ignoring;
      const next = nextIgnoring[i]!;
      if (fragment[i]) classes[i] = 'bad';
      else if (prev === 'good' && next === 'good') classes[i] = 'good';
      else if (prev === 'bad' && next === 'bad') classes[i] = 'bad';
      else if ((prev === 'bad' && any === 'near') || (next === 'bad' && nextAny[i] === 'near'))
        classes[i] = 'good';
      else classes[i] = 'bad';
    }
    if (decides(c, false)) any = c;
    if (decides(c, true)) ignoring = c;
  }
  // Near-good: bad only when both nearest decided neighbours are bad.
  const nextDecided = nextIgnoring;
  ignoring = 'bad';
  for (let i = n - 1; i >= 0; i--) {
    nextDecided[i] = ignoring;
    if (decides(classes[i]!, true)) ignoring = classes[i]!;
  }
  ignoring = 'bad';
  for (let i = 0; i < n; i++) {
    const c = classes[i]!;
    if (c === 'near') classes[i] = ignoring === 'bad' && nextDecided[i] === 'bad' ? 'bad' : 'good';
    else ignoring = c;
  }
  // Headings that were not bad on their own and precede good text become good.
  const finals = new Array<Final>(n);
  distance = Infinity;
  for (let i = n - 1; i >= 0; i--) {
    const c = classes[i]!;
    const v = verdicts[i]!;
    const joins =
      c === 'bad' && headingLike[i] && v.cls !== 'bad' && distance <= MAX_HEADING_DISTANCE;
    finals[i] = c === 'good' || joins ? 'good' : 'bad';
    if (c === 'good') distance = 0;
    else if (v.firm) distance = Infinity;
    else distance += lengths[i]!;
  }
  return finals;
}

/**
 * A list announced by the body: a line of at least LIST_INTRO_MIN_WORDS words ending with a colon
 * ("The tour dates:", "Here are the deals:"), body itself or right after a body line, hardly any
 * furniture phrase
 * in it, opens a list whose items (short lines, however they look) belong to the body up to the
 * next firm furniture (menus, phrases, repeated lines) or prose already decided.
 */
export function continueLists(
  finals: Final[],
  verdicts: readonly Verdict[],
  features: readonly Features[],
): void {
  for (let i = 1; i < finals.length; i++) {
    const f = features[i]!;
    if (finals[i] !== 'good' && finals[i - 1] !== 'good') continue;
    if (!f.endsColon || f.words < LIST_INTRO_MIN_WORDS || verdicts[i]!.firm) continue;
    if ((f.phrase?.coverage ?? 0) >= LIST_INTRO_MAX_PHRASE_COVERAGE) continue;
    finals[i] = 'good';
    // Items run up to decided prose, firm furniture or a timestamp.
    const item = (j: number) => finals[j] !== 'good' && !verdicts[j]!.firm && !features[j]!.dated;
    let j = i + 1;
    for (; j < finals.length && item(j); j++) finals[j] = 'good';
    i = j;
  }
}

/** A related heading: firm, and a related phrase covers most of it ("See also", "Latest news"). */
export function isRelatedHeading(v: Verdict, f: Features): boolean {
  const p = f.phrase;
  return v.firm && p?.kind === 'related' && p.coverage >= PHRASE_MIN_COVERAGE;
}

/**
 * Short lines under a "Related" / "See also" / "Читайте также" heading (the heading a phrase of
 * the related list, even when the corpus repeats it) are the headlines of that list, up to the
 * next prose: they never join the body by the short-block or heading rules.
 */
export function relatedList(
  verdicts: readonly Verdict[],
  features: readonly Features[],
): boolean[] {
  const out = new Array<boolean>(verdicts.length).fill(false);
  let open = false;
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i]!;
    if (isRelatedHeading(v, features[i]!)) open = true;
    else if (v.cls === 'good' || v.cls === 'near') open = false;
    else if (open && v.cls === 'short') out[i] = true;
  }
  return out;
}

/** The rule of a teaser's summary under its bulleted headline in a related list. */
export const TEASER_SUMMARY_RULE = 'teaser-summary';

/**
 * Under a related heading ("Latest news", "Τελευταία Νέα"), a list of bulleted headlines may
 * carry each story's summary indented under its headline ("  • Headline" / "    Summary…").
 * Such a summary is prose by its shape but a teaser of another story: it becomes furniture before
 * the main region is chosen, and the list runs on. Unindented prose closes the list.
 */
export function teaserSummaries(
  verdicts: Verdict[],
  features: readonly Features[],
  blocks: readonly Block[],
): void {
  let open = false;
  for (let i = 0; i < verdicts.length; i++) {
    const v = verdicts[i]!;
    if (isRelatedHeading(v, features[i]!)) {
      open = true;
      continue;
    }
    if (!open || (v.cls !== 'good' && v.cls !== 'near')) continue;
    const above = blocks[i - 1];
    const b = blocks[i]!;
    if (
      above &&
      above.bullet &&
      !b.bullet &&
      b.indent > above.indent &&
      above.line === b.line - 1
    ) {
      verdicts[i] = { cls: 'bad', kind: 'related', rule: TEASER_SUMMARY_RULE, firm: false };
    } else open = false;
  }
}
