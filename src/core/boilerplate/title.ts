/**
 * Pass 4b, title: the headline sits a few lines above the first paragraph of the main region,
 * often behind a date, a byline, a photo caption or share buttons. The nearest heading-like line
 * above the region is the title; the furniture between them stays boilerplate.
 */
import {
  BYLINE_MAX_WORDS,
  HEADING_MAX_CHARS,
  HEADING_MAX_WORDS,
  TITLE_CORPUS_MIN_OVERLAP,
  TITLE_FAR_LOOKBACK_BLOCKS,
  TITLE_FAR_MAX_NEAR_OVERLAP,
  TITLE_FAR_MIN_OVERLAP,
  TITLE_LOOKBACK_BLOCKS,
  TITLE_MAX_PHRASE_COVERAGE,
  TITLE_MAX_REPEATS,
  TITLE_MIN_LETTER_RATIO,
  TITLE_DISTANCE_COST,
  TITLE_LEAD_BLOCKS,
  TITLE_OVERLAP_WEIGHT,
  TITLE_STEM_LENGTH,
  TITLE_STEM_MIN_LETTERS,
  TITLE_WORD_WEIGHT,
  TITLE_MIN_WORDS,
  TITLE_REPEAT_BONUS,
  TITLE_WORDS_CAP,
} from './constants';
import { letterRuns } from './chars';
import type { Verdict } from './classify';
import type { Features } from './features';
import { isListingLine } from './leadIn';
import { NOTICE_RULE } from './notices';
import type { Block } from './segment';

/**
 * Bylines and credits: "By X", "Автор: X", "Source: X" at the start; "Von: X", "Par : X" only with
 * the colon (German headlines open with "Von der Leyen …").
 */
export const CREDIT =
  /^(?:(?:by|from|source|posted|publish|published|updated|автор|источник|опубликовано|autor|źródło|από|πηγή)(?![\p{L}])|(?:von|par|por|di|door|av|af)\s*:)/iu;
/**
 * Photo credits and captions anywhere: "Fot. Reuters", "Photo: AP", "Фото: EPA", "Photograph by",
 * "(Credit: Getty Images)", "File photo", who stands where ("Zelensky (left) …", "(справа)"),
 * "Скриншот видеоролика", "Rycina …"; and a credit "Name Surname/Agency" at the start.
 */
const PHOTO =
  /(?<![\p{L}])(fot\.|foto:|photo:|photos:|photograph|image:|credit:|file photo|фото:|фото |φωτο|screenshot|скриншот|rycina|ilustracja|illustration)|^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\/\p{Lu}|\((?:left|right|centre|center|pictured|слева|справа|в центре|z lewej|z prawej|links|rechts|à gauche|à droite)\)/iu;
/** A journalist's role closing a byline ("… Political Correspondent", "Специальный корреспондент"). */
const BYLINE_ROLE =
  /(?:correspondent|reporter|editor|columnist|writer|contributor|корреспондент|обозреватель|редактор|кореспондент|оглядач|korespondent|korespondentka|redaktor|redaktorka|dziennikarz|dziennikarka|ανταποκριτής|συντάκτης|korrespondent|korrespondentin|redakteur|redakteurin|journaliste|rédacteur|rédactrice|corresponsal|redactor|redactora|giornalista|corrispondente|repórter|correspondente)$/iu;
/** A byline shared with a news agency: "Le Monde with AFP", "Redacción con EFE". */
const WITH_AGENCY =
  /\s(?:with|and|avec|et|con|y|mit|und)\s(?:AFP|AP|Reuters|EFE|dpa|ANSA|PAP|agencies|agences|agencias|Agenturen)$/u;
/** WITH_AGENCY, asked only of a line that ends with a capital or an "s" ("… agencies"). */
function withAgency(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (
    ((last >= 0x41 && last <= 0x5a) || last === 0x73 || last === 0x6e) && WITH_AGENCY.test(text)
  );
}
/**
 * A photo caption signed by its agency after the last sentence: "… el 11 de febrero pasado. EFE",
 * "… in southern England. EPA-EFE/Stuart Brock".
 */
const AGENCY_SIGNED =
  /[.!?]\s+\p{Lu}{2,8}(?:-\p{Lu}{2,8})?(?:\s*\/\s*(?:\p{Lu}{2,8}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}))?\s*$/u;
/**
 * Separators of breadcrumbs, menus and widgets: pipes, bullets and arrows anywhere; slashes,
 * guillemets and angle brackets only standing alone ("Home / News", "Главная » Новости"), since
 * inside words they are quotation marks and abbreviations («Зарница», ВИЧ/СПИД, w/ Audio).
 */
