import * as assert from 'node:assert/strict';
import { overlapBelow } from '../../../../src/core/metadata/body';
import { buildDoc } from '../../../../src/core/metadata/doc';
import { lineFacts } from '../../../../src/core/metadata/features';
import { scoreTitles } from '../../../../src/core/metadata/title';
import { BODY, linesOf, meta } from './helpers';

/** The evidence names of the candidate line `t`. */
function why(text: string, t: string): readonly string[] {
  const doc = buildDoc(text, linesOf(text), 'en');
  return scoreTitles(doc, lineFacts(doc, 2026), true).find((c) => c.line.bare === t)?.why ?? [];
}

const STANDFIRST =
  'Venues that allow singing and dancing could be fined up to ten thousand pounds under the new rules';

suite('core/metadata title rules', () => {
  test('a teaser below the article text loses to the headline above it', () => {
    const t = 'Negotiators prepare new tariffs for steel and farm products';
    const teaser = 'Officials from both sides meet again in the spring';
    const text = [t, BODY, 'Related', teaser, '12 March 2024', 'Sport'].join('\n');
    assert.equal(meta(text).title?.value, t);
    assert.ok(why(text, teaser).includes('afterBody'));
    assert.ok(!why(text, t).includes('afterBody'));
  });

  test('a menu link above a long headline is not taken for the headline', () => {
    // nothing in common with the text below: a link of the site menu, not the headline
    const link = 'Cup holders sign a Paraguayan striker';
    const m = meta([link, 'Sport', STANDFIRST, '28 September 2020 19:27', BODY].join('\n'));
    assert.equal(m.title?.value, STANDFIRST);
    // with menu entries between, even a related heading is not the headline of the line below
    const near = 'Pubs and venues face new fines';
    const m2 = meta(
      [near, '  • Home', '  • News', STANDFIRST, '28 September 2020', BODY].join('\n'),
    );
    assert.equal(m2.title?.value, STANDFIRST);
    // a real headline above its standfirst still wins
    const m3 = meta([near, STANDFIRST, '28 September 2020 19:27', BODY].join('\n'));
    assert.equal(m3.title?.value, near);
  });

  test('a short word matches its inflected forms below (crude stems)', () => {
    const text = ['Mind over matter', 'Their minds won over the matters.'].join('\n');
    const doc = buildDoc(text, linesOf(text), 'en');
    assert.equal(overlapBelow(doc, doc.lines[0]!), 1);
  });

  test('a search box label is a UI line', () => {
    const t = 'Column: the quiet return of the landline telephone';
    const text = [
      'Search for: Search',
      t,
      'Column by Carla Siepmann - 28.04.2024 08:52',
      BODY,
    ].join('\n');
    assert.ok(why(text, 'Search for: Search').includes('uiPhrase'));
    assert.equal(meta(text).title?.value, t);
  });

  test('a two-word headline with its byline and date below is taken', () => {
    const t = 'Schnelle Solarzelle';
    const text = ['Startseite', t, 'Von Petra Lang, 01.11.2023 11:35', BODY].join('\n');
    assert.equal(meta(text, 'de').title?.value, t);
    assert.ok(why(text, t).includes('short'));
  });

  test('a two-word name ("Tom Alweendo", "Modo Noche") is no headline', () => {
    const text = ['Modo Oscuro', 'Talks on the new trade deal resume in Geneva', BODY].join('\n');
    assert.ok(why(text, 'Modo Oscuro').includes('shortName'));
    assert.equal(meta(text).title?.value, 'Talks on the new trade deal resume in Geneva');
  });

  test('a byline with the role after the name is no headline', () => {
    const t = 'Minister defends taking concert tickets from a donor';
    const role = 'Jane Roe Political Correspondent';
    const text = [t, 'Menu', role, '16 September 2024 9:33pm', BODY].join('\n');
    assert.ok(why(text, role).includes('nameAndRole'));
    assert.equal(meta(text).title?.value, t);
  });

  test('a photo title above its caption and a caption ending with a credit are no headlines', () => {
    const t = 'Council studies new rules for port inspections';
    const photo = 'Harbour officials show reporters the new inspection hall';
    const caption = 'A container terminal in the north of the port. Foto: Anna Berg (REUTERS)';
    const text = [t, photo, caption, '15 Oct 2024 08:22', BODY].join('\n');
    assert.ok(why(text, photo).includes('beforeCredit'));
    assert.equal(meta(text).title?.value, t);
    const credit = 'The minister leaves a plane in Washington on Monday Jane Doe/via Reuters';
    assert.ok(why([t, credit, BODY].join('\n'), credit).includes('creditEnd'));
  });

  test('glued menu link texts are not the headline above a long standfirst', () => {
    const menu = 'Venues dancingLatinoamérica MéxicoNoticias';
    const text = [menu, 'Nuevo', STANDFIRST, '28 September 2020 19:27', BODY].join('\n');
    assert.equal(meta(text).title?.value, STANDFIRST);
  });

  test('a breadcrumb glued to the headline loses it also when the spaces differ (no-break space)', () => {
    const t = 'Radni poprą wniosek o budowę nowego mostu';
    const crumb = `Tutaj jesteś: Strona główna | Aktualności  Kraj  ${t}`;
    const m = meta(
      [crumb, t.replace(' o ', ' o\u00a0'), '2012-01-03 13:58', BODY].join('\n'),
      'pl',
    );
    assert.equal(m.title?.value, t);
  });

  test('a tag list is not a headline', () => {
    const t = 'Better Sleep For Everyone: What You Need To Know About Naps';
    const tags = 'TAG:Sleep Health, Naps, Healthcare, Pillow Guide';
    const text = ['Feb 14, 2016 10:47 AM EST', t, tags, 'By Maria del Rio', BODY].join('\n');
    assert.deepEqual(why(text, tags), []);
    const cat = 'Main Category: Health / Sleep / Science';
    assert.deepEqual(why([t, cat, BODY].join('\n'), cat), []);
    assert.equal(meta(text).title?.value, t);
  });

  test('a headline quoting its speaker is not a comment header', () => {
    const t = 'Anna Weber: «Sport kennt keine Grenzen – für faire Spiele in allen Ländern»';
    const text = [t, '28.01.2022 12:01', BODY].join('\n');
    assert.ok(!why(text, t).includes('quotesTitle'));
    const header = '5 thoughts on «Sport kennt keine Grenzen für faire Spiele»';
    assert.ok(why([header, BODY].join('\n'), header).includes('quotesTitle'));
  });

  test('a gallery button is UI, the line below it a caption', () => {
    const caption = 'The accused is led into a courtroom in the city centre on Monday';
    const text = ['View 3 Images', caption, BODY].join('\n');
    assert.ok(why(text, 'View 3 Images').includes('uiPhrase'));
    assert.ok(why(text, caption).includes('caption'));
  });

  test('headline, then a slightly shorter standfirst: the headline wins', () => {
    const t = 'Farmer kept six rare horses hidden in a barn before selling them abroad';
    const sf = 'Neighbours said there was a strange noise coming from the barn';
    const text = ['Menu', t, sf, '08:39, 06 Jan 2026', BODY].join('\n');
    assert.equal(meta(text).title?.value, t);
  });

  test('"Name|Published 15 hours ago" is a byline below the headline', () => {
    const t = 'Road works on the coastal highway will last until the spring';
    const photo = 'Workers on the coastal highway';
    const text = ['News', t, 'Jane Ndlovu|Published 15 hours ago', photo, BODY].join('\n');
    assert.ok(why(text, t).some((w) => w.startsWith('bylineBelow')));
    assert.equal(meta(text).title?.value, t);
  });

  test('a headline may name a year-less date inside its sentence', () => {
    const t = 'Новый прогноз: старый спутник сгорит в атмосфере 15 января';
    const text = ['Главная', t, 'время публикации: 4 января 2012 г., 14:20', BODY].join('\n');
    assert.equal(meta(text, 'ru').title?.value, t);
    // a date line is still no headline
    assert.deepEqual(why(text, 'время публикации: 4 января 2012 г., 14:20'), []);
  });

  test('a subheading deep inside the article text loses a point', () => {
    const sub = 'Negotiators focus on steel and farm products';
    const more =
      'Farm groups said on Wednesday that the tariffs on grain had cost exporters dearly, and they asked both sides to settle the question before the harvest.';
    const text = ['Talks on the trade deal resume', BODY, sub, more].join('\n');
    assert.ok(why(text, sub).includes('insideBody'));
    assert.ok(!why(text, 'Talks on the trade deal resume').includes('insideBody'));
  });

  test('next to a kicker or subtitle, the headline the page repeats close by wins', () => {
    const t = 'Béton et mémoire ouvrière';
    const kicker = 'Chantier pour une ville plus verte';
    const text = [kicker, t, 'par Jean Martin, 21 juin 2018', t, BODY].join('\n');
    assert.equal(meta(text, 'fr').title?.value, t);
  });

  test('embedded posts, share bars and agency-credited captions are no headlines', () => {
    const tweet = '#Clima | Nuevo récord de lluvias';
    assert.ok(why([tweet, BODY].join('\n'), tweet).includes('hashtag'));
    const share = 'Compartir en Facebook Compartir en Twitter';
    assert.ok(why([share, BODY].join('\n'), share).includes('uiPhrase'));
    const cap = 'Un grupo de turistas, en la costa el mes pasado. EFE';
    assert.ok(why([cap, BODY].join('\n'), cap).includes('creditEnd'));
  });
});
