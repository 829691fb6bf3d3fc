import * as assert from 'node:assert/strict';
import type { BlockClass, Verdict } from '../../../../src/core/boilerplate/classify';
import {
  acrossRelatedBox,
  firstStory,
  mainRegion,
  opensWithDateline,
} from '../../../../src/core/boilerplate/region';
import { classifyLines, classifyLinesDetailed } from '../../../../src/core/boilerplate/index';

function v(cls: BlockClass, firm = false, rule: string = cls): Verdict {
  return { cls, kind: 'other', rule, firm };
}

suite('core/boilerplate/region (main run of prose)', () => {
  test('the run with the most prose wins; isolated prose elsewhere is outside', () => {
    const verdicts = [
      v('good'),
      v('bad', true),
      v('bad', true),
      v('bad', true),
      v('good'),
      v('short'),
      v('good'),
      v('near'),
    ];
    const lengths = [150, 10, 10, 10, 300, 20, 300, 120];
    assert.deepEqual(
      mainRegion(
        verdicts,
        lengths,
        verdicts.map(() => false),
      ),
      [4, 7],
    );
  });

  test('the article above its comments wins over a longer run of teasers under them', () => {
    // Title, two paragraphs, a comment form, then six teaser leads.
    const verdicts = [
      v('short'),
      v('good'),
      v('good'),
      v('bad', true, 'phrase-comments'),
      v('short'),
      ...Array.from({ length: 6 }, () => v('good')),
    ];
    const lengths = [40, 300, 300, 20, 20, ...Array.from({ length: 6 }, () => 300)];
    const dated = verdicts.map(() => false);
    assert.deepEqual(
      mainRegion(verdicts, lengths, dated, () => true),
      [1, 2],
    );
    // A "Comments" item of a menu opens nothing; one short paragraph above is not worth it.
    assert.deepEqual(
      mainRegion(verdicts, lengths, dated, () => false),
      [5, 10],
    );
    const short = lengths.map((l, i) => (i === 2 ? 10 : l));
    assert.deepEqual(
      mainRegion(verdicts, short, dated, () => true),
      [5, 10],
    );
  });

  test('one very long notice does not outweigh several paragraphs', () => {
    const verdicts = [
      v('near'),
      v('near'),
      v('near'),
      v('short'),
      v('bad', true),
      v('bad', true),
      v('good'),
    ];
    const lengths = [150, 190, 140, 30, 10, 10, 5000];
    assert.deepEqual(
      mainRegion(
        verdicts,
        lengths,
        verdicts.map(() => false),
      ),
      [0, 2],
    );
  });

  test('timestamps of a comment feed are expensive, so the feed stays out', () => {
    // article: 3 paragraphs; then a feed of (timestamp, comment) pairs
    const verdicts = [v('good'), v('good'), v('good')];
    const lengths = [250, 250, 250];
    const dated = [false, false, false];
    for (let k = 0; k < 4; k++) {
      verdicts.push(v('short'), v('good'));
      lengths.push(30, 260);
      dated.push(true, false);
    }
    assert.deepEqual(mainRegion(verdicts, lengths, dated), [0, 2]);
  });

  test('no prose: no region', () => {
    assert.equal(mainRegion([v('bad', true), v('short')], [10, 10], [false, false]), undefined);
  });
  test('a digest page of dateline stories: the region keeps the first story only', () => {
    assert.equal(
      opensWithDateline('SEOUL (AP) — South Korean customs officials say they have'),
      true,
    );
    assert.equal(opensWithDateline('МОСКВА - Президент заявил в понедельник, что'), true);
    assert.equal(opensWithDateline('The minister said: we will meet again.'), false);
    const texts = [
      'Patient sent a huge bill',
      'NEW YORK: A resident received a hospital bill of millions.',
      'The error occurred because of a computer fault.',
      'Weatherman fired over trip',
      'PHILADELPHIA: Weatherman John will remember his trip.',
      'He lost his job.',
    ];
    const prose = (i: number) => i !== 0 && i !== 3;
    const headline = (i: number) => i === 0 || i === 3;
    assert.deepEqual(firstStory([1, 5], texts, prose, headline), [1, 2]);
    // One dateline lead: nothing to cut.
    assert.deepEqual(firstStory([1, 2], texts, prose, headline), [1, 2]);
  });
  test('the region does not go on under a comments heading', () => {
    // Three paragraphs, "Comments", two long comments: the comments stay out; a related
    // heading (cost REGION_SECTION_COST) would be carried.
    const verdicts = [
      v('good'),
      v('good'),
      v('good'),
      v('bad', true, 'phrase-comments'),
      v('good'),
      v('good'),
    ];
    const lengths = [300, 300, 300, 8, 300, 300];
    const dated = verdicts.map(() => false);
    assert.deepEqual(mainRegion(verdicts, lengths, dated), [0, 2]);
    const related = verdicts.map((x, i) => (i === 3 ? v('bad', true, 'phrase-related') : x));
    assert.deepEqual(mainRegion(related, lengths, dated), [0, 5]);
  });
  test('the lead above an inline related box joins the region', () => {
    // lead, "Related", two headlines, then the rest of the article (the region).
    const verdicts = [
      v('bad', true),
      v('good'),
      v('bad', true, 'phrase-related'),
      v('short'),
      v('short'),
      v('good'),
      v('good'),
    ];
    const heading = (i: number) => i === 2;
    const sentence = () => true;
    assert.deepEqual(acrossRelatedBox([5, 6], verdicts, heading, sentence), [1, 6]);
    // Without a related heading in between (a menu, a byline), nothing changes.
    assert.deepEqual(
      acrossRelatedBox([5, 6], verdicts, () => false, sentence),
      [5, 6],
    );
    // A caption above the box (no final punctuation) does not open the article.
    assert.deepEqual(
      acrossRelatedBox([5, 6], verdicts, heading, () => false),
      [5, 6],
    );
  });
});

