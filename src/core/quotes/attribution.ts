/**
 * Attribution: finds the cue (reporting verb or phrase) next to a quotation and the speaker
 * mention it governs, as written. Three places are read, all inside the quotation's sentence:
 *   after the closing mark   "…," Peskov noted. / "…", – сказав Столтенберг. / "…," said Baer.
 *   before the opening mark  X заявил: «…» / Trump boasted, "…" / Zitat von Max Raabe hierzu: „…“
 *   inside one pair of marks «Q1, — сказал X. — Q2» (a split quote; see index.ts)
 * and "according to X" / "по словам X" phrases in the sentence.
 */
import type { Span } from '../types';
import { AFTER_ONLY_CUES, COMPLEMENTISERS, type Lexicon } from './lexicon';
import { CALENDAR, MAX_MENTION_TOKENS, Mentions, SEPARATOR, span } from './mentions';
import { isCapitalised, nameRuns, tokenize, type Token } from './text';

/** Most tokens between the closing mark and the cue for the words between to be its subject. */
export const MAX_SUBJECT_TOKENS = 14;
/** Most tokens between a cue and the opening mark (besides a complementiser). */
export const MAX_CUE_TO_MARK_TOKENS = 6;
/** Most tokens read after a closing mark: the cue, its subject and an inverted mention. */
export const MAX_AFTER_TOKENS = 40;
/** A cue after the quotation within this many tokens, with no comma between, is near it. */
export const NEAR_CUE_TOKENS = 4;

export interface Attribution {
  readonly cue: Span;
  readonly speaker: Span | null;
  readonly role?: Span;
  /** Where the cue was found. */
  readonly place: 'after' | 'before' | 'inner' | 'source' | 'colon' | 'context' | 'label' | 'dash';
  /** True when the cue after the quotation is several tokens or a comma away from it. */
  readonly far?: boolean;
  /** True when a complementiser ("that", "že") joins cue and quote: reported, mixed speech. */
  readonly reported?: boolean;
}

/** English participle cues ("saying", "adding") take the main clause's subject. */
const PARTICIPLE = /^[a-z]+ing$/u;

export class Attributor {
  private readonly m: Mentions;

  constructor(
    private readonly text: string,
    private readonly lex: Lexicon,
  ) {
    this.m = new Mentions(text, lex);
  }

  /** Length in tokens of a cue starting at toks[k] (0 when none). */
  private cueAt(toks: readonly Token[], k: number, afterMark: boolean): number {
    const t = toks[k]!;
    // A capitalised verb inside a clause is a name ("United States"), except in all-caps text.
    if (k > 0 && isCapitalised(t) && t.text !== t.text.toUpperCase()) return 0;
    if (this.lex.verbs.has(t.lower)) {
      if (AFTER_ONLY_CUES.has(t.lower) && !(afterMark && k === 0)) return 0;
      return 1;
    }
    for (const p of this.lex.phrasesByFirst.get(t.lower) ?? NO_PHRASES)
      if (matchesAt(toks, k, p)) return p.length;
    return 0;
  }

  private sourceAt(toks: readonly Token[], k: number): number {
    for (const p of this.lex.sourcePhrasesByFirst.get(toks[k]!.lower) ?? NO_PHRASES)
      if (matchesAt(toks, k, p)) return p.length;
    return 0;
  }

