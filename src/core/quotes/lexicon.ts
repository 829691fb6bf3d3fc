/**
 * Word lists used by attribution, merged from the per-language cue data of the languages a
 * document may be in. News pages mix languages (English text under Russian chrome, Ukrainian text
 * quoting Russian), so a Cyrillic document gets Russian, Ukrainian and English together. Latin
 * languages are not merged because their short words collide (Czech "on" is a pronoun, English
 * "on" a preposition). Merged sets are built once per combination.
 */
import { CUES, type CueData } from '../data/cues/index';

export interface Lexicon {
  /** Single-token reporting verbs. */
  readonly verbs: ReadonlySet<string>;
  /** Multi-token reporting phrases, as lower-case token arrays. */
  readonly phrases: readonly (readonly string[])[];
  /** Multi-token or single-token source phrases ("according to", "laut"). */
  readonly sourcePhrases: readonly (readonly string[])[];
  readonly pronouns: ReadonlySet<string>;
  readonly stops: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
}

/**
 * Cues that only count right after the closing mark (German „…“, so Müller): elsewhere they are
 * common adverbs.
 */
export const AFTER_ONLY_CUES: ReadonlySet<string> = new Set(['so']);

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

function build(data: readonly CueData[]): Lexicon {
  const set = (pick: (d: CueData) => readonly string[]) =>
    new Set(data.flatMap((d) => pick(d).map((w) => w.toLowerCase())));
  return {
    verbs: set((d) => d.verbs),
    phrases: data.flatMap((d) => d.phrases.map(split)),
    sourcePhrases: data.flatMap((d) => d.sourcePhrases.map(split)),
    pronouns: set((d) => d.pronouns),
    stops: set((d) => d.stops),
    determiners: set((d) => d.determiners),
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
const LATIN_MARKERS: readonly (readonly [string, RegExp])[] = [
  ['cs', /[řěů]/gu],
  ['pl', /[łąęśźżń]/gu],
  ['de', /[äöüß]/gu],
  ['fr', /[éèêàçù]/gu],
];
/** How many characteristic letters make a Latin-script language win over English. */
const MIN_MARKER_LETTERS = 3;
/** How much of the text the script guess reads. */
const GUESS_PREFIX = 6000;

/**
 * The languages whose cues apply to a document: the detected one when known, else a guess from
 * the script and characteristic letters. English is added to Cyrillic languages.
 */
export function cueLanguages(text: string, language: string): string[] {
  let lang = language;
  const sample = text.slice(0, GUESS_PREFIX);
  if (!(lang in CUES)) {
    const cyr = (sample.match(/\p{Script=Cyrillic}/gu) ?? []).length;
    const lat = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
    if (cyr > lat * 0.3) lang = /[іїєґ]/u.test(sample) ? 'uk' : 'ru';
    else {
      lang = 'en';
      let best = MIN_MARKER_LETTERS - 1;
      for (const [code, re] of LATIN_MARKERS) {
        const n = (sample.match(re) ?? []).length;
        if (n > best) {
          best = n;
          lang = code;
        }
      }
    }
  }
  if (lang === 'ru' || lang === 'uk') return [lang, lang === 'ru' ? 'uk' : 'ru', 'en'];
  return [lang];
}
