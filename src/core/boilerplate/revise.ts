/**
 * Pass 4, revise: decisions by neighbours (jusText's context-sensitive pass). Short blocks take
 * the class of their nearest non-short neighbours, near-good blocks survive unless boilerplate
 * surrounds them, and heading-like lines just before body text join it.
 */
import { MAX_HEADING_DISTANCE } from './constants';
import type { BlockClass, Verdict } from './classify';

type Final = 'good' | 'bad';

/** Nearest class before/after i, skipping short blocks (and near-good ones if asked). The edge is bad. */
function neighbour(
  classes: readonly BlockClass[],
  i: number,
  step: 1 | -1,
  ignoreNear: boolean,
): BlockClass {
  for (let j = i + step; j >= 0 && j < classes.length; j += step) {
    const c = classes[j]!;
    if (c === 'short' || (ignoreNear && c === 'near')) continue;
    return c;
  }
  return 'bad';
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
  const goodWithin = (i: number): boolean => {
    let distance = 0;
    for (let j = i + 1; j < n && distance <= MAX_HEADING_DISTANCE; j++) {
      if (classes[j] === 'good') return true;
      // Firm furniture (menus, phrases, repeated lines) ends a heading's reach.
      if (verdicts[j]!.firm) return false;
      distance += lengths[j]!;
    }
    return false;
  };
  // Short headings followed by good text within the heading distance become near-good.
  for (let i = 0; i < n; i++) {
    if (headingLike[i] && !fragment[i] && classes[i] === 'short' && goodWithin(i)) classes[i] = 'near';
  }
  // Short blocks: both neighbours good → good, both bad → bad; mixed → good only next to a near-good.
  const shortClass = new Map<number, BlockClass>();
  for (let i = 0; i < n; i++) {
    if (classes[i] !== 'short') continue;
    const prev = neighbour(classes, i, -1, true);
    const next = neighbour(classes, i, 1, true);
    let c: BlockClass;
    if (fragment[i]) c = 'bad';
    else if (prev === 'good' && next === 'good') c = 'good';
    else if (prev === 'bad' && next === 'bad') c = 'bad';
    else if (
      (prev === 'bad' && neighbour(classes, i, -1, false) === 'near') ||
      (next === 'bad' && neighbour(classes, i, 1, false) === 'near')
    )
      c = 'good';
    else c = 'bad';
    shortClass.set(i, c);
  }
  for (const [i, c] of shortClass) classes[i] = c;
  // Near-good: bad only when both nearest decided neighbours are bad.
  for (let i = 0; i < n; i++) {
    if (classes[i] !== 'near') continue;
    const prev = neighbour(classes, i, -1, true);
    const next = neighbour(classes, i, 1, true);
    classes[i] = prev === 'bad' && next === 'bad' ? 'bad' : 'good';
  }
  // Headings that were not bad on their own and precede good text become good.
  for (let i = 0; i < n; i++) {
    if (headingLike[i] && classes[i] === 'bad' && verdicts[i]!.cls !== 'bad' && goodWithin(i))
      classes[i] = 'good';
  }
  return classes.map((c) => (c === 'good' ? 'good' : 'bad'));
}
