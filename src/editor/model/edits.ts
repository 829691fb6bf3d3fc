/**
 * Editor edits (UTF-16, as VS Code reports them) → code point edits (as the sidecar counts).
 * Pure: used by the session on every keystroke, so the common all-BMP case is O(changes).
 */
import { OffsetMap, codePointLength } from '../../core/offsets';

/** One change as VS Code reports it: offsets in the text before the change. */
export interface Utf16Change {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/** A replacement of [start, end) (code points, in the text before it) by `length` code points. */
export interface CodePointEdit {
  readonly start: number;
  readonly end: number;
  readonly length: number;
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Converts the changes of one `onDidChangeTextDocument` event. VS Code lists them so that applying
 * them in order to the old text gives the new one; each code point edit refers to the text as
 * left by the edits before it.
 */
export function toCodePointEdits(before: string, changes: readonly Utf16Change[]): CodePointEdit[] {
  const simple = !SURROGATE.test(before) && changes.every((c) => !SURROGATE.test(c.text));
  if (simple) {
    return changes.map((c) => ({
      start: c.rangeOffset,
      end: c.rangeOffset + c.rangeLength,
      length: c.text.length,
    }));
  }
  const out: CodePointEdit[] = [];
  let text = before;
  for (const c of changes) {
    const map = new OffsetMap(text);
    out.push({
      start: map.toCodePoint(c.rangeOffset),
      end: map.toCodePoint(c.rangeOffset + c.rangeLength),
      length: codePointLength(c.text),
    });
    text = text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
  }
  return out;
}
