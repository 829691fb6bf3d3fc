/**
 * cc_net's normalisation for duplicate detection (facebookresearch/cc_net, normalize_for_dedup):
 * lower case, every digit → 0, Unicode punctuation and symbols removed, whitespace collapsed.
 * "World 11:01" and "World 10:16" both become "world 0000".
 */
const PUNCT_OR_SYMBOL = /[\p{P}\p{S}\u200b\ufeff]+/gu;
const DIGIT = /\p{Nd}/gu;
const SPACES = /\s+/gu;

export function normalizeLine(text: string): string {
  return text
    .toLowerCase()
    .replace(DIGIT, '0')
    .replace(PUNCT_OR_SYMBOL, ' ')
    .replace(SPACES, ' ')
    .trim();
}
