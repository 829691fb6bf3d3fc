/**
 * Conversions between UTF-16 indices (JavaScript strings, VS Code) and Unicode code point offsets
 * (sidecar files, the CLI's JSONL). Both directions are O(n) once and O(log n) per lookup.
 */

/** Maps UTF-16 indices to code point offsets and back for one text. */
export class OffsetMap {
  /** UTF-16 indices of the high surrogates of astral characters, ascending. */
  private readonly astral: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
  }

  /** True when every character is in the BMP, so both units agree. */
  get isIdentity(): boolean {
    return this.astral.length === 0;
  }

  /** Code point offset of a UTF-16 index (an index inside a surrogate pair maps to its character's start). */
  toCodePoint(utf16: number): number {
    // Number of astral characters that start before utf16.
    return utf16 - countBelow(this.astral, utf16);
  }

  /** UTF-16 index of a code point offset. */
  toUtf16(codePoint: number): number {
    // Each astral char before the target adds one unit. Binary search on k: astral[k] - k < codePoint.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.astral[mid]! - mid < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return codePoint + lo;
  }
}

/** Number of entries of an ascending array that are < value. */
function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Length of a string in code points. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
