import * as assert from 'node:assert/strict';
import { classifyLines } from '../../../../src/core/boilerplate/index';
import { buildCorpusStats } from '../../../../src/core/corpus';
import { detectLanguage } from '../../../../src/core/language';

const P =
  'The health ministry said on Monday that the new hospital in the city would open in the spring, ' +
  'after builders had worked in three shifts to make up for the delays of the last year.';

suite('core/boilerplate classifyLines', () => {
  test('every non-blank line gets a label, a kind and a confidence; spans are exact with CRLF', () => {
    const text =
      '\ufeffMenu\r\n\r\n  • Home\r\n' +
      P +
      '\r\n\r\n' +
      P.replace('Monday', 'Tuesday') +
      '\r\n© 2024 Example\r\n';
    const lines = classifyLines(text, { language: 'en' });
    assert.deepEqual(
      lines.map((l) => l.line),
      [0, 2, 3, 5, 6],
    );
    for (const l of lines) {
      assert.ok(!text.slice(l.span.start, l.span.end).includes('\r'));
      assert.ok(l.confidence > 0 && l.confidence <= 1);
    }
    assert.equal(
      text.slice(lines[3]!.span.start, lines[3]!.span.end),
      P.replace('Monday', 'Tuesday'),
    );
    assert.deepEqual(
      lines.map((l) => l.label),
      ['boilerplate', 'boilerplate', 'body', 'body', 'boilerplate'],
    );
    assert.equal(lines[4]!.kind, 'legal');
  });

  test('a few-word line between two paragraphs of the article is body; a menu item is not', () => {
    const text = [
      '  • Home',
      P,
      '  • Get up',
      P.replace('Monday', 'Tuesday'),
      'Take the stairs',
      P.replace('Monday', 'Friday'),
      '  • Contact',
    ].join('\n');
    const labels = classifyLines(text, { language: 'en' }).map((l) => l.label);
    assert.deepEqual(labels, [
      'boilerplate',
      'body',
      'body',
      'body',
      'body',
      'body',
      'boilerplate',
    ]);
  });

  test('a Danish article is read with the Danish stop words (body, not few-stopwords furniture)', () => {
    const paragraphs = [
      'Hun voksede op i Aarhus, og hun har altid været nysgerrig på det fremmede, siger hun, mens hun viser rundt i den nye restaurant.',
      'Som barn legede hun i baggårdene og hjalp til på restauranter og værtshuse, hvor hendes mor arbejdede om aftenen.',
      'Det var dog mødet med hendes kommende mand, der satte gang i drømmen om et sted, hvor alle kunne føle sig hjemme.',
    ];
    const text = ['Log ind', 'Køb abonnement', ...paragraphs, 'Del artiklen'].join('\n');
    const language = detectLanguage(text);
    assert.equal(language, 'da');
    const labels = classifyLines(text, { language }).map((l) => l.label);
    assert.deepEqual(labels, ['boilerplate', 'boilerplate', 'body', 'body', 'body', 'boilerplate']);
  });

  test('a related list under a "Related" heading takes its kind', () => {
    const text = [
      P,
      P.replace('Monday', 'Friday'),
      'Related articles',
      'Storm hits the coast again',
      'Minister resigns over scandal',
    ].join('\n');
    const kinds = classifyLines(text, { language: 'en' }).map((l) => `${l.label}:${l.kind}`);
    assert.deepEqual(kinds, [
      'body:paragraph',
      'body:paragraph',
      'boilerplate:related',
      'boilerplate:related',
      'boilerplate:related',
    ]);
  });

  test('comments follow the article: a comments phrase in the menu above it opens no comments section', () => {
    const text = [
      'No Comment',
      'Europe News',
      'Magazines',
      P,
      P.replace('Monday', 'Friday'),
      'Comments',
      'Great news for the city',
    ].join('\n');
    const kinds = classifyLines(text, { language: 'en' }).map((l) => `${l.label}:${l.kind}`);
    assert.deepEqual(kinds, [
      'boilerplate:navigation',
      'boilerplate:navigation',
      'boilerplate:navigation',
      'body:paragraph',
      'body:paragraph',
      'boilerplate:comments',
      'boilerplate:comments',
    ]);
  });

  test('a video card inside the article, and its title printed again under it, stay out of the body', () => {
    const text = [
      P,
      '1:30 Turkish military releases footage showing airstrike on targets',
      'Turkish military releases footage showing airstrike on targets',
      P.replace('Monday', 'Friday'),
      P.replace('Monday', 'Sunday'),
    ].join('\n');
    const labels = classifyLines(text, { language: 'en' }).map((l) => `${l.label}:${l.kind}`);
    assert.deepEqual(labels, [
      'body:paragraph',
      'boilerplate:related',
      'boilerplate:related',
      'body:paragraph',
      'body:paragraph',
    ]);
  });

  test('"your article continues below" joins the article across the widget the note sits in', () => {
    const para = (day: string) => P.replace('Monday', day);
    const above = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Sunday'].map(para);
    const below = ['Friday', 'Saturday', 'Sunday', 'today', 'tonight', 'yesterday'].map(para);
    const widget = [
      'Trending',
      '  • Why did the minister take another shot at the mayor during the meeting on Monday?',
      '    NP Comment',
      '  • A photo of a football game: what the gifts say about the relationship',
      'This advertisement has not loaded yet, but your article continues below.',
    ];
    const lines = classifyLines([...above, ...widget, ...below].join('\n'), { language: 'en' });
    const labels = lines.map((l) => l.label);
    assert.deepEqual(labels.slice(0, 5), Array(5).fill('body'));
    assert.deepEqual(labels.slice(5, 10), Array(5).fill('boilerplate'));
    assert.deepEqual(labels.slice(10), Array(6).fill('body'));
    // The comments phrase in the widget opens no comments section.
    assert.ok(lines.every((l) => l.kind !== 'comments'));
  });

  test('three or more bulleted "Topic: Headline" items in a row are links, not the article\'s list', () => {
    const links = [
      '  • A SIMPLE GUIDE: How do I protect myself?',
      '  • AVOIDING CONTACT: The rules on self-isolation and exercise',
      '  • LOOK-UP TOOL: Check cases in your area',
    ];
    const page = (items: string[]) =>
      classifyLines([P, ...items, P.replace('Monday', 'Friday')].join('\n'), {
        language: 'en',
      }).map((l) => l.label);
    assert.deepEqual(page(links), ['body', 'boilerplate', 'boilerplate', 'boilerplate', 'body']);
    // Two such items, or items closed by a full stop, are left to the other rules.
    assert.deepEqual(page(links.slice(0, 2)).slice(1, 3), ['body', 'body']);
  });

  test('corpus evidence turns a template line into boilerplate', () => {
    const doc = (day: string) =>
      ['Breaking stories from our newsroom today', P.replace('Monday', day), P].join('\n');
    const texts = [doc('Tuesday'), doc('Friday'), doc('Sunday')];
    const corpus = buildCorpusStats(texts);
    const withCorpus = classifyLines(texts[0]!, { language: 'en', corpus });
    assert.equal(withCorpus[0]!.label, 'boilerplate');
    assert.equal(withCorpus[1]!.label, 'body');
  });

  test('empty and blank texts give no lines', () => {
    assert.deepEqual(classifyLines('', { language: 'en' }), []);
    assert.deepEqual(classifyLines('\n \r\n\t\n', { language: 'en' }), []);
  });

  test('unknown language still finds prose by length and punctuation', () => {
    const lines = classifyLines(['Menu', P, P.replace('Monday', 'Friday')].join('\n'), {
      language: 'und',
    });
    assert.deepEqual(
      lines.map((l) => l.label),
      ['boilerplate', 'body', 'body'],
    );
  });

  test('a list announced by the body with a colon belongs to the body, up to the menu', () => {
    const text = [
      P,
      P.replace('Monday', 'Friday'),
      'The band will play these dates next summer:',
      'June 9 -- Coral Sky Amphitheatre, West Palm Beach',
      'June 10 -- Credit Union Amphitheatre, Tampa',
      'Share on Facebook',
      'Latest news',
    ].join('\n');
    assert.deepEqual(
      classifyLines(text, { language: 'en' }).map((l) => l.label),
      ['body', 'body', 'body', 'body', 'body', 'boilerplate', 'boilerplate'],
    );
    // The announcing line may be body prose itself.
    const prose = text.replace(
      'The band will play these dates next summer:',
      'After the long break the band said that it will play in these cities again next summer:',
    );
    assert.deepEqual(
      classifyLines(prose, { language: 'en' })
        .map((l) => l.label)
        .slice(2, 5),
      ['body', 'body', 'body'],
    );
    // A timestamp ends the list: it is the page's, not an item.
    const stamped = text.replace('Share on Facebook', 'Published 10:02 AM EST Nov 19, 2019');
    assert.equal(classifyLines(stamped, { language: 'en' })[5]!.label, 'boilerplate');
    // A short label with a colon ("Related links:") announces no body list.
    const label = text.replace('The band will play these dates next summer:', 'More links:');
    assert.equal(classifyLines(label, { language: 'en' })[3]!.label, 'boilerplate');
  });

  test('a notice about the page right above the article does not open it', () => {
    const text = [
      'Send link',
      'To send a link to this page to a friend, you must be logged in.',
      // More paragraphs than the tail pass looks at (TAIL_MAX_BLOCKS).
      ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((d) =>
        P.replace('Monday', d),
      ),
    ].join('\n');
    assert.deepEqual(
      classifyLines(text, { language: 'en' })
        .map((l) => l.label)
        .slice(0, 3),
      ['boilerplate', 'boilerplate', 'body'],
    );
  });

  test('headlines under a "See also" box inside the article stay out of the body', () => {
    const day = (d: string) => P.replace('Monday', d);
    const text = [
      day('Tuesday'),
      day('Wednesday'),
      day('Thursday'),
      'See also',
      'Storm hits the coast again on Sunday',
      'Minister resigns over the scandal',
      day('Friday'),
      day('Saturday'),
      day('Sunday'),
    ].join('\n');
    const labels = classifyLines(text, { language: 'en' }).map((l) => l.label);
    assert.deepEqual(labels.slice(3, 6), ['boilerplate', 'boilerplate', 'boilerplate']);
    assert.deepEqual(labels.slice(6), ['body', 'body', 'body']);
  });

  test('a short full sentence inside the article is body whatever its neighbours', () => {
    const day = (d: string) => P.replace('Monday', d);
    const text = [
      day('Tuesday'),
      'He has always denied it.',
      'Photo: Reuters',
      day('Friday'),
      day('Sunday'),
    ].join('\n');
    assert.deepEqual(
      classifyLines(text, { language: 'en' }).map((l) => l.label),
      ['body', 'body', 'boilerplate', 'body', 'body'],
    );
  });

  test('a short full sentence right after the article closes it', () => {
    const day = (d: string) => P.replace('Monday', d);
    const text = [
      'Home | News | Sport',
      day('Tuesday'),
      day('Friday'),
      'The inquiry continues.',
      'Most read',
      'Share this',
    ].join('\n');
    assert.deepEqual(
      classifyLines(text, { language: 'en' }).map((l) => l.label),
      ['boilerplate', 'body', 'body', 'body', 'boilerplate', 'boilerplate'],
    );
  });

  test('a short full sentence right before the article opens it; a date or a phrase cut mid-way does not', () => {
    const day = (d: string) => P.replace('Monday', d);
    const page = (opening: string) =>
      classifyLines(['Home | News | Sport', opening, day('Tuesday'), day('Friday')].join('\n'), {
        language: 'en',
      }).map((l) => l.label);
    assert.deepEqual(page('American scientists came to this conclusion.'), [
      'boilerplate',
      'body',
      'body',
      'body',
    ]);
    assert.equal(page('to the gallery of our readers!')[1], 'boilerplate');
    assert.equal(page('Updated on 12 January 2012 at 10:15.')[1], 'boilerplate');
  });

  test('under a related heading, summaries indented under bulleted headlines are teasers', () => {
    const summary = (d: string) =>
      `    The ministry said on ${d} that the clinics in the region would stay open through the holidays, and that patients should call ahead.`;
    const page = () =>
      [
        'Hospital to open in spring',
        P,
        'Latest news',
        '  • Clinics stay open',
        summary('Tuesday'),
        '  • Pharmacists strike again',
        summary('Wednesday'),
        '  • New rules for insured farmers',
        summary('Thursday'),
      ].join('\n');
    const lines = classifyLines(page(), { language: 'en' });
    assert.deepEqual(
      lines.map((l) => l.label),
      ['body', 'body', ...new Array<string>(7).fill('boilerplate')],
    );
    assert.equal(lines[4]!.kind, 'related');
  });

  test('a headline closed by a bracketed label ("[VIDEO]") inside the article is a related link', () => {
    const day = (d: string) => P.replace('Monday', d);
    const text = [
      day('Tuesday'),
      day('Wednesday'),
      'Minister resigns over the hospital scandal [VIDEO]',
      day('Friday'),
    ].join('\n');
    const lines = classifyLines(text, { language: 'en' });
    assert.deepEqual(
      lines.map((l) => `${l.label}:${l.kind}`),
      ['body:paragraph', 'body:paragraph', 'boilerplate:related', 'body:paragraph'],
    );
  });

  test('a 2 MB file of short lines is classified (speed is measured by npm run bench)', function () {
    this.timeout(60_000);
    const text = 'Home\nNews 12:30\n'.repeat(120_000);
    const lines = classifyLines(text, { language: 'en' });
    assert.equal(lines.length, 240_000);
    assert.ok(lines.every((l) => l.label === 'boilerplate'));
  });
});

