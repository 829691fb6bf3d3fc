import * as assert from 'node:assert/strict';
import { PhraseIndex } from '../../../../src/core/boilerplate/phraseIndex';
import { hasLegalPhrase, matchPhrase } from '../../../../src/core/boilerplate/phrases';
import { endsWithTeaserMarker } from '../../../../src/core/boilerplate/teaser';
import { normalizeLine } from '../../../../src/core/boilerplate/normalize';

const n = normalizeLine;

suite('core/boilerplate/phrases', () => {
  test('a phrase matches at word boundaries and reports its coverage', () => {
    assert.deepEqual(matchPhrase(n('Similar news')), { kind: 'related', coverage: 1 });
    assert.equal(matchPhrase(n('Sharepoint tips')), undefined);
    const m = matchPhrase(n('Share this story'));
    assert.equal(m?.kind, 'share');
  });

  test('a box of another section\'s stories is related: "Latest from …", "More features"', () => {
    const latest = matchPhrase(n('Latest From Sky Sports'));
    assert.equal(latest?.kind, 'related');
    assert.ok(latest.coverage >= 0.5, `coverage ${latest.coverage}`);
    assert.ok(matchPhrase(n('MORE FEATURES'))!.coverage >= 0.5);
    assert.deepEqual(matchPhrase(n('Sharing is caring!')), { kind: 'share', coverage: 1 });
    const scholar = matchPhrase(n('Search author on: PubMed  Google Scholar'));
    assert.equal(scholar?.kind, 'navigation');
    assert.ok(scholar.coverage >= 0.5);
    for (const heading of ['Lo más leído', 'Les plus lus', 'i più letti', 'Meistgelesen'])
      assert.deepEqual(matchPhrase(n(heading)), { kind: 'related', coverage: 1 }, heading);
  });

  test('several languages are in the lists', () => {
    assert.equal(matchPhrase(n('Читайте также'))?.kind, 'related');
    assert.equal(matchPhrase(n('Zobacz także'))?.kind, 'related');
    assert.equal(matchPhrase(n('Διαβάστε επίσης'))?.kind, 'related');
    assert.equal(matchPhrase(n('Войти'))?.kind, 'account');
    assert.deepEqual(matchPhrase(n('S’inscrire gratuitement')), { kind: 'account', coverage: 1 });
    assert.equal(matchPhrase(n('Komentarze'))?.kind, 'comments');
  });

  test('subscriber-only notices are account furniture covering most of the line', () => {
    for (const notice of [
      'Article réservé aux abonnés',
      'Esta funcionalidad es sólo para suscriptores',
      'THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY',
      'Nur für Abonnenten',
      'Только для подписчиков',
      'Already have an account? Log in',
      'Vous possédez déjà un compte ?',
    ]) {
      const m = matchPhrase(n(notice));
      assert.equal(m?.kind, 'account', notice);
      assert.ok(m.coverage >= 0.5, `${notice}: ${m.coverage}`);
    }
  });

  test('font-size controls are navigation in several languages', () => {
    for (const line of [
      'Decrease font size',
      'Увеличить шрифт',
      'Μέγεθος γραμματοσειράς',
      'Schriftgröße',
    ]) {
      assert.equal(matchPhrase(n(line))?.kind, 'navigation', line);
    }
  });

  test('prefix entries match word prefixes', () => {
    const index = new PhraseIndex([['account', ['subscri*']]]);
    assert.equal(index.any(n('Subscription offers')), true);
    assert.equal(index.any(n('sub scribe')), false);
  });

  test('legal notices: © or a phrase anywhere in the line', () => {
    assert.equal(hasLegalPhrase('© 2012 Example', n('© 2012 Example')), true);
    const cookies = 'Цей сайт використовує Cookies.';
    assert.equal(hasLegalPhrase(cookies, n(cookies)), true);
    const plain = 'The minister said the talks went well.';
    assert.equal(hasLegalPhrase(plain, n(plain)), false);
    // Reuse terms under an article: reproduction and how to cite it.
    for (const line of [
      'Not to be reproduced without permission of Example Medical News',
      'Please use one of the following formats to cite this article in your essay, paper or report:',
    ])
      assert.equal(hasLegalPhrase(line, n(line)), true, line);
  });

  test('"read more" at the end of a line marks a teaser', () => {
    assert.equal(endsWithTeaserMarker('Thousands marched in London… Читати більше', 60), true);
    assert.equal(endsWithTeaserMarker('Read more about it in our archive today', 60), false);
  });

  test('a marker word that ends the sentence in lower case is prose, not a teaser', () => {
    assert.equal(endsWithTeaserMarker('The two findings were causally related.', 60), false);
    assert.equal(endsWithTeaserMarker('Pacjent musi płacić za leki więcej.', 60), false);
    assert.equal(endsWithTeaserMarker('The council met on Monday Read more', 60), true);
    assert.equal(endsWithTeaserMarker('Врачи осваивают оборудование... Подробнее »', 60), true);
  });
});
