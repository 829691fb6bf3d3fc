import * as assert from 'node:assert/strict';
import {
  classifyBlock,
  CORPUS_TEASER_RULE,
  guardReprints,
} from '../../../../src/core/boilerplate/classify';
import { isTeaserCard, textForm } from '../../../../src/core/boilerplate/forms';
import { CORPUS_MIN_DOCS } from '../../../../src/core/boilerplate/constants';
import { computeFeatures, type Features } from '../../../../src/core/boilerplate/features';
import { segment } from '../../../../src/core/boilerplate/segment';

const PROSE =
  'The minister said on Tuesday that the talks with the alliance had been useful, and that the ' +
  'two sides would meet again in the spring to discuss what they could do about it, as they had ' +
  'agreed in the autumn.';

function verdict(line: string, tweak: Partial<Features> = {}, language = 'en') {
  const [f] = computeFeatures(segment(line), language);
  return classifyBlock({ ...f!, ...tweak }, line.trim() === '•', language, language !== 'xx');
}

suite('core/boilerplate/classify (context-free)', () => {
  test('long prose with stop words and a final full stop is good', () => {
    assert.equal(verdict(PROSE).cls, 'good');
  });

  test('medium prose is near-good', () => {
    assert.equal(
      verdict('He stressed that Russia had offered NATO concrete measures on these issues.').cls,
      'near',
    );
  });

  test('short lines are left to the context', () => {
    assert.equal(verdict('Peskov noted it.').cls, 'short');
  });

  test('no letters: ticker, firm', () => {
    const v = verdict('• € 1.7732');
    assert.deepEqual([v.cls, v.kind, v.firm], ['bad', 'ticker', true]);
  });

  test('legal notices are firm boilerplate', () => {
    const v = verdict('Copyright © 2024 Example Media. All rights reserved.');
    assert.deepEqual([v.cls, v.kind, v.firm], ['bad', 'legal', true]);
  });

  test('phrase lines: share, navigation, related', () => {
    assert.equal(verdict('Share on Facebook').kind, 'share');
    assert.equal(verdict('Home page').kind, 'navigation');
    assert.equal(verdict('Читайте также').kind, 'related');
  });

  test('a phrase inside a longer line does not make it furniture', () => {
    assert.notEqual(
      verdict('Trump tweeted a photo of the home he visited').rule,
      'phrase-navigation',
    );
  });

  test('corpus repetition in CORPUS_MIN_DOCS documents is firm template', () => {
    const v = verdict('Continue reading the main story', { corpusDocs: CORPUS_MIN_DOCS });
    assert.deepEqual([v.cls, v.rule, v.firm], ['bad', 'corpus-repeat', true]);
    assert.notEqual(
      verdict('Continue reading the story', { corpusDocs: CORPUS_MIN_DOCS - 1 }).rule,
      'corpus-repeat',
    );
  });

  test('a long line repeated across the corpus is a teaser summary, not firm', () => {
    const v = verdict(PROSE, { corpusDocs: CORPUS_MIN_DOCS });
    assert.deepEqual([v.cls, v.rule, v.firm], ['bad', CORPUS_TEASER_RULE, false]);
  });

  test('reprinted agency copy (long corpus repeats side by side) stays prose', () => {
    const lines = [PROSE, PROSE.replace('Tuesday', 'Monday'), 'Latest news', PROSE];
    const features = computeFeatures(segment(lines.join('\n')), 'en').map((f) => ({
      ...f,
      corpusDocs: CORPUS_MIN_DOCS,
    }));
    const alone = (f: Features) => classifyBlock(f, false, 'en', true);
    const verdicts = features.map(alone);
    guardReprints(verdicts, features, alone);
    assert.deepEqual(
      verdicts.map((v) => v.rule),
      ['prose', 'prose', 'corpus-repeat', CORPUS_TEASER_RULE],
    );
  });

  test('in-page repeats and teasers are related', () => {
    assert.equal(verdict('Trump urges community to act', { pageRepeats: 2 }).rule, 'page-repeat');
    assert.equal(
      verdict(
        'Фотопремія анонсувала переможців конкурсу. Цього року журі відзначило фото… Читати більше',
      ).rule,
      'teaser',
    );
  });

  test('few stop words in a long line: bad', () => {
    const list =
      'Politics Economy Society World Culture Sport Health Science Technology Travel Weather Opinion Video';
    assert.equal(verdict(`${list} ${list}`).cls, 'bad');
  });

  test('an unterminated line of heading length is short (a heading candidate)', () => {
    assert.equal(
      verdict(
        'Russian Foreign Ministry Spokeswoman Maria Zakharova said the plans of the bloc do not really matter',
      ).rule,
      'heading-length',
    );
  });

  test('without a stop-word list, long sentences count as prose', () => {
    assert.notEqual(verdict(PROSE, {}, 'xx').cls, 'bad');
  });

  test('photo credits are boilerplate; cut-off lines are teasers', () => {
    assert.equal(verdict('Photo: Reuters / John Smith').rule, 'credit');
    assert.equal(verdict('Фото: EPA, архив редакции').rule, 'credit');
    assert.equal(
      verdict('Minister Smith said the photo was taken in May.').rule !== 'credit',
      true,
    );
    assert.equal(
      verdict('Thousands marched in London calling for peace and…').rule,
      'teaser-ellipsis',
    );
  });
  test('a headline glued to its summary is a teaser card; brand names and quotes are not', () => {
    assert.equal(
      isTeaserCard(
        'The 4 Best Vegan Spots In DetroitHoodline crunched the numbers to find the top vegan spots.',
      ),
      true,
    );
    assert.equal(
      isTeaserCard(
        'Is Violence In Sports On The Rise?Violence is part of the game in many sports.',
      ),
      true,
    );
    assert.equal(
      isTeaserCard(
        'Win a hamper with Windhoek!Windhoek Lager is giving away five fantastic hampers.',
      ),
      true,
    );
    // German capitalises every noun: title case is no headline signal there.
    const german =
      'Die diesjährige Session der RheinschifffahrtsKommission, welche von den Regierungen ' +
      'sämmtlicher Staaten beschickt wird, mußte verschoben werden.';
    assert.equal(textForm(german, 20, 'de'), undefined);
    assert.equal(textForm(german, 20, 'en'), 'teaser-card');
    assert.equal(
      isTeaserCard(
        'New Price Drop: Apple AirPods 2 Wireless Earphones for $139 at Amazon today only',
      ),
      false,
    );
    assert.equal(
      isTeaserCard(
        'THURSDAY, Dec. 15 (HealthDay News) -- School clinics can identify children with fatigue.',
      ),
      false,
    );
    assert.equal(verdict(PROSE).rule, 'prose');
  });
  test('an unterminated line too long for a heading, with stop words as in prose, is near-good', () => {
    const line =
      'Residents of the island complain about the ferry, but they also say that it is the only way ' +
      'to get to the hospital on the mainland in the winter when the roads are closed by the snow';
    assert.ok(line.length > 160 && line.length <= 200);
    assert.deepEqual([verdict(line).cls, verdict(line).rule], ['near', 'prose-unterminated']);
  });

  test('a line ending with a link arrow is a teaser', () => {
    const line = 'Politicians pile on the pressure as the president refuses to resign. READ »';
    assert.equal(textForm(line, 12), 'teaser-arrow');
    // However short: a link to another section is no line of the article.
    assert.equal(textForm('Get Science News From The New York Times »', 8), 'teaser-arrow');
    assert.equal(textForm('He called it «the worst winter in years»', 8), undefined);
    // French sets a space inside its guillemets: a closing quotation is no arrow.
    const fr = 'Sophie Binet met en garde Emmanuel Macron sur la « gravité de la situation »';
    assert.equal(textForm(fr, 13), undefined);
  });
  test('a line of tags, categories or a breadcrumb trail ("Tags: …") is navigation', () => {
    assert.equal(textForm('Tags: health, women', 3), 'listing-label');
    // A label in capitals may be glued to the list; a time or a dateline is no label.
    assert.equal(textForm('TAG:CVS Health, CVS Pharmacy, Healthcare', 6), 'listing-label');
    assert.equal(textForm('WASHINGTON:The senators met on Monday', 6), undefined);
    assert.equal(textForm('Tag:health', 2), undefined);
    assert.equal(textForm('Tutaj jesteś: Strona główna | Aktualności  Kraj', 6), 'listing-label');
    assert.equal(textForm('Теги:   посуда,   переедание,   алкоголь', 4), 'listing-label');
    const crumbs =
      'Βρίσκεστε εδώ: Αρχική ΕΙΔΗΣΕΙΣ Υγεία Οι ευτυχισμένοι άνθρωποι ζούνε περισσότερα';
    assert.equal(textForm(crumbs, 11), 'listing-label');
    const [f] = computeFeatures(segment(crumbs), 'el');
    const v = classifyBlock(f!, false, 'el', true, crumbs);
    assert.deepEqual([v.cls, v.kind], ['bad', 'navigation']);
    // Only as the lead-in: the same words elsewhere, or a lead-in of other words, are no label.
    assert.equal(
      textForm('He said: tags and categories help readers find the story', 10),
      undefined,
    );
    assert.equal(textForm('The minister named three categories: a, b and c', 9), undefined);
  });

  test('a headline after a related lead-in and a colon ("See also: …") is a link label', () => {
    assert.equal(
      textForm('See also: Minister resigns over the hospital scandal', 8),
      'teaser-label',
    );
    assert.equal(textForm('Читай также: Какие супы спасают от похмелья', 6), 'teaser-label');
    assert.equal(textForm('He said: we will see also what comes next', 9), undefined);
    assert.equal(textForm('Related: the rest of the story', 6), 'teaser-label');
    assert.equal(textForm('Note: related parties were consulted', 5), undefined);
    // French puts a space before the colon.
    assert.equal(
      textForm('Lire aussi : Sophie Binet élue à la tête de la CGT', 10),
      'teaser-label',
    );
    assert.equal(textForm('Il a dit : lire aussi le rapport', 7), undefined);
  });
  test('a headline after a lead-in and a pipe ("MUST READ | …") or a lead-in label of its own is a link label', () => {
    assert.equal(
      textForm(
        "MUST READ | Thousands of Australians are calling for their prime minister's resignation",
        13,
      ),
      'teaser-label',
    );
    assert.equal(
      textForm('MIRA | Kenji Fujimori: PJ concluye con interrogatorio a testigos', 10),
      'teaser-label',
    );
    assert.equal(
      textForm('Baca juga: Sederet Kebiasaan Pemicu Penyakit Darah Tinggi', 8),
      'teaser-label',
    );
    assert.equal(
      textForm('Zum Artikel: Tarifrunde im ÖPNV: Das wird verhandelt', 8),
      'teaser-label',
    );
    // A pipe after other words, and "read" inside a sentence, are no lead-in.
    assert.equal(
      textForm('Sport | Football | Premier League results of the weekend', 9),
      undefined,
    );
    assert.equal(textForm('Read the report: the hospital will open in the spring', 10), undefined);
  });
  test("a card's headline written twice (picture text and link) is a teaser card", () => {
    assert.equal(
      textForm('Mike Johnson’s Art of the Deal Mike Johnson’s Art of the Deal', 12),
      'teaser-card',
    );
    assert.equal(textForm('Art of the Deal and the art of the deal again', 10), undefined);
  });
  test('a caption closed by its credit is furniture whatever its length', () => {
    const line =
      'The plague wiped out half of Europe in the 14th century, historians say (Image: GETTY)';
    assert.equal(textForm(line, 15), 'caption');
    const [f] = computeFeatures(segment(line), 'en');
    const v = classifyBlock(f!, false, 'en', true, line);
    assert.deepEqual([v.cls, v.rule], ['bad', 'caption']);
    assert.equal(
      textForm('President Trump in New York last week.Credit...Anna Moneymaker/The Times', 11),
      'caption',
    );
    assert.equal(
      textForm('The ministry (which denied it) said nothing (see the report)', 10),
      undefined,
    );
  });
  test('a caption told by its opening is furniture: "FILE PHOTO:", "This … file photo …"', () => {
    for (const line of [
      'FILE PHOTO: Traders work on the floor at the New York Stock Exchange in New York, U.S.',
      'This March 28, 2017, file photo, provided by the state registry shows the defendant.',
      "This illustration of the company's concept for a lunar lander shows how it could land.",
      'Image: The manager has agreed a deal to take over the club at the end of the season',
      'Media captionDrone footage shows mass burials in New York',
      // The glued label makes a caption of however few words.
      'Media captionWho is Julian Assange?',
      'Image caption Protesters gathered outside the parliament building on Monday',
    ]) {
      const [f] = computeFeatures(segment(line), 'en');
      assert.equal(textForm(line, f!.words), 'caption', line);
      const v = classifyBlock(f!, false, 'en', true, line);
      assert.deepEqual([v.cls, v.rule], ['bad', 'caption']);
    }
    // A credit line is no caption; a sentence about a photo is prose.
    assert.equal(textForm('Photo: Reuters', 2), undefined);
    assert.equal(textForm('Media caption rules', 3), undefined);
    assert.equal(
      textForm('He said the photo on this page was taken by his brother last summer.', 14),
      undefined,
    );
  });
  test('a caption closed by an unbracketed credit is furniture: "Photo: Name/AFP", "EFE/ Name"', () => {
    for (const line of [
      "The state epidemiologist at one of the agency's daily briefings. Photo: Jonathan Nackstrand/AFP",
      'Wer den Mindestabstand nicht einhalten kann, muss eine Maske tragen.Foto: Swen Pfoertner/Reuters',
      'El ministro saluda a su homólogo tras la foto de familia del Grupo de Madrid. EFE/ J.J. Guillén',
      'Traders work on the floor of the New York Stock Exchange. REUTERS/Brendan McDermid',
      'Ronnie Wraith at the launch of his new restaurant in the city. Credits: Instagram.',
      'Lady Starmer on the front row at the Edeline Lee show  Nicky J Sims/Getty Images Europe',
      'The tariff will apply to steel and aluminum exports starting on March 12. (Unsplash)',
      'Чтобы меньше есть, приобрети красную посуду / shutterstock',
    ]) {
      assert.equal(textForm(line, 12), 'caption', line);
    }
    // Slashes and colons inside a sentence's words are no credit.
    for (const line of [
      'The government wants to exempt drugs for the treatment of tuberculosis and ВИЧ/СПИДом',
      'The clinic offers scans of every kind, from the X-ray to the MRI / PET / Ultrasound',
      'She posted a photo: her dog asleep on the sofa of the new flat they moved into',
      'The minister said on Monday that the talks would resume next week. (AP)',
    ]) {
      assert.equal(textForm(line, 14), undefined, line);
    }
  });
  test('a headline opened by a running time is a video card; a sentence opened by a time is not', () => {
    assert.equal(
      textForm('1:26 “In this race to win:” Biden, Harris sign official nomination documents', 12),
      'teaser-timed',
    );
    assert.equal(textForm('10:17 Новый город-миллионник появился в России', 6), 'teaser-timed');
    assert.equal(
      textForm('10:30 The minister said the talks would resume on Monday.', 10),
      undefined,
    );
    assert.equal(textForm('2012 Olympic Games bring the city a record year', 8), undefined);
  });
  test('the signature of an embedded post is near-good (part of the quoted post), not a timestamp', () => {
    const line = '— Tottenham Hotspur (@SpursOfficial) November 20, 2019';
    assert.equal(textForm(line, 6), 'post-signature');
    const [f] = computeFeatures(segment(line), 'en');
    const v = classifyBlock(f!, false, 'en', true, line);
    assert.deepEqual([v.cls, v.rule], ['near', 'post-signature']);
    assert.equal(textForm('— The minister (in a statement) on Monday', 7), undefined);
  });
  test('a short line cut off with an ellipsis is a teaser; a long paragraph trailing off is prose', () => {
    assert.equal(
      verdict('The minister said the talks went well, but the opposition…').rule,
      'teaser-ellipsis',
    );
    const paragraph = `${PROSE} ${PROSE} And so, as the minister put it, the rest is still to come…`;
    assert.equal(verdict(paragraph).cls, 'good');
  });
  test('an unterminated line of many short words (too many for a heading) is near-good', () => {
    const line =
      'Core and peel the pears and put them in a pot then add the juice of one lemon and the ' +
      'spices and boil it all for a minute or so';
    assert.ok(line.length <= 160);
    assert.deepEqual([verdict(line).cls, verdict(line).rule], ['near', 'prose-unterminated']);
  });
});