suite('core/boilerplate classifyLines: a language without a stop-word list', () => {
  /** Body line numbers of a page: a menu, a blank line, then paragraphs apart (lines 7, 9, …). */
  function bodyOfPage(menu: string[], article: string[]): number[] {
    const text = [...menu, '', ...article.flatMap((p) => [p, '']), menu[0]!].join('\n');
    return classifyLines(text, { language: detectLanguage(text) })
      .filter((l) => l.label === 'body')
      .map((l) => l.line);
  }

  test('a Turkish article under an English menu is found (not judged by English stop words)', () => {
    const menu = ['Home', 'News', 'Sports', 'Weather', 'Subscribe to our newsletter', 'About us'];
    const article = [
      'Ege Denizi’nde merkez üssü İzmir’in Seferihisar ilçesi açıkları olan 6,6 büyüklüğünde deprem meydana geldi ve birçok binada hasar oluştu.',
      'Depremin ardından arama kurtarma ekipleri yıkılan binalara ulaştı, enkaz altında kalan vatandaşları kurtarma çalışmaları gece boyunca sürdü.',
      'Valilik yaptığı açıklamada okulların bir hafta süreyle tatil edildiğini ve hasar tespit çalışmalarının devam ettiğini bildirdi.',
      'Uzmanlar, bölgede önümüzdeki günlerde artçı sarsıntıların sürebileceğini belirterek vatandaşları hasarlı binalara girmemeleri konusunda uyardı.',
    ];
    assert.deepEqual(bodyOfPage(menu, article), [7, 9, 11, 13]);
  });

  test('a Japanese article (no spaces between words) is found by its length in characters', () => {
    const menu = ['トップ', '速報', 'ランキング', '政治', '国際', '社会'];
    const article = [
      '昨年の元日に起きた地震を受け、救出救助活動に不可欠な警察無線の通信状況を調べたところ、島の一部で電波が届かない地域があることが分かった。',
      '島にある唯一の駐在所に勤務している警察官は、これまで電波を探して車で往復しながら本署と連絡を取っていたという。',
      'このため、調査結果を踏まえて三回にわたりアンテナの角度を調整し、新型の無線機を搭載したパトカーで通話試験を行った。',
      '住民からは安堵の声が上がっており、警察は今後も災害時の通信手段の確保に力を入れる方針だ。',
    ];
    assert.deepEqual(bodyOfPage(menu, article), [7, 9, 11, 13]);
  });
});
