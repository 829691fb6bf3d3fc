/**
 * Photo credits and captions that rule a line out as a title (`isTitleCandidate`), behind an exact
 * cheap pre-check.
 */

/**
 * Photo credits and captions anywhere: "Fot. Reuters", "Photo: AP", "Фото: EPA", "Photograph by",
 * "Скриншот видеоролика", "Rycina …"; and a credit "Name Surname/Agency" at the start.
 */
const PHOTO =
  /(?<![\p{L}])(fot\.|foto:|photo:|photos:|photograph|image:|фото:|фото |φωτο|screenshot|скриншот|rycina|ilustracja|illustration)|^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\/\p{Lu}/iu;
/**
 * Two letters that open every word of PHOTO's first alternative ("fo", "ph", "im", …); its second
 * needs a "/". A line with neither is not tested: the pattern tries every position of the line.
 */
const PHOTO_PAIRS = ['fo', 'ph', 'im', 'sc', 'ry', 'il', 'фо', 'φω', 'ск'];
/** Bits 0–8: the unit may be pair k's first letter, bits 9–17 its second; 0 = not computed yet. */
const PHOTO_BITS = new Int32Array(0x10000);
const PHOTO_SECOND_SHIFT = PHOTO_PAIRS.length;
const PHOTO_COMPUTED = 1 << 30;
/** Each letter as PHOTO compares it (case folded by the same engine, so the pre-check is exact). */
const PHOTO_LETTERS = PHOTO_PAIRS.map((p) => [...p].map((ch) => new RegExp(`^${ch}$`, 'iu')));

function photoBits(c: number): number {
  let bits = PHOTO_BITS[c]!;
  if (bits === 0) {
    bits = PHOTO_COMPUTED;
    const s = String.fromCharCode(c);
    PHOTO_LETTERS.forEach(([first, second], k) => {
      if (first!.test(s)) bits |= 1 << k;
      if (second!.test(s)) bits |= 1 << (k + PHOTO_SECOND_SHIFT);
    });
    PHOTO_BITS[c] = bits;
  }
  return bits;
}

/** False when PHOTO cannot match `t` (no "/" and no unit pair that opens one of its words). */
function mayBePhoto(t: string): boolean {
  const firstMask = (1 << PHOTO_SECOND_SHIFT) - 1;
  let previous = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x2f) return true;
    const bits = photoBits(c);
    if (previous & (bits >>> PHOTO_SECOND_SHIFT)) return true;
    previous = bits & firstMask;
  }
  return false;
}

/** True when `t` holds a photo credit or caption marker (PHOTO). */
export function isPhotoCaption(t: string): boolean {
  return mayBePhoto(t) && PHOTO.test(t);
}
