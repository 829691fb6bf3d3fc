/**
 * Pass 1, segment: the text → one block per non-blank line, with exact UTF-16 offsets.
 * LF and CRLF (and a lone CR before LF) end lines; a BOM (U+FEFF), NBSP and tabs count as
 * whitespace; list bullets ("  • item") are recognised and stripped from the block's content.
 */

import { isSpace } from './chars';

/** One non-blank line. */
export interface Block {
  /** 0-based line number (blank lines count). */
  readonly line: number;
  /** Start of the line (UTF-16 index). */
  readonly start: number;
  /** End of the line's content, before any line terminator. */
  readonly end: number;
  /**
   * The line's content, trimmed, bullet removed, inner whitespace runs collapsed to one space (by
   * `computeFeatures` when cut with `segment(text, false)`).
   */
  readonly text: string;
  /** The line starts with a list bullet. */
  readonly bullet: boolean;
  /** Leading whitespace width (tabs count as one). */
  readonly indent: number;
  /** A blank line (or the start of the text) comes right before / after this line. */
  readonly blankBefore: boolean;
  blankAfter: boolean;
}

/** Characters that mark a list item when they open a line and are followed by whitespace. */
const BULLET_CHARS = '•◦▪▫‣∙·●○■□➢►▶*';
/** Whitespace runs, including BOM, NBSP, zero-width space and other Unicode spaces. */
const WS = /[\s\u200b\ufeff]+/gu;

/** Per code unit: 1 when it is one of BULLET_CHARS (one read per line, whatever unit opens it). */
const BULLET = new Uint8Array(0x10000);
for (let i = 0; i < BULLET_CHARS.length; i++) BULLET[BULLET_CHARS.charCodeAt(i)] = 1;

function isBullet(c: number): boolean {
  return BULLET[c] === 1;
}

/**
 * Splits `text` into non-blank line blocks. Linear in the text's length. With `checkSpaces`
 * false, inner whitespace is left as it is: the caller finds the lines that hold whitespace to
 * collapse in a pass of its own and collapses them (`hasSpacesToCollapse`, `collapseSpaces`);
 * the feature scan does so, saving a pass over every line.
 */
export function segment(text: string, checkSpaces = true): Block[] {
  const blocks: Block[] = [];
  let line = 0;
  let start = 0;
  let previousBlank = true;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const lineEnd = nl < 0 ? text.length : nl;
    const end = lineEnd > start && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const block = makeBlock(text, line, start, end, previousBlank, checkSpaces);
    if (block) {
      const last = blocks[blocks.length - 1];
      if (last && last.line === line - 1) last.blankAfter = false;
      blocks.push(block);
      previousBlank = false;
    } else {
      previousBlank = true;
    }
    if (nl < 0) break;
    start = nl + 1;
    line++;
  }
  return blocks;
}

/**
 * True when `text[from..to)` holds whitespace to collapse: any space but a single ASCII one (the
 * common case is none). `text[to - 1]`, the end of a line's trimmed content, is not a space.
 */
export function hasSpacesToCollapse(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c > 32 && (c < 0xa0 || (c > 0xa0 && c < 0x1680))) continue; // not a space: most units
    if (c === 32 ? text.charCodeAt(k + 1) === 32 : isSpace(c)) return true;
  }
  return false;
}

/** The block with its inner whitespace runs collapsed to one space. */
export function collapseSpaces(b: Block): Block {
  // Written out, not spread: the block keeps the shape of `makeBlock`'s.
  return {
    line: b.line,
    start: b.start,
    end: b.end,
    text: b.text.replace(WS, ' '),
    bullet: b.bullet,
    indent: b.indent,
    blankBefore: b.blankBefore,
    blankAfter: b.blankAfter,
  };
}

/** The block of `text[start..end)`, read in place (a string is cut only for its content). */
function makeBlock(
  text: string,
  line: number,
  start: number,
  end: number,
  blankBefore: boolean,
  checkSpaces: boolean,
): Block | undefined {
  let lead = start;
  while (lead < end && isSpace(text.charCodeAt(lead))) lead++;
  if (lead === end) return undefined;
  let from = lead;
  let bullet = false;
  if (isBullet(text.charCodeAt(lead)) && lead + 1 < end && isSpace(text.charCodeAt(lead + 1))) {
    bullet = true;
    from = lead + 1;
  }
  let to = end;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  const odd = checkSpaces && hasSpacesToCollapse(text, from, to);
  const body = odd ? text.slice(from, to).replace(WS, ' ') : text.slice(from, to);
  if (body === '' && !bullet) return undefined;
  return {
    line,
    start,
    end,
    text: body,
    bullet,
    indent: lead - start,
    blankBefore,
    blankAfter: true,
  };
}
