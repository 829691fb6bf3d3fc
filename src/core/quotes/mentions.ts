/**
 * Speaker mentions around a cue: the noun phrase after it (inverted subject), the subject before
 * it (comma chunks, appositions, prepositional phrases skipped), the subject of a whole clause, and
 * role appositions. Mentions are spans of the text as written.
 */
import type { Span } from '../types';
import { COMPLEMENTISERS, CONJUNCTIONS, type Lexicon } from './lexicon';
import { isCapitalised, nameRuns, tokenize, type Token } from './text';

/** Longest speaker mention, in tokens. */
export const MAX_MENTION_TOKENS = 8;
/** Longest role phrase, in tokens. */
export const MAX_ROLE_TOKENS = 16;

/** Calendar words that are capitalised but never speakers ("said on Thursday"). */
export const CALENDAR = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
]);

const QUOTE_CHAR = /["“”„«»‹›‘’‚`]/u;

export const SEPARATOR = /[,;:()[\]―—–]|\s-\s/u;

export const span = (a: Token, b: Token): Span => ({ start: a.start, end: b.end });

export class Mentions {
  constructor(
    private readonly text: string,
    private readonly lex: Lexicon,
  ) {}

  /** The mention governed by a cue, read after it: toks[i...]. */
  mentionAfter(toks: readonly Token[], i: number): { speaker: Span | null; role?: Span } {
    const t = toks[i];
    if (!t) return { speaker: null };
    if (this.lex.pronouns.has(t.lower)) return { speaker: span(t, t) };
    const det = this.lex.determiners.has(t.lower);
    if (det || (isCapitalised(t) && !this.lex.stops.has(t.lower))) {
      const j = this.extendNP(toks, i);
      if (j === i && CALENDAR.has(t.lower)) return { speaker: null };
      const role = this.roleAfter(toks, j + 1);
      return { speaker: span(t, toks[j]!), ...(role ? { role } : {}) };
    }
    if (this.lex.agents.has(t.lower)) {
      // "Zitat von Max Raabe hierzu:", "quoted by Reuters"
      const runs = nameRuns(this.text, toks, i + 1, Math.min(toks.length, i + 4));
      const r = runs[0];
      if (r && r.from === i + 1)
        return { speaker: span(toks[r.from]!, toks[this.extendNP(toks, r.from)]!) };
    }
    // Lower-case after the cue: the subject closes the clause in Slavic and German word order
    // ("řekl … ministr Vladimír Dlouhý."), else it is a bare noun ("додав генсек", "řekl autor").
    const runs = nameRuns(this.text, toks, i);
    const last = runs[runs.length - 1];
    if (last && last.to === toks.length - 1 && !CALENDAR.has(toks[last.to]!.lower)) {
      return { speaker: span(toks[last.from]!, toks[last.to]!) };
    }
    if (this.lex.stops.has(t.lower)) return { speaker: null };
    let j = i;
    while (
      j + 1 < toks.length &&
      j + 1 - i < 3 &&
      !SEPARATOR.test(this.text.slice(toks[j]!.end, toks[j + 1]!.start)) &&
      !this.lex.stops.has(toks[j + 1]!.lower)
    )
      j++;
    return { speaker: span(t, toks[j]!) };
  }

  /**
   * The subject that opens the sentence before toks[cue]: the first comma chunk that does not
   * start with a stop word ("During a speech, Trump attacked …"), if it starts with a pronoun or
   * a name.
   */
  clauseSubject(toks: readonly Token[], cue: number): Span | null {
    for (let j = 0; j < cue; j++) {
      if (j > 0 && !this.isBreak(toks[j - 1]!, this.text.slice(toks[j - 1]!.end, toks[j]!.start)))
        continue;
      const f = toks[j]!;
      if (this.lex.stops.has(f.lower)) continue;
      if (this.lex.pronouns.has(f.lower)) return span(f, f);
      const r = nameRuns(this.text, toks, j, cue)[0];
      if (r && r.from === j) return span(toks[r.from]!, toks[r.to]!);
      return null;
    }
    return null;
  }

  /** A mention that is a pronoun or holds a name of two or more capitalised words. */
  isNamed(m: Span): boolean {
    const toks = tokenize(this.text, m.start, m.end);
    if (toks.length === 1 && this.lex.pronouns.has(toks[0]!.lower)) return true;
    return nameRuns(this.text, toks).some((r) => r.to > r.from);
  }

  /** Last index of a noun phrase starting at toks[i] (stops at separators and stop words). */
  private extendNP(toks: readonly Token[], i: number): number {
    let j = i;
    while (j + 1 < toks.length && j + 1 - i < MAX_MENTION_TOKENS) {
      const n = toks[j + 1]!;
      if (this.isBreak(toks[j]!, this.text.slice(toks[j]!.end, n.start))) break;
      if (this.lex.stops.has(n.lower) && !isCapitalised(n)) break;
      if (this.lex.verbs.has(n.lower)) break;
      if (this.lex.particles.has(n.lower) && !isCapitalised(n)) break;
      j++;
    }
    return j;
  }

  /** Whether the gap after token `prev` separates phrases (a comma, a dash, a sentence's full stop). */
  isBreak(prev: Token, gap: string): boolean {
    if (SEPARATOR.test(gap)) return true;
    // A quotation mark ends a phrase unless it opens a quoted name inside it: die „Kreuzzeitung“.
    if (QUOTE_CHAR.test(gap) && !/^\s+["“„«‘‚‹]$/u.test(gap)) return true;
    return gap.includes('.') && !(prev.text.length <= 4 && isCapitalised(prev));
  }

  /** A role phrase after ", ": "…, director of the … department". */
  private roleAfter(toks: readonly Token[], i: number): Span | undefined {
    const t = toks[i];
    if (!t) return undefined;
    const gap = this.text.slice(toks[i - 1]!.end, t.start);
    if (!/^\s*,\s*$/u.test(gap) || isCapitalised(t) || this.lex.stops.has(t.lower))
      return undefined;
    let j = i;
    while (j + 1 < toks.length && j + 1 - i < MAX_ROLE_TOKENS) {
      if (/[,;:()]/u.test(this.text.slice(toks[j]!.end, toks[j + 1]!.start))) break;
      j++;
    }
    return span(t, toks[j]!);
  }

  /**
   * The subject of a cue, read before it in toks[from, cue): the comma-separated chunk next to the
   * cue, or the one before it when the nearest chunk is an apposition or relative clause
   * ("Vladislav Maslennikov, director of …, told"; "Ein Sprecher …, für den …, erklärte").
   */
  subjectBefore(
    toks: readonly Token[],
    from: number,
    cue: number,
  ): { speaker: Span | null; role?: Span } {
    // Comma-separated chunks, nearest to the cue first; parenthesised chunks are skipped.
    const chunks: [number, number][] = [];
    let end = cue - 1;
    for (let j = cue - 1; j >= from; j--) {
      const gap = j > from ? this.text.slice(toks[j - 1]!.end, toks[j]!.start) : '';
      if (j === from || this.isBreak(toks[j - 1]!, gap)) {
        const after =
          end + 1 < toks.length ? this.text.slice(toks[end]!.end, toks[end + 1]!.start) : '';
        if (end >= j && !(gap.includes('(') && after.includes(')'))) chunks.push([j, end]);
        end = j - 1;
      }
    }
    const valid = chunks;
    if (valid.length === 0) return { speaker: null };
    let pick = 0;
    let role: Span | undefined;
    const [a0, b0] = valid[0]!;
    const head = toks[a0]!;
    const nearLower = !isCapitalised(head) && !this.lex.determiners.has(head.lower);
    const nearPronoun = b0 === a0 && this.lex.pronouns.has(head.lower);
    const nearDet = this.lex.determiners.has(head.lower) && b0 > a0;
    if (
      !nearPronoun &&
      (nearLower || nearDet || this.lex.stops.has(head.lower)) &&
      valid.length > 1
    ) {
      const [, b1] = valid[1]!;
      if (isCapitalised(toks[b1]!)) {
        pick = 1;
        if (!this.lex.stops.has(head.lower)) role = span(head, toks[b0]!);
      }
    }
    const [a, b] = valid[pick]!;
    const withRole = role ? { role } : {};
    // "er greift … an und erklärt:": the subject opens the clause.
    if (CONJUNCTIONS.has(toks[b]!.lower)) {
      const f = toks[a]!;
      if (this.lex.pronouns.has(f.lower)) return { speaker: span(f, f), ...withRole };
      const r = nameRuns(this.text, toks, a, b)[0];
      if (r && r.from === a) return { speaker: span(toks[r.from]!, toks[r.to]!), ...withRole };
      return { speaker: null };
    }
    // Noun phrases of the chunk from its end; one governed by a preposition ("bei Köln",
    // "v Bejrútu") is an adverbial, so keep looking left for the subject.
    let e = b;
    while (e >= a) {
      let s = e;
      let stopped = false;
      while (s - 1 >= a && e - (s - 1) < MAX_MENTION_TOKENS) {
        const p = toks[s - 1]!;
        if ((this.lex.stops.has(p.lower) && !isCapitalised(p)) || this.lex.verbs.has(p.lower)) {
          stopped = true;
          break;
        }
        s--;
      }
      const np = { start: toks[s]!.start, end: toks[e]!.end };
      if (stopped && this.lex.verbs.has(toks[s - 1]!.lower) && s - 1 > a && !this.isNamed(np)) {
        // "Die Rundschau zitiert einen Augenzeugen mit den Worten:": the phrase before the cue
        // is the object of another reporting verb, whose subject is the speaker.
        const r = this.subjectBefore(toks, from, s - 1);
        if (r.speaker) return r;
      }
      const t = toks[s]!;
      if (this.lex.stops.has(t.lower) && !isCapitalised(t)) {
        e = s - 1;
        continue;
      }
      const prevWord = stopped ? toks[s - 1]!.lower : '';
      const governed =
        this.lex.stops.has(prevWord) &&
        !CONJUNCTIONS.has(prevWord) &&
        !COMPLEMENTISERS.has(prevWord);
      const pronoun = toks.slice(s, e + 1).find((x) => this.lex.pronouns.has(x.lower));
      if (CONJUNCTIONS.has(prevWord) && !this.isNamed(np)) {
        // "She then urges her husband … and repeatedly says": the subject opens the clause.
        const f = toks[a]!;
        if (this.lex.pronouns.has(f.lower)) return { speaker: span(f, f), ...withRole };
        const r = nameRuns(this.text, toks, a, s)[0];
        if (r && r.from === a && r.to > r.from)
          return { speaker: span(toks[r.from]!, toks[r.to]!), ...withRole };
      }
      if (!governed || s - 1 < a) {
        if (pronoun && e - s > 0 && !nameRuns(this.text, toks, s, e + 1).some((r) => r.to > r.from))
          return { speaker: span(pronoun, pronoun), ...withRole };
        return { speaker: span(t, toks[e]!), ...withRole };
      }
      // skip the preposition (and articles) governing this phrase
      e = s - 1;
      while (e >= a && this.lex.stops.has(toks[e]!.lower)) e--;
    }
    return { speaker: null };
  }
}
