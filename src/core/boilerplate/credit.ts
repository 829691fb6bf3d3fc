/**
 * Photo credits and captions ("Photo: Reuters", "Фото: EPA", "Fot. PAP", "Getty Images"), and the
 * exact cheap pre-check that spares most lines the regex: its trigger words in the line's
 * normalisation.
 */
import { unitsEqual } from './hashing';
import type { NormWords } from './normwords';

/** Photo credits and captions: a credit word followed by a colon or a full stop, or an agency. */
export const CREDIT_MARK =
  /(?<![\p{L}])(?:photo|photos|image|picture|credit|courtesy|фото|фотография|fot|foto|zdjęcie|φωτογραφία|φωτο)(?:\s*[:.]|\s+(?:by|courtesy))|getty images|shutterstock|\/\s*(?:afp|ap|reuters|epa|pap)\b/iu;

/**
 * Words that every match of CREDIT_MARK contains (lower case): a line whose normalisation holds
 * none of them, and no "/", is not tested with the regex.
 */
const CREDIT_TRIGGERS = [
  'photo',
  'image',
  'picture',
  'credit',
  'courtesy',
  'фото',
  'fot',
  'zdjęcie',
  'φωτο',
  'getty',
  'shutterstock',
];

/**
 * Trigger words by their first two units (all have 3+), hashed: 1 + index into CREDIT_LISTS, or 0.
 * Two units rule out far more positions than one ("c", "i", "p", "s" open many words).
 */
const CREDIT_PAIRS = new Uint8Array(4096);
const CREDIT_LISTS: string[][] = [];
const creditPair = (first: number, second: number): number => ((first * 31) ^ second) & 4095;
for (const w of CREDIT_TRIGGERS) {
  const k = creditPair(w.charCodeAt(0), w.charCodeAt(1));
  if (!CREDIT_PAIRS[k]) CREDIT_PAIRS[k] = CREDIT_LISTS.push([]);
  CREDIT_LISTS[CREDIT_PAIRS[k] - 1]!.push(w);
}

/** Units that open a trigger word (1), read first: most units open none. */
const CREDIT_FIRST = new Uint8Array(0x10000);
for (const w of CREDIT_TRIGGERS) CREDIT_FIRST[w.charCodeAt(0)] = 1;

/** True when the normalised line contains a credit trigger (anywhere, also inside a word). */
export function hasCreditTrigger(w: NormWords): boolean {
  const buf = w.buf;
  for (let i = 0; i + 1 < w.length; i++) {
    if (CREDIT_FIRST[buf[i]!] === 0) continue;
    const at = CREDIT_PAIRS[creditPair(buf[i]!, buf[i + 1]!)]!;
    if (at === 0) continue;
    for (const t of CREDIT_LISTS[at - 1]!) {
      if (i + t.length <= w.length && unitsEqual(t, buf, i)) return true;
    }
  }
  return false;
}
