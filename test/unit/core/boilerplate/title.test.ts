import * as assert from 'node:assert/strict';
import { classifyLines } from '../../../../src/core/boilerplate/index';
import { buildCorpusStats } from '../../../../src/core/corpus';
import {
  PAGE_SEPARATOR_MIN_REPEATS,
  TITLE_MAX_REPEATS,
} from '../../../../src/core/boilerplate/constants';

const P1 =
  'The health ministry said on Monday that the new hospital in the city would open in the spring, ' +
  'after builders had worked in three shifts to make up for the delays of the last year.';
const P2 =
  'Officials said that the hospital would have two hundred beds and an intensive care unit, and ' +
  'that it would be paid for by the state and by the city together over the next three years.';

function bodyLines(text: string): { line: number; kind: string }[] {
  return classifyLines(text, { language: 'en' })
    .filter((l) => l.label === 'body')
    .map((l) => ({ line: l.line, kind: l.kind }));
}

suite('core/boilerplate title and header', () => {
  test('the headline that shares words with the lead is the title; furniture between stays out', () => {
    const text = [
      'Weather forecast for the weekend',
      'New city hospital to open in the spring',
      'Photo: Reuters',
      'By Jane Doe',
      P1,
      P2,
    ].join('\n\n');
    assert.deepEqual(bodyLines(text), [
      { line: 2, kind: 'title' },
      { line: 8, kind: 'paragraph' },
      { line: 10, kind: 'paragraph' },
    ]);
  });

  test('a headline followed by its cut-off summary, with furniture before the article, is a teaser', () => {
    const headline = 'Volunteering: Appreciating how bittersweet life can be';
    const summary = 'Many of us like the idea of volunteering but find plenty of excuses not to…';
    const kindOf = (between: string[]) => {
      const lines = ['Life & Style blogs', headline, summary, ...between, P1, P2];
      const results = classifyLines(lines.join('\n'), { language: 'en' });
      return results[1]!.label === 'body' ? results[1]!.kind : 'boilerplate';
    };
    // Under the teaser, a topics box before the article: the teaser's headline is no title.
    assert.notEqual(kindOf(['Suggested Topics', '• Healthcare', '• Politics']), 'title');
    // Right above the article, the same cut-off line is the article's own standfirst.
    assert.equal(kindOf([]), 'title');
  });

  test('above a long first candidate, a line far up that shares no word with the lead is no headline', () => {
    const first =
      'City officials say the new hospital will open in the spring after builders worked in three shifts';
    const page = (banner: string) =>
      classifyLines([banner, 'Learn More', first, P1, P2].join('\n\n'), { language: 'en' }).map(
        (l) => `${l.label}/${l.kind}`,
      );
    // A consent banner: the long line is the headline.
    const banner = page('Welcome to the Example Network European Union experience');
    assert.deepEqual(banner.slice(0, 3), [
      'boilerplate/navigation',
      'boilerplate/navigation',
      'body/title',
    ]);
    // A real headline shares the lead's words: the long line under it is the standfirst.
    const headline = page('Hospital to open in the spring');
    assert.deepEqual([headline[0], headline[2]], ['body/title', 'body/paragraph']);
  });

  test("a byline closed by a journalist's role is never the title", () => {
    const first = (line: string) => {
      const [l] = classifyLines([line, P1, P2].join('\n\n'), { language: 'en' });
      return `${l!.label}/${l!.kind}`;
    };
    assert.equal(first('Amy Gibbons Political Correspondent'), 'boilerplate/navigation');
    assert.equal(first('Иван Петров, специальный корреспондент'), 'boilerplate/navigation');
    assert.equal(
      first('Publish Date:Sat, 28 Nov 2020 01:34 PM (IST)Author: Brijesh Srivastava'),
      'boilerplate/navigation',
    );
    assert.equal(first('Minister Jones (left) meets the mayor'), 'boilerplate/navigation');
    assert.equal(
      first('Storm Ciarán is causing damage in southern England. EPA-EFE/Stuart Brock'),
      'boilerplate/navigation',
    );
    // A caption the page repeats (under each photo) may be a title candidate by its repeat; its
    // credit still rules it out.
    const caption = 'File photo. (Credit: Getty Images)';
    const [l] = classifyLines([caption, P1, P2, caption].join('\n\n'), { language: 'en' });
    assert.equal(l!.label, 'boilerplate');
    // Without the role at its end, the same line may be a title.
    assert.equal(first('Amy Gibbons Political Campaign'), 'body/title');
  });

  test('a line of categories is never the title, even when the page repeats it', () => {
    const tags = 'Categories: City hospital health ministry spring builders shifts delays';
    const lines = classifyLines(['Hospital opens in the spring', tags, P1, P2, tags].join('\n\n'), {
      language: 'en',
    });
    assert.deepEqual(
      lines.slice(0, 2).map((l) => `${l.label}/${l.kind}`),
      ['body/title', 'boilerplate/related'],
    );
  });

  test('a headline the page prints twice is the title over a short deck right under it', () => {
    const headline = 'City hospital opens in spring';
    const deck = 'Builders worked in three shifts to make up for the delays';
    const kinds = (lines: string[]) =>
      classifyLines(lines.join('\n\n'), { language: 'en' }).map((l) => `${l.label}/${l.kind}`);
    const twice = kinds([headline, 'Most read', headline, deck, P1, P2]);
    assert.deepEqual(twice.slice(2, 4), ['body/title', 'body/paragraph']);
    // Printed once, the nearer and longer deck stays the title, as before.
    const once = kinds(['Most read', headline, deck, P1, P2]);
    assert.equal(once[2], 'body/title');
  });

  test('a page separator is written too often to be the title', () => {
    assert.ok(TITLE_MAX_REPEATS < PAGE_SEPARATOR_MIN_REPEATS);
  });

  test('a line written more often than TITLE_MAX_REPEATS times is a template, not the title', () => {
    const authors = ['Jane Doe', 'John Roe', 'Ann Poe', 'Tom Moe', 'Eve Loe', 'Sam Hoe'];
    const text = [
      'New city hospital to open in the spring',
      ...authors.flatMap((a) => [a, 'Search author on: PubMed Google Scholar']),
      P1,
      P2,
    ].join('\n');
    assert.deepEqual(bodyLines(text), [
      { line: 0, kind: 'title' },
      { line: 13, kind: 'paragraph' },
      { line: 14, kind: 'paragraph' },
    ]);
  });

  test('a headline far above the lead, behind a long run of widgets, is the title', () => {
    const widgets = ['Like', 'Share', 'React', 'Amazing', 'Inspiring', 'Funny', 'Scary', 'Weird'];
    const text = [
      'New city hospital to open in the spring',
      ...widgets,
      ...widgets.map((w) => `${w} it`),
      ...widgets.map((w) => `${w} now`),
      'Submit this story',
      P1,
      P2,
    ].join('\n');
    assert.deepEqual(bodyLines(text), [
      { line: 0, kind: 'title' },
      { line: 26, kind: 'paragraph' },
      { line: 27, kind: 'paragraph' },
    ]);
  });

  test('a lead under the title cut off from the text by share buttons joins the header', () => {
    const lead =
      'The new hospital in the city will open in the spring, the ministry said on Monday morning.';
    const share = ['Comments', 'Email', 'Print', 'Got a story?', 'Send link to a friend'];
    const text = ['New city hospital to open in the spring', lead, ...share, P1, P2].join('\n');
    assert.deepEqual(bodyLines(text), [
      { line: 0, kind: 'title' },
      { line: 1, kind: 'paragraph' },
      { line: 7, kind: 'paragraph' },
      { line: 8, kind: 'paragraph' },
    ]);
    // A summary that the text repeats after its dateline stays out.
    const again = [
      'New city hospital to open in the spring',
      lead,
      ...share,
      `LONDON - ${lead} ${P1}`,
      P2,
    ];
    assert.deepEqual(
      bodyLines(again.join('\n')).map((l) => l.line),
      [0, 7, 8],
    );
  });

  test('a date line right under the title is article metadata', () => {
    const text = ['Hospital to open in the spring', '13.01.2025 09:28', P1, P2].join('\n');
    assert.deepEqual(bodyLines(text), [
      { line: 0, kind: 'title' },
      { line: 1, kind: 'metadata' },
      { line: 2, kind: 'paragraph' },
      { line: 3, kind: 'paragraph' },
    ]);
  });

  test('a long unterminated standfirst under a shorter headline: both join the body', () => {
    const text = [
      'City hospital opens — ministry',
      'Health News January 05, 16:07',
      'The health ministry said the new hospital in the city will open in the spring after builders worked in three shifts',
      P1,
      P2,
    ].join('\n\n');
    assert.deepEqual(bodyLines(text), [
      { line: 0, kind: 'title' },
      { line: 2, kind: 'metadata' },
      { line: 4, kind: 'paragraph' },
      { line: 6, kind: 'paragraph' },
      { line: 8, kind: 'paragraph' },
    ]);
  });

  test('lower-case starts, bylines, photo credits and menus are not titles', () => {
    const text = [
      'Home | News | Sport',
      'by the health desk staff',
      'Photo: city hospital',
      P1,
      P2,
    ].join('\n');
    assert.deepEqual(
      bodyLines(text).map((l) => l.line),
      [3, 4],
    );
  });
  test('a headline the site lists on other pages (a corpus repeat) is still the title', () => {
    const doc = (day: string) =>
      [
        'Home',
        'New city hospital to open in the spring',
        'Tuesday, 17 January 2012',
        P1.replace('Monday', day),
        P2.replace('two hundred', day),
      ].join('\n');
    const texts = [doc('Monday'), doc('Friday'), doc('Sunday')];
    const corpus = buildCorpusStats(texts);
    const lines = classifyLines(texts[0]!, { language: 'en', corpus });
    assert.deepEqual(
      lines.map((l) => `${l.label}:${l.kind}`),
      [
        'boilerplate:navigation',
        'body:title',
        'boilerplate:navigation',
        'body:paragraph',
        'body:paragraph',
      ],
    );
  });
  test('quotation marks and slashes inside words do not make a headline a menu', () => {
    const title = 'Ministry to fund «city hospital» for HIV/AIDS patients';
    assert.deepEqual(bodyLines([title, P1, P2].join('\n'))[0], { line: 0, kind: 'title' });
    assert.deepEqual(
      bodyLines(['Home / Health / Hospitals', P1, P2].join('\n')).map((l) => l.line),
      [1, 2],
    );
  });
  test('French guillemets spaced by French typography quote words; a lone « or » is a breadcrumb', () => {
    const title = 'Le ministre met en garde sur la « gravité de la situation » à l’hôpital';
    assert.deepEqual(bodyLines([title, P1, P2].join('\n'))[0], { line: 0, kind: 'title' });
    assert.deepEqual(
      bodyLines(['Accueil » Santé » Hôpitaux', P1, P2].join('\n')).map((l) => l.line),
      [1, 2],
    );
  });

  test('the headline over a standfirst sits near it: a menu heading far above is not taken for it', () => {
    const standfirst =
      'City officials say the new hospital will open in the spring after builders worked in three shifts';
    const menu = Array.from({ length: 20 }, (_, k) => `  • Hospital service ${k + 1}`);
    const lines = ['City hospital news', ...menu, standfirst, P1, P2];
    const results = classifyLines(lines.join('\n'), { language: 'en' });
    assert.equal(results[0]!.label, 'boilerplate');
    assert.deepEqual(
      results.filter((l) => l.kind === 'title').map((l) => l.line),
      [21],
    );
  });

  test('a byline shared with an agency and a line of mostly numbers (an address) are not titles', () => {
    for (const furniture of ['Le Monde with AFP', '113 25 Stockholm']) {
      // A headline sharing no word with the lead: only the furniture's being no candidate
      // leaves it the title.
      const text = ['Strikers reach a tentative deal', furniture, P1, P2].join('\n');
      assert.deepEqual(bodyLines(text)[0], { line: 0, kind: 'title' }, furniture);
    }
    // Numbers in a headline are fine.
    const text = ['Malaria blamed for 655,000 deaths in 2010', P1, P2].join('\n');
    assert.deepEqual(bodyLines(text)[0], { line: 0, kind: 'title' });
  });

  test('photo credits ("Name/Agency", "Photograph by") and glued tags are not titles', () => {
    for (const furniture of [
      'Carlos Rodriguez/Wildlife Conservation Society',
      'Photograph by: Gavin Young, City Herald',
      'Hospital to open PathfinderNewsConceptCars',
    ]) {
      const text = ['New city hospital to open in the spring', furniture, P1, P2].join('\n');
      assert.deepEqual(bodyLines(text)[0], { line: 0, kind: 'title' }, furniture);
    }
  });

  test('a deck copied from a paragraph is not the title: the headline right above it is', () => {
    const deck = 'The ministry has been planning the new hospital for the last ten years';
    const text = ['New city hospital to open in the spring', deck, P1, `${deck}. ${P2}`].join('\n');
    assert.deepEqual(bodyLines(text).slice(0, 2), [
      { line: 0, kind: 'title' },
      { line: 1, kind: 'paragraph' },
    ]);
  });
  test('a deck of twelve or more words right under a shorter headline: the headline is the title, the date under the deck metadata', () => {
    // Thirteen words: a deck by adjacency only (STANDFIRST_MIN_WORDS is 15).
    const deck = 'The ministry says the new city hospital will open its doors in April';
    const text = ['Hospital opens in the spring', deck, '13.01.2025 09:28', P1, P2].join('\n\n');
    assert.deepEqual(bodyLines(text), [
      { line: 0, kind: 'title' },
      { line: 2, kind: 'paragraph' },
      { line: 4, kind: 'metadata' },
      { line: 6, kind: 'paragraph' },
      { line: 8, kind: 'paragraph' },
    ]);
    // With a menu line between them, the shorter line is no headline of that deck.
    const apart = ['Hospital opens in the spring', 'Home | News | Health', deck, P1, P2].join('\n');
    assert.deepEqual(bodyLines(apart)[0], { line: 2, kind: 'title' });
  });

  test('a headline over two decks is the title; both decks are header paragraphs', () => {
    const deck = 'The ministry says the new city hospital will open its doors in April';
    const deck2 =
      'Builders worked in three shifts to make up for the delays of the last year and more';
    const text = ['Hospital opens in the spring', deck, deck2, P1, P2].join('\n');
    assert.deepEqual(bodyLines(text), [
      { line: 0, kind: 'title' },
      { line: 1, kind: 'paragraph' },
      { line: 2, kind: 'paragraph' },
      { line: 3, kind: 'paragraph' },
      { line: 4, kind: 'paragraph' },
    ]);
  });

  test('a headline repeated as the start of the lead stays the title', () => {
    const headline = 'The new city hospital will open in the spring';
    const text = ['Health news', headline, `${headline}, the ministry said. ${P1}`, P2].join('\n');
    assert.deepEqual(bodyLines(text)[0], { line: 1, kind: 'title' });
  });
  test('a Spanish question opening with ¿ can be the title', () => {
    const text = ['¿Abrirá el nuevo hospital de la ciudad en primavera?', P1, P2].join('\n');
    assert.deepEqual(bodyLines(text)[0], { line: 0, kind: 'title' });
  });
  test('a headline opening with a currency sign can be the title', () => {
    for (const headline of [
      '$40 million for the new city hospital',
      '£1,000 fine for hospital visitors',
    ]) {
      const text = [headline, P1, P2].join('\n');
      assert.deepEqual(bodyLines(text)[0], { line: 0, kind: 'title' }, headline);
    }
  });
  test('a photo caption signed by its agency after a full stop is not the title', () => {
    const caption = 'Builders at the new city hospital in the spring. EFE';
    const text = ['New city hospital to open in the spring', caption, P1, P2].join('\n');
    assert.deepEqual(bodyLines(text)[0], { line: 0, kind: 'title' });
  });

  test('a question headline too long for a heading-like line is still the title; "Von:" is a byline', () => {
    const headline =
      'Will the new city hospital open in the spring, and who is going to pay for all of its beds?';
    const text = [headline, 'Updated: 28.04.2023, 18:16', 'Von: Jane Doe', 'Comments', P1, P2].join(
      '\n',
    );
    assert.deepEqual(bodyLines(text)[0], { line: 0, kind: 'title' });
    const german = ['Von der Leyen eröffnet das neue Krankenhaus der Stadt', P1, P2].join('\n');
    assert.deepEqual(bodyLines(german)[0], { line: 0, kind: 'title' });
  });

  test('a German byline "Von: Name" is not a title candidate', () => {
    const text = ['Ein Wochenende in den Bergen', 'Von: Jana Maria Schmidt', P1, P2].join('\n');
    assert.deepEqual(bodyLines(text)[0], { line: 0, kind: 'title' });
  });
});