const SEPARATORS = /[|]|::|→|•|(?:^|\s)[»«/\\+=<>›](?:\s|$)/u;
/** A quotation in French guillemets, spaced as French typography spaces them: « gravité ». */
const GUILLEMET_QUOTE = /«[^«»]*»/gu;
/** Tags glued together by the page-to-text conversion: two joins of a word and a capitalised word. */
const GLUED_TAGS = /\p{Ll}{2}\p{Lu}\p{Ll}.*\p{Ll}{2}\p{Lu}\p{Ll}/u;
/** Hashtags (#HealthyOnTheGo) are written in camel case on purpose. */
const HASHTAG = /#\S+/gu;
/** Two words glued by the page-to-text conversion: a lower-case letter right before a capital. */
const GLUED = /\p{Ll}\p{Lu}/u;
/** What may open a headline or a sentence: a capital, a digit, a quotation mark, Spanish ¿ ¡. */
const OPENING = '\\p{Lu}\\p{Lt}\\p{N}"\'«„“‘¿¡';
/** A title opens so, or with a currency sign (not with a lower-case letter or a bracket). */
const TITLE_START = new RegExp(`^[${OPENING}\\p{Sc}]`, 'u');
/**
 * A sentence opens so, or with a dash of dialogue; not in mid-phrase ("to Ingrid's web
 * gallery!").
 */
export const SENTENCE_START = new RegExp(`^[${OPENING}–—-]`, 'u');
/**
 * A line repeated on the page may still be the headline (written as page title and heading);
 * a page separator never is, as it is written more than TITLE_MAX_REPEATS times.
 */
const PAGE_REPEAT_RULE = 'page-repeat';

export function isTitleCandidate(b: Block, f: Features, v: Verdict): boolean {
  if (b.bullet || f.words < TITLE_MIN_WORDS || f.words > HEADING_MAX_WORDS) return false;
  if (f.pageRepeats > TITLE_MAX_REPEATS) return false;
  if (f.chars > HEADING_MAX_CHARS || f.letterRatio < TITLE_MIN_LETTER_RATIO) return false;
  if (
    v.cls === 'bad' &&
    v.rule !== PAGE_REPEAT_RULE &&
    !v.rule.endsWith(OUTSIDE) &&
    !corpusHeadline(b.text, f, v)
  )
    return false;
  if (v.rule === 'teaser-label' || v.rule === NOTICE_RULE) return false;
  const last = b.text[b.text.length - 1];
  if (last === '.' || last === ':' || last === ',' || last === ';') return false;
  const t = b.text;
  const first = t.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39 && mostlyNumbers(t, f.words)) return false;
  // Cheapest tests first (the photo and glued-tag patterns try every position of the line).
  // Glued tags need a capital glued to a lower-case letter, which the line scan looked for
  // (`gluedAt`); cutting out hashtags glues no new pair.
  return (
    !f.dated &&
    TITLE_START.test(t) &&
    !CREDIT.test(t) &&
    !(f.words <= BYLINE_MAX_WORDS && (BYLINE_ROLE.test(t) || withAgency(t))) &&
    !(f.colonAt >= 0 && isListingLine(t, f.colonAt)) &&
    !SEPARATORS.test(t.includes('«') ? t.replace(GUILLEMET_QUOTE, '') : t) &&
    !PHOTO.test(t) &&
    !AGENCY_SIGNED.test(t) &&
    !(f.gluedAt >= 0 && GLUED_TAGS.test(t.replace(HASHTAG, '')))
  );
}

/**
 * Half or more of the words are numbers (asked of lines that open with one): an address ("113
 * 25 Stockholm"), a score, a date.
 */
function mostlyNumbers(text: string, words: number): boolean {
  let numbers = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39 && (i === 0 || text.charCodeAt(i - 1) === 0x20)) numbers++;
  }
  return numbers * 2 >= words;
}

/**
 * A headline the site lists on other pages too ("latest news" boxes) recurs across the corpus:
 * a corpus repeat may be the title unless it is a date, a furniture phrase or menu items glued
 * together ("Home PageNews - Health").
 */
function corpusHeadline(text: string, f: Features, v: Verdict): boolean {
  return (
    v.rule === 'corpus-repeat' &&
    !GLUED.test(text) &&
    !f.dated &&
    (f.phrase?.coverage ?? 0) < TITLE_MAX_PHRASE_COVERAGE
  );
}

/**
 * The stems of the lead: the first TITLE_LEAD_BLOCKS prose blocks from block `start` on. They are
 * stemmed on the first call of `stems` only: most pages have few title candidates, some none.
 */
export interface Lead {
  /** The first of those blocks (blocks.length when there is none). */
  readonly first: number;
  readonly stems: () => ReadonlySet<string>;
}

/** The first prose block (good or near-good) from `start` on, or blocks.length. */
export function firstProse(verdicts: readonly Verdict[], start: number): number {
  let j = start;
  while (j < verdicts.length && verdicts[j]!.cls !== 'good' && verdicts[j]!.cls !== 'near') j++;
  return j;
}

