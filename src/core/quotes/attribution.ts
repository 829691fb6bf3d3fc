/**
 * Attribution: finds the cue (reporting verb or phrase) next to a quotation and the speaker
 * mention it governs, as written. Three places are read, all inside the quotation's sentence:
 *   after the closing mark   "…," Peskov noted. / "…", – сказав Столтенберг. / "…," said Baer.
 *   before the opening mark  X заявил: «…» / Trump boasted, "…" / Zitat von Max Raabe hierzu: „…“
 *   inside one pair of marks «Q1, — сказал X. — Q2» (a split quote; see index.ts)
 * and "according to X" / "по словам X" phrases in the sentence.
 */
import type { Span } from '../types';
import { AFTER_ONLY_CUES, COMPLEMENTISERS, CONJUNCTIONS, type Lexicon } from './lexicon';
import { isCapitalised, nameRuns, tokenize, type Token } from './text';

/** Most tokens between the closing mark and the cue for the words between to be its subject. */
export const MAX_SUBJECT_TOKENS = 14;
/** Most tokens between a cue and the opening mark (besides a complementiser). */
export const MAX_CUE_TO_MARK_TOKENS = 6;
/** Most tokens read after a closing mark: the cue, its subject and an inverted mention. */
export const MAX_AFTER_TOKENS = 40;
/** A cue after the quotation within this many tokens, with no comma between, is near it. */
export const NEAR_CUE_TOKENS = 4;
/** Longest speaker mention, in tokens. */
export const MAX_MENTION_TOKENS = 8;
/** Longest role phrase, in tokens. */
export const MAX_ROLE_TOKENS = 16;

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

/** Calendar words that are capitalised but never speakers ("said on Thursday"). */
const CALENDAR = new Set([
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

/** English participle cues ("saying", "adding") take the main clause's subject. */
const PARTICIPLE = /^[a-z]+ing$/u;

const QUOTE_CHAR = /["“”„«»‹›‘’‚`]/u;

const SEPARATOR = /[,;:()[\]―—–]|\s-\s/u;

export class Attributor {
  constructor(
    private readonly text: string,
    private readonly lex: Lexicon,
  ) {}

  /** Length in tokens of a cue starting at toks[k] (0 when none). */
  private cueAt(toks: readonly Token[], k: number, afterMark: boolean): number {
    const t = toks[k]!;
    // A capitalised verb inside a clause is a name ("United States"), except in all-caps text.
    if (k > 0 && isCapitalised(t) && t.text !== t.text.toUpperCase()) return 0;
    if (this.lex.verbs.has(t.lower)) {
      if (AFTER_ONLY_CUES.has(t.lower) && !(afterMark && k === 0)) return 0;
      return 1;
    }
    for (const p of this.lex.phrases) if (matchesAt(toks, k, p)) return p.length;
    return 0;
  }

  private sourceAt(toks: readonly Token[], k: number): number {
    for (const p of this.lex.sourcePhrases) if (matchesAt(toks, k, p)) return p.length;
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
        return { cue, place: 'source', ...this.mentionAfter(toks, len) };
      }
      if (AFTER_ONLY_CUES.has(toks[k]!.lower)) {
        const next = toks[k + 1];
        if (!lead.includes(',') || !next) return null;
        if (!isCapitalised(next) && !this.lex.determiners.has(next.lower)) return null;
      }
      if (k === 0 || toks.slice(0, k).every((t) => this.lex.auxiliaries.has(t.lower)))
        return { cue, place: 'after', ...this.mentionAfter(toks, this.skipParticles(toks, n)) };
      if (!linked) {
        // New-sentence check: "Clinton said." / "he said on Monday." but not "Damit meinte Raabe …".
        const rest = toks.slice(k + n);
        if (rest.length > 4 || rest.some((t) => isCapitalised(t) && !CALENDAR.has(t.lower)))
          return null;
      }
      const subject = this.subjectBefore(toks, 0, k);
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
        const m = this.mentionAfter(toks, k + src);
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
      const m = inverted ? this.mentionAfter(toks, after) : { speaker: null };
      if (m.speaker && this.isNamed(m.speaker)) return { cue, place: 'before', ...m };
      if (PARTICIPLE.test(toks[k]!.lower) && k > 0) {
        // "footage of Clinton saying, "…"": the name right before the participle speaks.
        const p = toks[k - 1]!;
        if (isCapitalised(p) && !this.isBreak(p, this.text.slice(p.end, toks[k]!.start))) {
          const r = nameRuns(this.text, toks, 0, k).find((x) => x.to === k - 1);
          if (r) return { cue, place: 'before', speaker: span(toks[r.from]!, p), reported };
        }
      }
      if (PARTICIPLE.test(toks[k]!.lower)) {
        // "Trump attacked Clinton for …, saying, "…"": the main clause's subject speaks.
        const main = this.clauseSubject(toks, k);
        if (main) return { cue, place: 'before', speaker: main, reported };
      }
      const s = this.subjectBefore(toks, 0, k);
      if (s.speaker && this.isNamed(s.speaker)) return { cue, place: 'before', ...s, reported };
      // Neither side names anyone: a determiner or capital after the cue marks the subject
      // ("Weiter sagt die „Kreuzzeitung“:"), else the phrase before it ("der Philosoph sagt kurzweg:").
      const head = rest[0];
      const nominal = head && (this.lex.determiners.has(head.lower) || isCapitalised(head));
      if (m.speaker && nominal) return { cue, place: 'before', ...m };
      if (s.speaker) return { cue, place: 'before', ...s, reported };
      if (m.speaker) return { cue, place: 'before', ...m };
      if (reported && comp > 0) {
        const m = this.mentionAfter(toks, after);
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
      const s = this.subjectBefore(toks, 0, k);
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
      const m = this.subjectBefore(toks, 0, k);
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
  private clauseSubject(toks: readonly Token[], cue: number): Span | null {
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
  private isNamed(m: Span): boolean {
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
  private isBreak(prev: Token, gap: string): boolean {
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

function matchesAt(toks: readonly Token[], k: number, phrase: readonly string[]): boolean {
  if (k + phrase.length > toks.length) return false;
  for (let i = 0; i < phrase.length; i++) if (toks[k + i]!.lower !== phrase[i]) return false;
  return true;
}

const span = (a: Token, b: Token): Span => ({ start: a.start, end: b.end });