  /**
   * Attribution in the clause after the closing mark: text[from, to). `contentEnd` is the last
   * character inside the marks: a comma there or a comma/dash after the mark links the clause to
   * the quotation; a quotation that ends its own sentence ("… tonight." Clinton said.) is linked
   * only by a short clause, not by a new sentence that happens to hold a verb of saying.
   */
  after(from: number, to: number, contentEnd = ''): Attribution | null {
    const toks = tokenize(this.text, from, to, MAX_AFTER_TOKENS);
    const first = toks[0];
    if (!first) return null;
    const lead = this.text.slice(from, first.start);
    if (!/^[\s,\-–—―]*$/u.test(lead)) return null;
    const linked = /[,\-–—―]/u.test(lead) || /[,:]$/u.test(contentEnd);
    const sentence = /[.!?…]$/u.test(contentEnd);
    if (!linked && !sentence) return null; // a title inside the sentence: in „X“ schreibt
    const limit = Math.min(toks.length, MAX_SUBJECT_TOKENS + 1);
    for (let k = 0; k < limit; k++) {
      const n = this.cueAt(toks, k, true);
      const src = n === 0 ? this.sourceAt(toks, k) : 0;
      if (n === 0 && src === 0) continue;
      const len = Math.max(n, src);
      const cue = { start: toks[k]!.start, end: toks[k + len - 1]!.end };
      if (src > 0) {
        if (k > 0) return null; // "…" Trump said, according to …: not this quotation's source
        return { cue, place: 'source', ...this.m.mentionAfter(toks, len) };
      }
      if (AFTER_ONLY_CUES.has(toks[k]!.lower)) {
        const next = toks[k + 1];
        if (!lead.includes(',') || !next) return null;
        if (!isCapitalised(next) && !this.lex.determiners.has(next.lower)) return null;
      }
      if (k === 0 || toks.slice(0, k).every((t) => this.lex.auxiliaries.has(t.lower)))
        return { cue, place: 'after', ...this.m.mentionAfter(toks, this.skipParticles(toks, n)) };
      if (!linked) {
        // New-sentence check: "Clinton said." / "he said on Monday." but not "Damit meinte Raabe …".
        const rest = toks.slice(k + n);
        if (rest.length > 4 || rest.some((t) => isCapitalised(t) && !CALENDAR.has(t.lower)))
          return null;
      }
      const subject = this.m.subjectBefore(toks, 0, k);
      if (!subject.speaker) return null;
      const far = k > NEAR_CUE_TOKENS || SEPARATOR.test(this.text.slice(first.end, toks[k]!.start));
      return { cue, place: 'after', ...subject, ...(far ? { far } : {}) };
    }
    // "…” ― Sonya Herridge": a dash and a name closing the clause.
    const dash = /[―—–]/u.exec(lead);
    const run = nameRuns(this.text, toks)[0];
    if (
      dash &&
      run &&
      run.from === 0 &&
      run.to > 0 &&
      run.to === toks.length - 1 &&
      toks.length <= MAX_MENTION_TOKENS
    ) {
      const at = from + dash.index;
      return {
        cue: { start: at, end: at + 1 },
        place: 'dash',
        speaker: span(toks[0]!, toks[run.to]!),
      };
    }
    return null;
  }

  /** Index after any separable particles that follow a cue ("fügte … hinzu"). */
  private skipParticles(toks: readonly Token[], i: number): number {
    let j = i;
    while (j < toks.length && this.lex.particles.has(toks[j]!.lower)) j++;
    return j;
  }

