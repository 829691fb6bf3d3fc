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

export type Final = 'good' | 'bad';

/**
 * For every block, the class of the nearest block before (`step` -1) or after (+1) it that is
 * not short (and not near-good if `ignoreNear`). Beyond the edges the class is bad.
 */
function nearest(classes: readonly BlockClass[], step: 1 | -1, ignoreNear: boolean): BlockClass[] {
  const n = classes.length;
  const out = new Array<BlockClass>(n);
  let last: BlockClass = 'bad';
  for (let k = 0; k < n; k++) {
    const i = step === 1 ? n - 1 - k : k;
    out[i] = last;
    const c = classes[i]!;
    if (c !== 'short' && !(ignoreNear && c === 'near')) last = c;
  }
  return out;
}

/**
 * For every block, whether a good block follows within MAX_HEADING_DISTANCE characters with no
 * firm furniture (menus, phrases, repeated lines) in between.
 */
function goodFollows(
  classes: readonly BlockClass[],
  verdicts: readonly Verdict[],
  lengths: readonly number[],
): boolean[] {
  const n = classes.length;
  const out = new Array<boolean>(n).fill(false);
  // Distance from the start of block i+1 to the next good block, scanning backwards.
  let distance = Infinity;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = distance <= MAX_HEADING_DISTANCE;
    if (classes[i] === 'good') distance = 0;
    else if (verdicts[i]!.firm) distance = Infinity;
    else distance += lengths[i]!;
  }
  return out;
}

/**
 * @param headingLike which blocks look like headings (short, no final full stop, not a list item)
 * @param fragment short few-word lines that never join the body by the short-block rule
 * @param lengths characters of each block (the heading distance is measured in them)
 */
export function revise(
  verdicts: readonly Verdict[],
  headingLike: readonly boolean[],
  fragment: readonly boolean[],
  lengths: readonly number[],
): Final[] {
  const classes: BlockClass[] = verdicts.map((v) => v.cls);
  const n = classes.length;
  // Short headings followed by good text within the heading distance become near-good.
  let follows = goodFollows(classes, verdicts, lengths);
  for (let i = 0; i < n; i++) {
    if (headingLike[i] && !fragment[i] && classes[i] === 'short' && follows[i]) classes[i] = 'near';
  }
  // Short blocks: both neighbours good → good, both bad → bad; mixed → good only next to a near-good.
  const prevIgnoring = nearest(classes, -1, true);
  const nextIgnoring = nearest(classes, 1, true);
  const prevAny = nearest(classes, -1, false);
  const nextAny = nearest(classes, 1, false);
  const resolved = classes.slice();
  for (let i = 0; i < n; i++) {
    if (classes[i] !== 'short') continue;
    const prev = prevIgnoring[i]!;
    const next = nextIgnoring[i]!;
    let c: BlockClass;
    if (fragment[i]) c = 'bad';
    else if (prev === 'good' && next === 'good') c = 'good';
    else if (prev === 'bad' && next === 'bad') c = 'bad';
    else if ((prev === 'bad' && prevAny[i] === 'near') || (next === 'bad' && nextAny[i] === 'near'))
      c = 'good';
    else c = 'bad';
    resolved[i] = c;
  }
  // Near-good: bad only when both nearest decided neighbours are bad.
  const prevDecided = nearest(resolved, -1, true);
  const nextDecided = nearest(resolved, 1, true);
  for (let i = 0; i < n; i++) {
    if (resolved[i] !== 'near') continue;
    resolved[i] = prevDecided[i] === 'bad' && nextDecided[i] === 'bad' ? 'bad' : 'good';
  }
  // Headings that were not bad on their own and precede good text become good.
  follows = goodFollows(resolved, verdicts, lengths);
  for (let i = 0; i < n; i++) {
    if (headingLike[i] && resolved[i] === 'bad' && verdicts[i]!.cls !== 'bad' && follows[i])
      resolved[i] = 'good';
  }
  return resolved.map((c) => (c === 'good' ? 'good' : 'bad'));
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
    const p = features[i]!.phrase;
    if (v.firm && p?.kind === 'related' && p.coverage >= PHRASE_MIN_COVERAGE) open = true;
    else if (v.cls === 'good' || v.cls === 'near') open = false;
    else if (open && v.cls === 'short') out[i] = true;
  }
  return out;
}
