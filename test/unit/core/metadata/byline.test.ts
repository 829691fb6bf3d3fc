import * as assert from 'node:assert/strict';
import { namesAt } from '../../../../src/core/metadata/byline';
import { BODY, meta } from './helpers';

const TITLE = 'Talks on the new trade deal resume in Geneva';

function author(...header: string[]): string | undefined {
  return meta([TITLE, ...header, BODY].join('\n'), 'und').author?.value;
}

suite('core/metadata author', () => {
  test('"By" prefix, several names joined with ", "', () => {
    assert.equal(
      author('By Samya Kullab and Vasilisa Stepanenko The Associated Press', '24.05.2026 10:05'),
      'Samya Kullab, Vasilisa Stepanenko',
    );
  });
  test('German "Von" with "und", date on the same line', () => {
    assert.equal(
      author('Von Christian Unger, Tobias Köberlein und Laura Wagener 09.09.2025, 14:55 Uhr'),
      'Christian Unger, Tobias Köberlein, Laura Wagener',
    );
  });
  test('"Автор:" and "Par" prefixes', () => {
    assert.equal(author('Автор: Андрей Колесников', '14.05.2025, 20:28'), 'Андрей Колесников');
    assert.equal(
      author('Par David Mouriquand', 'Publié le 06/01/2026 - 14:16'),
      'David Mouriquand',
    );
  });
  test('a menu label "By Cuisine:" is not a byline, the author line further down is', () => {
    const menu = [
      '  • By Cuisine:',
      '  • Italian',
      '  • Mexican',
      '  • Thai',
      '  • Greek',
      'Recipes',
    ];
    const page = [...menu, TITLE, BODY, 'Author: Mimi'].join('\n');
    assert.equal(meta(page, 'en').author?.value, 'Mimi');
  });
  test('a photo note glued after the name ends it ("von Petra Symbolbild imago")', () => {
    assert.equal(namesAt('Petra Symbolbild imago')?.join(', '), 'Petra');
  });
  test('particles stay in the name, roles and UI words end it', () => {
    assert.equal(author('By Jose de la Cruz', '12.03.2024'), 'Jose de la Cruz');
    assert.equal(
      author('Amy Gibbons Political Correspondent', '16 September 2024 9:33pm'),
      'Amy Gibbons',
    );
    assert.equal(author('By Alejandro Villamor Last updated Nov 8, 2023'), 'Alejandro Villamor');
  });
  test('an "Author" label line with the value on the next line', () => {
    assert.equal(
      author('Author of the article:', 'Joseph Brean', 'Published Aug 28, 2024'),
      'Joseph Brean',
    );
  });
  test('a name written on the date line', () => {
    assert.equal(
      author('23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen'),
      'Markus Reuter',
    );
    assert.equal(author('12/04/2020 by Kay 24 Comments'), 'Kay');
  });
  test('a bare name line next to the date', () => {
    assert.equal(author('Chuck Ross', 'April 28, 2023'), 'Chuck Ross');
  });
  test('no byline: no author (a capitalised phrase alone is not enough)', () => {
    assert.equal(author('Share', '12.03.2024 10:15'), undefined);
  });
  test('namesAt stops at a month name and a glued social link', () => {
    assert.deepEqual(namesAt('Cristina Laila Apr. 28, 2023'), ['Cristina Laila']);
    assert.deepEqual(namesAt('Sarah LazareTwitter'), ['Sarah Lazare']);
  });
});
