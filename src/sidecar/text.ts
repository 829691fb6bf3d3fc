/**
 * The text a sidecar's offsets count: the decoded source WITHOUT its BOM, line endings as they are
 * (CRLF counts as two code points). Offsets are Unicode code points; JavaScript strings and the
 * analysis core count UTF-16 units, so `SourceText` converts with the core's OffsetMap.
 */
import { OffsetMap } from '../core/offsets';
import { sha256Hex } from './sha256';
import type { SourceInfo } from './types';

const BOM = '\ufeff';

export class SourceText {
  /** The text without BOM (UTF-16 string). */
  readonly text: string;
  /** True when the given text started with U+FEFF. */
  readonly bom: boolean;
  /** Length in code points. */
  readonly length: number;
  private readonly map: OffsetMap;

  /** `text` as decoded from the file; a leading BOM (U+FEFF) is removed and remembered. */
  constructor(text: string) {
    this.bom = text.startsWith(BOM);
    this.text = this.bom ? text.slice(1) : text;
    this.map = new OffsetMap(this.text);
    this.length = this.map.toCodePoint(this.text.length);
  }

  /** UTF-16 index of a code point offset (clamped to the text). */
  toUtf16(cp: number): number {
    return this.map.toUtf16(Math.max(0, Math.min(cp, this.length)));
  }

  /** Code point offset of a UTF-16 index. */
  toCodePoint(utf16: number): number {
    return this.map.toCodePoint(Math.max(0, Math.min(utf16, this.text.length)));
  }

  /** The text between two code point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

/** The first `n` code points of a string. */
export function headCp(s: string, n: number): string {
  let i = 0;
  let count = 0;
  while (i < s.length && count < n) {
    i += (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    count++;
  }
  return s.slice(0, i);
}

/** The last `n` code points of a string. */
export function tailCp(s: string, n: number): string {
  let i = s.length;
  let count = 0;
  while (i > 0 && count < n) {
    const lo = s.charCodeAt(i - 1);
    const hi = i >= 2 ? s.charCodeAt(i - 2) : 0;
    i -= lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff ? 2 : 1;
    count++;
  }
  return s.slice(i);
}

/** Line-ending style of a text. */
export function detectEol(text: string): SourceInfo['eol'] {
  let crlf = false;
  let cr = false;
  let lf = false;
  // One pass without allocations (this runs on every file of a corpus).
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf = true;
    else cr = true;
    if (crlf && cr) return 'mixed';
  }
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) !== 13) {
      lf = true;
      break;
    }
  }
  const kinds = Number(crlf) + Number(cr) + Number(lf);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf ? 'crlf' : cr ? 'cr' : 'lf';
}

/**
 * The `source:` block for a file. `bytes` are the raw file bytes when known (the CLI, the editor
 * on disk); otherwise the UTF-8 encoding of `text` is hashed (BOM included when present).
 */
export function describeSource(path: string, text: string, bytes?: Uint8Array): SourceInfo {
  const st = new SourceText(text);
  return {
    path,
    sha256: sha256Hex(bytes ?? text),
    length: st.length,
    offset_unit: 'codepoint',
    eol: detectEol(st.text),
    bom: st.bom,
  };
}
