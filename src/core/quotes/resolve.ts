/**
 * Turns an accepted candidate into a `Quote`: the speaker as written, and for pronouns ("he") and
 * descriptions ("the minister", "генсек") the most recent named speaker of an earlier quotation,
 * or failing that the last full name written before the quotation ("… Dmitry Peskov told reporters").
 */
import type { Quote, Span } from '../types';
import { quoteType, type Candidate } from './filter';
import type { Lexicon } from './lexicon';
import { isCapitalised, nameRuns, tokenize } from './text';

/** How far back the fallback looks for a full name, in UTF-16 units. */
export const NAME_LOOKBACK = 2000;

/** Confidence by how the attribution was found. */
const CONFIDENCE = { cued: 0.9, colon: 0.7, continuation: 0.75, none: 0.5 } as const;

export class Resolver {
  private lastNamed: string | undefined;

  constructor(
    private readonly text: string,
    private readonly lex: Lexicon,
  ) {}

  toQuote(c: Candidate): Quote {
    const a = c.attribution;
    const type = quoteType(this.text, c);
    const confidence = !a
      ? CONFIDENCE.none
      : c.continuation
        ? CONFIDENCE.continuation
        : a.place === 'colon' || a.place === 'context'
          ? CONFIDENCE.colon
          : CONFIDENCE.cued;
    const base = { spans: c.spans, type, confidence, ...(a ? { cueSpan: a.cue } : {}) };
    if (!a?.speaker) return { ...base, speaker: null };
    const speakerSpan = a.speaker;
    const speaker = this.text.slice(speakerSpan.start, speakerSpan.end);
    const name = this.nameIn(speakerSpan);
    let speakerName: string | undefined;
    if (name) {
      speakerName = name;
      this.lastNamed = name;
    } else speakerName = this.lastNamed ?? this.nameBefore(c.spans[0]!.start);
    const role = a.role ? this.text.slice(a.role.start, a.role.end) : undefined;
    return {
      ...base,
      speaker,
      speakerSpan,
      ...(speakerName ? { speakerName } : {}),
      ...(role ? { role } : {}),
    };
  }

  /** The name inside a mention: its last capitalised run, when the mention ends with it. */
  private nameIn(s: Span): string | undefined {
    const toks = tokenize(this.text, s.start, s.end);
    const last = toks[toks.length - 1];
    if (!last || !isCapitalised(last)) return undefined;
    if (toks.length === 1 && this.lex.pronouns.has(last.lower)) return undefined;
    const runs = nameRuns(this.text, toks);
    const run = runs[runs.length - 1]!;
    let from = run.from;
    while (from <= run.to && this.lex.determiners.has(toks[from]!.lower)) from++;
    if (from > run.to) return undefined;
    return this.text.slice(toks[from]!.start, toks[run.to]!.end);
  }

  /** The last name of two or more capitalised words before `at`. */
  private nameBefore(at: number): string | undefined {
    const from = Math.max(0, at - NAME_LOOKBACK);
    const toks = tokenize(this.text, from, at);
    const runs = nameRuns(this.text, toks).filter((r) => r.to > r.from);
    const run = runs[runs.length - 1];
    if (!run) return undefined;
    const first = Math.max(run.from, run.to - 1);
    return this.text.slice(toks[first]!.start, toks[run.to]!.end);
  }
}