suite('core/boilerplate region: lines repeated between the paragraphs', () => {
  const CAPTION =
    'The Festival of Lights Performance at the Old Town Theatre, photographed by the city press ' +
    'office for the Autumn Season Programme of the theatre';
  const paragraphs = [
    'The opening night of the festival was held on a special stage in the park on Friday evening.',
    'Crowds of people came to the park to see the dancers and the drummers of the old theatre.',
    'The first of the three dances was performed in traditional costumes made for the festival.',
    'After the show the director thanked the volunteers who had prepared the stage in the rain.',
    'The second night of the festival brought more dancers and a choir from the neighbouring town.',
    'The theatre will show the same programme again next autumn, the organisers said on Sunday.',
  ];

  test('a line repeated under every photo costs the region no more than a short line', () => {
    const text = paragraphs.flatMap((p) => [p, CAPTION]).join('\n\n');
    const lines = classifyLines(text, { language: 'en' });
    const body = lines.filter((l) => l.label === 'body').map((l) => l.line);
    // Every paragraph (line numbers 0, 4, 8, …) is body, every caption boilerplate.
    assert.deepEqual(body, [0, 4, 8, 12, 16, 20]);
  });

  test('a line repeated fewer times (a related list, a teaser list) keeps its full cost', () => {
    const text = paragraphs
      .slice(0, 5)
      .flatMap((p) => [p, CAPTION])
      .join('\n\n');
    const rules = classifyLinesDetailed(text, { language: 'en' }).rules;
    assert.ok(rules[1]!.startsWith('page-repeat'), rules[1]);
  });
});

suite('core/boilerplate region: the fields of a comment form', () => {
  const article = [
    'The city council voted on Tuesday to close the old bridge to cars from the first of March, after a report that found the structure was no longer safe for heavy traffic.',
    'Engineers found cracks in two of the supports last autumn, and the repairs are expected to take at least a year and to cost more than the council had planned for.',
    'Buses will use the new road along the river while the work goes on, the council said, and cyclists and people on foot will still be able to cross the bridge.',
  ];
  const comments = [
    'I drive over that bridge every day and nobody told us anything about this until now, which is typical of how this council treats the people who live on the east side of the river.',
    'Good decision. The cracks were visible from the footpath for months and it was only a matter of time before something fell into the water below.',
  ];

  for (const [lang, fields] of [
    ['en', ['Name (required)', 'Mail (will not be published) (required)', 'Your comment']],
    ['ru', ['Имя (обязательно)', 'E-Mail (не публикуется)', 'Текст комментария']],
    ['pl', ['Imię (wymagane)', 'E-mail (nie będzie publikowany)', 'Twój komentarz']],
  ] as const) {
    test(`the comments under a form (${lang}) stay out of the article`, () => {
      const text = [...article, ...fields, ...comments].join('\n\n');
      const lines = classifyLines(text, { language: 'en' });
      const body = lines.filter((l) => l.label === 'body').map((l) => l.line);
      assert.deepEqual(body, [0, 2, 4]);
      const kinds = lines.filter((l) => l.line >= 6 && l.line <= 10).map((l) => l.kind);
      assert.deepEqual(kinds, ['comments', 'comments', 'comments']);
    });
  }
});

suite('core/boilerplate region: "Also in this section"', () => {
  test('teasers under an "Also in this section" heading stay out of the article', () => {
    const text = [
      'The health minister said on Tuesday that the review of hospital services would go ahead, and that the five commissioning groups would now lead the work with the trusts.',
      'The review envisages change at several of the acute hospital sites, and the minister said the key test for any new service would be whether it was safe and sustainable.',
      'I recognise fully the need for greater productivity from the resources we have, the minister said, adding that the public would be consulted before any decision.',
      'Also in this section',
      '  • The dark side of the police must finally see the light',
      'Christmas this year and never mind no room at the inn, they have even boarded up the union offices.',
      '  • Old prejudices have no place in a new society',
      'Some people just cannot keep out of the news, and the Lord Mayor is one of them this week.',
    ].join('\n\n');
    const body = classifyLines(text, { language: 'en' })
      .filter((l) => l.label === 'body')
      .map((l) => l.line);
    assert.deepEqual(body, [0, 2, 4]);
  });
});
