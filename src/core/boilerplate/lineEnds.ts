/**
 * How a line ends (read from its last units, no pattern): like a sentence, with a colon, or
 * trailing off with an ellipsis. Closing quotes and brackets after the final mark are skipped.
 */

import { isLowSurrogate } from './chars';

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = '"\'»”’“)]›」*';
/** Sentence-final marks (Greek ";" is a question mark). */
const FINAL = '.!?…;。！？؟';

/** Ends with "…" or "...". */
export function endsWithEllipsis(text: string): boolean {
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  if (last === 0x2026) return true;
  return (
    last === 0x2e && n >= 3 && text.charCodeAt(n - 2) === 0x2e && text.charCodeAt(n - 3) === 0x2e
  );
}

/** Per code unit: 1 = closer, 2 = sentence-final mark, 4 = colon. */
const MARKS = new Uint8Array(0x10000);
const CLOSER = 1;
const FINAL_MARK = 2;
const COLON = 4;
for (const [chars, bit] of [
  [CLOSERS, CLOSER],
  [FINAL, FINAL_MARK],
  [':', COLON],
] as const) {
  for (let i = 0; i < chars.length; i++) MARKS[chars.charCodeAt(i)]! |= bit;
}

/**
 * Where the text ends once trailing emoji are skipped, with the spaces before them ("…at the
 * festival! 🙂"): an emoji after a sentence's final mark does not make it a fragment.
 */
function beforeEmoji(text: string): number {
  let k = text.length - 1;
  let skipped = false;
  for (;;) {
    const c = text.charCodeAt(k);
    if (isLowSurrogate(c) && k > 0 && isEmojiHigh(text.charCodeAt(k - 1))) k -= 2;
    else if ((c >= 0x2600 && c <= 0x27bf) || c === 0xfe0f || c === 0x200d) k--;
    else if (skipped && (c === 0x20 || c === 0xa0)) k--;
    else return k;
    skipped = true;
  }
}

/** High surrogates of the emoji planes' blocks (U+1F000–U+1FBFF). */
function isEmojiHigh(c: number): boolean {
  return c >= 0xd83c && c <= 0xd83e;
}

/** True when the text's last character, skipping closing quotes/brackets, is a `mark`. */
function endsWith(text: string, mark: number): boolean {
  let k = beforeEmoji(text);
  while (k >= 0 && MARKS[text.charCodeAt(k)]! & CLOSER) k--;
  return k >= 0 && (MARKS[text.charCodeAt(k)]! & mark) !== 0;
}

/** Ends like a sentence: . ! ? … (also behind closing quotes/brackets such as » ” ")). */
export function endsSentence(text: string): boolean {
  return endsWith(text, FINAL_MARK);
}

/** Ends with a colon (behind closing quotes/brackets). */
export function endsColon(text: string): boolean {
  return endsWith(text, COLON);
}
