/** Line classification: body vs boilerplate. STUB: owned by the boilerplate work. */
import type { CorpusStats } from '../corpus';
import type { LineResult } from '../types';

export interface ClassifyOptions {
  readonly language: string;
  readonly corpus?: CorpusStats;
}

export function classifyLines(text: string, _options: ClassifyOptions): LineResult[] {
  const out: LineResult[] = [];
  let line = 0;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const contentEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    if (text.slice(start, contentEnd).trim() !== '') {
      out.push({ line, span: { start, end: contentEnd }, label: 'body', kind: 'paragraph', confidence: 0.5 });
    }
    if (nl < 0) break;
    start = nl + 1;
    line++;
  }
  return out;
}
