/**
 * How a line ends (read from its last units, no pattern): like a sentence, with a colon, or
 * trailing off with an ellipsis. Closing quotes and brackets after the final mark are skipped.
 */

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

/** True when the text's last character, skipping closing quotes/brackets, is a `mark`. */
function endsWith(text: string, mark: number): boolean {
  let k = text.length - 1;
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
