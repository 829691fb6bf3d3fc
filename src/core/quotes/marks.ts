/**
 * Quotation-mark pairing: one linear scan over the text with a small stack per paragraph.
 *
 * Each mark gets the roles its context allows (like Markdown's flanking rules): it can open when
 * the next character is not a space and the previous one is not a letter or digit; it can close
 * when the previous character is not a space and the next one is not a letter or digit. Directed
 * marks keep their usual role but may take the other one when only that fits (German „…“ closes
 * with “, German »…« opens with »). A ’ or ' between two letters is an apostrophe, never a mark.
 * A closer pairs with the nearest compatible opener within MAX_CLOSE_SEARCH stack levels;
 * unclosed openers above it are dropped. A paragraph that ends inside a quote continues it when the
 * next paragraph opens with the same mark (the multi-paragraph convention).
 */
import type { Span } from '../types';
import { isWordCode } from './text';

/** How deep below the top of the stack a closer may look for its opener. */
const MAX_CLOSE_SEARCH = 3;

/**
 * A directed opener met again while the same mark has been open for this many UTF-16 units means
 * the earlier one was never closed (nested quotations use the other mark: „…‚…‘…“); it is dropped.
 */
const MAX_SAME_NEST_DISTANCE = 150;

/** For each opening mark, the marks that may close it. */
const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"”',
  '“': '”“"',
  '„': '“”"',
  '«': '»',
  '»': '«»',
  '‹': '›',
  '›': '‹',
  '‘': "’'",
  '‚': '‘’',
  '`': "’'`",
  '”': '”',
  "'": "'’",
};

/** Every quotation mark, and the line break (paragraph ends); the scan jumps between them. */
const MARK_OR_NL = /["“”„«»‹›‘’‚`'\n]/gu;

/** A pair of quotation marks with the content between them. */
export interface MarkPair {
  /** Index of the opening mark (of the first paragraph for multi-paragraph quotes). */
  readonly open: number;
  /** Index of the closing mark. */
  readonly close: number;
  readonly openChar: string;
  /** Content between the marks, one span per paragraph, not trimmed. */
  readonly segments: readonly Span[];
  /** Nesting depth: 0 for an outermost pair. */
  readonly depth: number;
}

interface Opener {
  readonly index: number;
  readonly char: string;
  /** Start of the content of the current paragraph. */
  contentStart: number;
  /** Content of earlier paragraphs (multi-paragraph quotes). */
  readonly segments: Span[];
}

const SPACE = /\s/u;
const isSpace = (c: string | undefined): boolean => c === undefined || SPACE.test(c);
const isWord = (c: string | undefined): boolean => c !== undefined && isWordCode(c.charCodeAt(0));

/** Finds every quotation-mark pair of the text, in order of their closing marks. */
export function pairMarks(text: string): MarkPair[] {
  const pairs: MarkPair[] = [];
  let stack: Opener[] = [];
  /** Index of a paragraph-opening mark already consumed as a continuation. */
  let skip = -1;
  MARK_OR_NL.lastIndex = 0;
  for (let m = MARK_OR_NL.exec(text); m; m = MARK_OR_NL.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') {
      if (stack.length > 0) stack = continueAcrossParagraph(text, i, stack, (k) => (skip = k));
      continue;
    }
    if (i === skip) continue;
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = text[i + 1];
    if ((c === '’' || c === "'") && isWord(prev) && isWord(next)) continue; // apostrophe
    const leftFlank = !isSpace(next) && !isWord(prev);
    const rightFlank = !isSpace(prev) && !isWord(next);
    let canOpen: boolean;
    let canClose: boolean;
    switch (c) {
      case '„':
        canOpen = true; // never a closer; OCR'd text may put a space after it
        canClose = false;
        break;
      case '«':
      case '‹':
        // Opens unless it can only close (German »…«); closes only a » / › opener.
        canOpen = !rightFlank || leftFlank || isSpace(prev);
        canClose = rightFlank;
        break;
      case '»':
      case '›':
        // Closes a « (French « … » has a space before it); opens only where it cannot close.
        canOpen = leftFlank && !rightFlank;
        canClose = true;
        break;
      case '’':
        canOpen = false;
        canClose = rightFlank;
        break;
      case '‚':
      case "'":
        canOpen = leftFlank && (prev === undefined || isSpace(prev) || /[([{:—–-]/u.test(prev));
        canClose = c === "'" && rightFlank;
        break;
      default:
        canOpen = leftFlank || (!isSpace(next) && c !== '"' && c !== '”');
        canClose = rightFlank;
    }
    if (canClose) {
      const k = findOpener(stack, c);
      if (k >= 0) {
        const o = stack[k]!;
        stack = stack.slice(0, k);
        pairs.push({
          open: o.index,
          close: i,
          openChar: o.char,
          segments: [...o.segments, { start: o.contentStart, end: i }],
          depth: k,
        });
        continue;
      }
    }
    if (canOpen) {
      if (c !== '"') {
        const k = stack.findIndex((o) => o.char === c && i - o.index > MAX_SAME_NEST_DISTANCE);
        if (k >= 0) stack = stack.filter((_, j) => j !== k);
      }
      stack.push({ index: i, char: c, contentStart: i + 1, segments: [] });
    }
  }
  return pairs;
}

function findOpener(stack: readonly Opener[], closer: string): number {
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - MAX_CLOSE_SEARCH; k--) {
    if (CLOSERS[stack[k]!.char]?.includes(closer)) return k;
  }
  return -1;
}

/**
 * At a line break inside an open quote: keep the outermost quote open when the next non-blank
 * line starts with the same opening mark (that mark is then consumed), otherwise drop them all.
 */
function continueAcrossParagraph(
  text: string,
  nl: number,
  stack: Opener[],
  consume: (index: number) => void,
): Opener[] {
  const outer = stack[0]!;
  if (outer.contentStart > nl) return [outer]; // blank line before an already consumed reopening
  let j = nl + 1;
  while (j < text.length && /\s/u.test(text[j]!)) j++;
  if (j >= text.length || text[j] !== outer.char || isSpace(text[j + 1])) return [];
  let end = nl;
  while (end > outer.contentStart && /\s/u.test(text[end - 1]!)) end--;
  outer.segments.push({ start: outer.contentStart, end });
  outer.contentStart = j + 1;
  consume(j);
  return [outer];
}