export function leadFrom(
  blocks: readonly Block[],
  verdicts: readonly Verdict[],
  start: number,
): Lead {
  const first = firstProse(verdicts, start);
  let lead: Set<string> | undefined;
  return { first, stems: () => (lead ??= leadStems(blocks, verdicts, first)) };
}

function leadStems(
  blocks: readonly Block[],
  verdicts: readonly Verdict[],
  first: number,
): Set<string> {
  const lead = new Set<string>();
  for (let j = first, taken = 0; j < blocks.length && taken < TITLE_LEAD_BLOCKS; j++) {
    if (verdicts[j]!.cls === 'good' || verdicts[j]!.cls === 'near') {
      for (const stem of stems(blocks[j]!.text)) lead.add(stem);
      taken++;
    }
  }
  return lead;
}

/**
 * Index of the title block above `regionStart`, or undefined. `lead`: the stems of the lead
 * under it (computed when not given).
 */
export function findTitle(
  blocks: readonly Block[],
  features: readonly Features[],
  verdicts: readonly Verdict[],
  regionStart: number,
  lead: Lead = leadFrom(blocks, verdicts, regionStart),
  farSearch = true,
): number | undefined {
  const stop = Math.max(0, regionStart - TITLE_LOOKBACK_BLOCKS);
  const overlapAt = (i: number): number => leadOverlap(blocks[i]!, lead);
  let best: number | undefined;
  let bestScore = -Infinity;
  let nearOverlap = 0;
  for (let i = regionStart - 1; i >= stop; i--) {
    const f = features[i]!;
    if (!isTitleCandidate(blocks[i]!, f, verdicts[i]!) || teaserAbove(verdicts, i, regionStart))
      continue;
    // A headline shares words with the lead; longer headline-like lines and the line the page
    // repeats (page title = heading) win; every block of distance from the body costs.
    const overlap = overlapAt(i);
    nearOverlap = Math.max(nearOverlap, overlap);
    // A line the corpus repeats is a headline only when the lead takes up its words.
    if (verdicts[i]!.rule === 'corpus-repeat' && overlap < TITLE_CORPUS_MIN_OVERLAP) continue;
    const score =
      TITLE_OVERLAP_WEIGHT * overlap +
      Math.min(f.words, TITLE_WORDS_CAP) * TITLE_WORD_WEIGHT +
      (f.pageRepeats >= 2 ? TITLE_REPEAT_BONUS : 0) -
      TITLE_DISTANCE_COST * (regionStart - i);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (!farSearch || nearOverlap >= TITLE_FAR_MAX_NEAR_OVERLAP) return best;
  // Nothing near shares the lead's words: a headline further up, behind widgets, that does.
  const far = Math.max(0, regionStart - TITLE_FAR_LOOKBACK_BLOCKS);
  for (let i = stop - 1; i >= far; i--) {
    if (
      isTitleCandidate(blocks[i]!, features[i]!, verdicts[i]!) &&
      !teaserAbove(verdicts, i, regionStart) &&
      overlapAt(i) >= TITLE_FAR_MIN_OVERLAP
    )
      return i;
  }
  return best;
}

/** The share of a block's words (stems) that the lead under it takes up. */
export function leadOverlap(block: Block, lead: Lead): number {
  const own = stems(block.text);
  if (own.length === 0) return 0;
  const leadSet = lead.stems();
  let shared = 0;
  for (const stem of own) if (leadSet.has(stem)) shared++;
  return shared / own.length;
}

/** Rules of a teaser's summary ("Many of us like the idea of volunteering but find…"). */
const TEASER_SUMMARY_RULES: ReadonlySet<string> = new Set(['teaser-ellipsis', 'teaser']);

/**
 * Block i heads a teaser: the block under it is a summary cut off or closed by "read more", and
 * more furniture follows before the main region (a standfirst cut off with "…" right above the
 * article is the article's own).
 */
function teaserAbove(verdicts: readonly Verdict[], i: number, regionStart: number): boolean {
  const next = verdicts[i + 1];
  return i + 2 < regionStart && next !== undefined && TEASER_SUMMARY_RULES.has(next.rule);
}

/** Crude language-independent stems: lower-cased words of 4+ letters cut to their first 5 letters. */
function stems(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  const found = letterRuns(lower, (from, to) => {
    if (to - from >= TITLE_STEM_MIN_LETTERS)
      out.push(lower.slice(from, Math.min(to, from + TITLE_STEM_LENGTH)));
  });
  if (found) return out;
  out.length = 0; // stems found before a surrogate: the regex split starts over
  for (const w of lower.split(/[^\p{L}\p{N}]+/u)) {
    if (w.length >= TITLE_STEM_MIN_LETTERS) out.push(w.slice(0, TITLE_STEM_LENGTH));
  }
  return out;
}

/** The rule suffix of prose outside the main region (good or near-good on its own). */
export const OUTSIDE = '→ outside-region';
