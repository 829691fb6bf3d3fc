/**
 * Pass 3a, comment rules: news sites print the rules for commenting ("Community guidelines",
 * "Правила комментирования") under the article, a long block of prose and list items that
 * without the corpus outweighs a short article. Under such a heading (not a menu item), below
 * prose, the lines up to the next firm furniture are the rules: firm furniture of kind comments,
 * never the article.
 */
import { COMMENT_RULES_PHRASES } from '../data/phrases/comments';
import type { Verdict } from './classify';
import { COMMENT_RULES_MAX_BLOCKS, PHRASE_MIN_COVERAGE } from './constants';
import type { Features } from './features';
import type { Block } from './segment';
import { PhraseIndex } from './phraseIndex';

const RULES = new PhraseIndex([['comments', COMMENT_RULES_PHRASES]]);

/** The rule of a line under a comment-rules heading. */
const COMMENT_RULES_RULE = 'comment-rules';

export function commentRules(
  verdicts: Verdict[],
  features: readonly Features[],
  blocks: readonly Block[],
): void {
  let prose = false;
  for (let h = 0; h < verdicts.length; h++) {
    const v = verdicts[h]!;
    if (v.cls === 'good' || v.cls === 'near') prose = true;
    const p = features[h]!.phrase;
    if (!prose || p?.kind !== 'comments' || p.coverage < PHRASE_MIN_COVERAGE) continue;
    // A link in a menu ("• Community guidelines") heads nothing.
    if (blocks[h]!.bullet || !RULES.anyInText(blocks[h]!.text)) continue;
    const end = Math.min(verdicts.length - 1, h + COMMENT_RULES_MAX_BLOCKS);
    let j = h + 1;
    for (; j <= end && !verdicts[j]!.firm; j++) {
      verdicts[j] = { cls: 'bad', kind: 'comments', rule: COMMENT_RULES_RULE, firm: true };
    }
    h = j - 1;
  }
}
