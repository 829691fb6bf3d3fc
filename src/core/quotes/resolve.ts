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

/** Most words between a title noun and the name it introduces ("генсек НАТО Єнс Столтенберг"). */
export const TITLE_GAP = 2;

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
    } else {
      speakerName =
        this.titled(speakerSpan, c.spans[0]!.start) ??
        this.lastNamed ??
        this.nameBefore(c.spans[0]!.start);
    }
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

  /**
   * For a description ("the minister", "генсек"), the name its head noun titles earlier in the
   * text ("Foreign Minister Sergei Lavrov", "генсек НАТО Єнс Столтенберг"): the nearest mention of
   * the noun followed, within TITLE_GAP words, by a name of two or more words.
   */
  private titled(mention: Span, at: number): string | undefined {
    const words = tokenize(this.text, mention.start, mention.end);
    const head = words[words.length - 1];
    if (!head || this.lex.pronouns.has(head.lower) || isCapitalised(head)) return undefined;
    const toks = tokenize(
      this.text,
      Math.max(0, at - NAME_LOOKBACK),
      mention.start < at ? mention.start : at,
    );
    for (let i = toks.length - 1; i >= 0; i--) {
      if (toks[i]!.lower !== head.lower) continue;
      const run = nameRuns(this.text, toks, i + 1, Math.min(toks.length, i + 2 + TITLE_GAP)).find(
        (r) => r.to > r.from,
      );
      if (!run) continue;
      let from = run.from;
      // an organisation's acronym between title and name: "генсек НАТО Єнс Столтенберг"
      while (run.to - from >= 2 && isAcronym(toks[from]!.text)) from++;
      return this.text.slice(toks[from]!.start, toks[run.to]!.end);
    }
    return undefined;
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

/** All capitals, two letters or more: NATO, ООН, EU. */
function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}
