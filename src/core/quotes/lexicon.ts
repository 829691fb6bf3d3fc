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

/** Letters and function words characteristic of each Latin-script language (English has none). */
const LATIN_MARKERS: readonly (readonly [string, RegExp])[] = [
  ['cs', /[řěů]|(?<!\p{L})(?:že|se|na|je|ve|jsou|který|byl|jako)(?!\p{L})/giu],
  ['pl', /[łąęśźżń]|(?<!\p{L})(?:się|nie|że|jest|dla|oraz|był)(?!\p{L})/giu],
  ['de', /[äöüß]|(?<!\p{L})(?:der|die|und|das|ist|nicht|den|mit|sich|ein|eine)(?!\p{L})/giu],
  ['fr', /[éèêàçù]|(?<!\p{L})(?:le|les|est|une|des|qui|dans|pour|pas)(?!\p{L})/giu],
  ['en', /\b(?:the|and|of|is|was|that|with|for|said)(?!\p{L})/giu],
];
/** How much of the text the script guess reads. */
const GUESS_PREFIX = 6000;

/**
 * The languages whose cues apply to a document: the detected one when known, else a guess from
 * the script, characteristic letters and function words. English is added to Cyrillic languages.
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
      let best = 0;
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