  /** Attribution in the sentence before the opening mark: text[from, to). */
  before(from: number, to: number): Attribution | null {
    const toks = tokenize(this.text, from, to);
    if (toks.length === 0) return this.colonOnly(from, to, toks);
    const tail = this.text.slice(toks[toks.length - 1]!.end, to).trim();
    const colon = tail.endsWith(':');
    const comma = tail.endsWith(',') || /[―—–-]$/u.test(tail);
    // Source phrase anywhere in the sentence: "According to her, NATO "should …"".
    for (let k = 0; k < toks.length; k++) {
      const src = this.sourceAt(toks, k);
      if (src > 0) {
        const cue = { start: toks[k]!.start, end: toks[k + src - 1]!.end };
        const m = this.m.mentionAfter(toks, k + src);
        if (m.speaker) return { cue, place: 'source', ...m, reported: !colon };
      }
    }
    const lowest = Math.max(0, toks.length - 1 - MAX_CUE_TO_MARK_TOKENS);
    for (let k = toks.length - 1; k >= lowest; k--) {
      const n = this.cueAt(toks, k, false);
      if (n === 0) continue;
      const cue = { start: toks[k]!.start, end: toks[k + n - 1]!.end };
      const after = this.skipParticles(toks, k + n);
      const rest = toks.slice(after);
      const comp = rest.findIndex((t) => COMPLEMENTISERS.has(t.lower));
      // No colon or comma between cue and mark ("lautet „X“", "said that “…”"): weak, reported.
      const reported = (comp >= 0 && !colon) || (rest.length === 0 && !colon && !comma);
      if (rest.length > 0 && !colon && !comma && !reported) return null;
      const inverted =
        rest.length > 0 &&
        !reported &&
        comp !== 0 &&
        !this.lex.addressee.has(toks[k]!.lower) &&
        (!this.lex.stops.has(rest[0]!.lower) || this.lex.agents.has(rest[0]!.lower));
      // "schilderte Max Raabe wie folgt:" / "erklärte der Sprecher:" (inverted subject). A name or
      // pronoun after the cue wins; a plain noun phrase there ("kritisierte die Entscheidung …
      // scharf:") is an object when a subject stands before the cue.
      const m = inverted ? this.m.mentionAfter(toks, after) : { speaker: null };
      if (m.speaker && this.m.isNamed(m.speaker)) return { cue, place: 'before', ...m };
      if (PARTICIPLE.test(toks[k]!.lower) && k > 0) {
        // "footage of Clinton saying, "…"": the name right before the participle speaks.
        const p = toks[k - 1]!;
        if (isCapitalised(p) && !this.m.isBreak(p, this.text.slice(p.end, toks[k]!.start))) {
          const r = nameRuns(this.text, toks, 0, k).find((x) => x.to === k - 1);
          if (r) return { cue, place: 'before', speaker: span(toks[r.from]!, p), reported };
        }
      }
      if (PARTICIPLE.test(toks[k]!.lower)) {
        // "Trump attacked Clinton for …, saying, "…"": the main clause's subject speaks.
        const main = this.m.clauseSubject(toks, k);
        if (main) return { cue, place: 'before', speaker: main, reported };
      }
      const s = this.m.subjectBefore(toks, 0, k);
      if (s.speaker && this.m.isNamed(s.speaker)) return { cue, place: 'before', ...s, reported };
      // Neither side names anyone: a determiner or capital after the cue marks the subject
      // ("Weiter sagt die „Kreuzzeitung“:"), else the phrase before it ("der Philosoph sagt kurzweg:").
      const head = rest[0];
      const nominal = head && (this.lex.determiners.has(head.lower) || isCapitalised(head));
      if (m.speaker && nominal) return { cue, place: 'before', ...m };
      if (s.speaker) return { cue, place: 'before', ...s, reported };
      if (m.speaker) return { cue, place: 'before', ...m };
      if (reported && comp > 0) {
        const m = this.m.mentionAfter(toks, after);
        return { cue, place: 'before', ...m, reported };
      }
      return { cue, place: 'before', speaker: null, reported };
    }
    if (colon) return this.colonOnly(from, to, toks);
    // Reported speech further back: "He stressed that NATO’s actions …, "confirm …"".
    for (let k = lowest - 1; k >= 0; k--) {
      const n = this.cueAt(toks, k, false);
      const next = toks[k + n];
      if (n === 0 || !next || !COMPLEMENTISERS.has(next.lower)) continue;
      const s = this.m.subjectBefore(toks, 0, k);
      if (!s.speaker) return null;
      const cue = { start: toks[k]!.start, end: toks[k + n - 1]!.end };
      return { cue, place: 'before', ...s, reported: true };
    }
    return null;
  }

  /**
   * The speaker of the sentence before a cue-less quotation ("Die „Kreuzzeitung“ … sagt, daß …
   * „Q“"): the first cue of text[from, to) with its subject. Gives a speaker, not a cue for the
   * filter.
   */
  context(from: number, to: number): Attribution | null {
    const toks = tokenize(this.text, from, to);
    for (let k = 0; k < toks.length; k++) {
      const n = this.cueAt(toks, k, false);
      if (n === 0) continue;
      // Only a subject that opens the sentence (SVO order) is trusted this far from the quote.
      const m = this.m.subjectBefore(toks, 0, k);
      if (!m.speaker || m.speaker.start !== toks[0]!.start) return null;
      return { cue: { start: toks[k]!.start, end: toks[k + n - 1]!.end }, place: 'context', ...m };
    }
    return null;
  }

  /** A colon without a cue ("… поразил меня фразой: «…»"): the first name that does not open the sentence. */
  private colonOnly(from: number, to: number, toks: readonly Token[]): Attribution | null {
    const colonAt = this.text.lastIndexOf(':', to);
    if (colonAt < from || this.text.slice(colonAt + 1, to).trim() !== '') return null;
    // A run of two or more capitalised words, else a single one that does not open the sentence.
    const runs = nameRuns(this.text, toks);
    const run = runs.find((r) => r.to > r.from) ?? runs.find((r) => r.from > 0);
    return {
      cue: { start: colonAt, end: colonAt + 1 },
      place: 'colon',
      speaker: run ? { start: toks[run.from]!.start, end: toks[run.to]!.end } : null,
    };
  }
}

const NO_PHRASES: readonly (readonly string[])[] = [];

function matchesAt(toks: readonly Token[], k: number, phrase: readonly string[]): boolean {
  if (k + phrase.length > toks.length) return false;
  for (let i = 0; i < phrase.length; i++) if (toks[k + i]!.lower !== phrase[i]) return false;
  return true;
}
