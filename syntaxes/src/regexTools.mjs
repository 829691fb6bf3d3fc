// Helpers for writing Oniguruma regexes from word lists, shared by the grammar's pieces.
import { words } from './lexicon.mjs';

/** Not inside a word: no letter or digit right before. */
export const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{N}])`;
/** Not inside a word: no letter or digit right after. */
export const NOT_BEFORE_WORD = String.raw`(?![\p{L}\p{N}])`;

/** Escapes a literal word for use inside a regex. */
export function escape(word) {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regex alternation of `list` factored into a trie ("ma(?:rch|y)" instead of "march|may"):
 * Oniguruma tries alternatives one by one, so a flat list of 300 month names would be tried in
 * full at every word start.
 */
export function trieRegex(list) {
  const root = new Map();
  const END = '';
  for (const word of list) {
    let node = root;
    for (const ch of word) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch);
    }
    node.set(END, null);
  }
  const emit = (node) => {
    const terminal = node.has(END);
    const branches = [...node.entries()]
      .filter(([ch]) => ch !== END)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([ch, child]) => escape(ch) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    if (!terminal) return body;
    return branches.length === 1 && [...branches[0]].length === 1 ? `${body}?` : `(?:${body})?`;
  };
  return emit(root);
}

/** A case-insensitive alternation of the full and abbreviated names of a lexicon. */
export function namesRegex(lexicon) {
  const lower = (list) => [...new Set(list.map((w) => w.toLowerCase()))];
  const full = lower(Object.values(lexicon).flatMap((l) => words(l.full)));
  const abbr = lower(Object.values(lexicon).flatMap((l) => words(l.abbr))).filter(
    (w) => !full.includes(w),
  );
  const alternatives = [trieRegex(full)];
  if (abbr.length > 0) alternatives.push(`${trieRegex(abbr)}\\.?`);
  return `(?i:${alternatives.join('|')})(?!\\p{L})`;
}
