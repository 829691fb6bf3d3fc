/**
 * Word lists used by attribution, merged from the per-language cue data of the languages a
 * document may be in. News pages mix languages (English text under Russian chrome, Ukrainian text
 * quoting Russian), so a Cyrillic document gets Russian, Ukrainian and English together. Latin
 * languages are not merged because their short words collide (Czech "on" is a pronoun, English
 * "on" a preposition). Merged sets are built once per combination.
 */
import { CUES, type CueData } from '../data/cues/index';
import { tokenize } from './text';

export interface Lexicon {
  /** Single-token reporting verbs. */
  readonly verbs: ReadonlySet<string>;
  /** Multi-token reporting phrases, as lower-case token arrays. */
  readonly phrases: readonly (readonly string[])[];
  /** Multi-token or single-token source phrases ("according to", "laut"). */
  readonly sourcePhrases: readonly (readonly string[])[];
  /**
   * `phrases` and `sourcePhrases` by their first word, in list order: a phrase can only match
   * where its first word is, so the tokens of a clause are not compared with every phrase.
   */
  readonly phrasesByFirst: PhraseIndex;
  readonly sourcePhrasesByFirst: PhraseIndex;
  readonly pronouns: ReadonlySet<string>;
  readonly stops: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly agents: ReadonlySet<string>;
  readonly addressee: ReadonlySet<string>;
  readonly auxiliaries: ReadonlySet<string>;
}

/**
 * Cues that only count right after the closing mark (German „…“, so Müller): elsewhere they are
 * common adverbs.
 */
export const AFTER_ONLY_CUES: ReadonlySet<string> = new Set(['so']);

/** Coordinating conjunctions: "er greift … an und erklärt:" has its subject at the clause start. */
export const CONJUNCTIONS: ReadonlySet<string> = new Set([
  'and',
  'und',
  'и',
  'і',
  'й',
  'a',
  'i',
  'et',
  'oraz',
  'but',
  'aber',
  'но',
  'але',
  'ale',
]);

/** Subordinators that may sit between a cue and a quoted fragment ("said that “…”"). */
export const COMPLEMENTISERS: ReadonlySet<string> = new Set([
  'that',
  'dass',
  'daß',
  'что',
  'що',
  'že',
  'że',
  'que',
  'qu',
  'jak',
  'как',
  'як',
]);

const split = (p: string): string[] => p.toLowerCase().split(/\s+/u).filter(Boolean);

export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

function byFirst(phrases: readonly (readonly string[])[]): PhraseIndex {
  const out = new Map<string, (readonly string[])[]>();
  for (const p of phrases) {
    // an empty phrase would match anywhere and end the search: the phrases after it never count
    if (p.length === 0) break;
    const list = out.get(p[0]!);
    if (list) list.push(p);
    else out.set(p[0]!, [p]);
  }
  return out;
}

function build(data: readonly CueData[]): Lexicon {
  const set = (pick: (d: CueData) => readonly string[]) =>
    new Set(data.flatMap((d) => pick(d).map((w) => w.toLowerCase())));
  const phrases = data.flatMap((d) => d.phrases.map(split));
  const sourcePhrases = data.flatMap((d) => d.sourcePhrases.map(split));
  return {
    verbs: set((d) => d.verbs),
    phrases,
    sourcePhrases,
    phrasesByFirst: byFirst(phrases),
    sourcePhrasesByFirst: byFirst(sourcePhrases),
    pronouns: set((d) => d.pronouns),
    stops: set((d) => d.stops),
    determiners: set((d) => d.determiners),
    particles: set((d) => d.particles ?? []),
    agents: set((d) => d.agents ?? []),
    addressee: set((d) => d.addressee ?? []),
    auxiliaries: set((d) => d.auxiliaries ?? []),
  };
}

const cache = new Map<string, Lexicon>();

/** The merged lexicon of the given languages (unknown codes fall back to English). */
export function lexicon(languages: readonly string[]): Lexicon {
  const known = languages.filter((l) => l in CUES);
  const key = known.length > 0 ? known.join('+') : 'en';
  let lex = cache.get(key);
  if (!lex) {
    lex = build(key.split('+').map((l) => CUES[l]!));
    cache.set(key, lex);
  }
  return lex;
}

/** Letters characteristic of one Latin-script language. */
const MARKER_LETTERS: ReadonlyMap<string, string> = new Map(
  Object.entries({ cs: 'řěůčšžý', pl: 'łąęśźżń', de: 'äöüß', fr: 'èêàçùœ' }).flatMap(
    ([lang, letters]) => [...letters].map((c) => [c, lang] as [string, string]),
  ),
);
/** Function words characteristic of each Latin-script language. */
const FUNCTION_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    cs: 'že se na je ve jsou který byl jako',
    pl: 'się nie że jest dla oraz był',
    de: 'der die und das ist nicht den mit sich ein eine',
    fr: 'le les est une des qui dans pour pas',
    en: 'the and of is was that with for said',
  }).flatMap(([lang, words]) => words.split(' ').map((w) => [w, lang] as [string, string])),
);
/** How much of the text the script guess reads. */
const GUESS_PREFIX = 3000;
/** Ukrainian letters absent from Russian. */
const UKRAINIAN = new Set(['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ']);

/** Guesses the language of a text from its script, characteristic letters and function words. */
function guessLanguage(text: string): string {
  const n = Math.min(text.length, GUESS_PREFIX);
  let cyr = 0;
  let lat = 0;
  let uk = 0;
  const score = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x400 && code <= 0x4ff) {
      cyr++;
      if (UKRAINIAN.has(text[i]!)) uk++;
    } else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) lat++;
    else if (code >= 0xc0 && code <= 0x24f) {
      lat++;
      const lang = MARKER_LETTERS.get(text[i]!.toLowerCase());
      if (lang) score.set(lang, (score.get(lang) ?? 0) + 1);
    }
  }
  if (cyr > lat * 0.3) return uk > 0 ? 'uk' : 'ru';
  for (const t of tokenize(text, 0, n)) {
    const lang = FUNCTION_WORDS.get(t.lower);
    if (lang) score.set(lang, (score.get(lang) ?? 0) + 1);
  }
  let best = 'en';
  let top = 0;
  for (const [lang, k] of score) {
    if (k > top) {
      top = k;
      best = lang;
    }
  }
  return best;
}

/**
 * The languages whose cues apply to a document: the detected one when known, else a guess from
 * the script, characteristic letters and function words. English is added to Cyrillic languages.
 */
export function cueLanguages(text: string, language: string): string[] {
  const lang = language in CUES ? language : guessLanguage(text);
  // Cyrillic and Latin words cannot collide, so the other script's languages come along.
  if (lang === 'ru' || lang === 'uk') return [lang, lang === 'ru' ? 'uk' : 'ru', 'en'];
  return [lang, 'ru', 'uk'];
}
