import * as assert from 'node:assert/strict';
import { classifyLines } from '../../../../src/core/boilerplate/index';
import { pageNoticeIn } from '../../../../src/core/boilerplate/notices';
import { loadWords } from '../../../../src/core/boilerplate/normwords';
import { normalizeLine } from '../../../../src/core/boilerplate/normalize';

const P =
  'The health ministry said on Monday that the new hospital in the city would open in the spring, ' +
  'after builders had worked in three shifts to make up for the delays of the last year.';
const Q =
  'Doctors at the old hospital, which was built more than a century ago, said they welcomed the ' +
  'move but warned that the number of nurses had not grown with the number of beds.';
const R =
  'The regional government has promised to hire two hundred nurses before the end of the year, ' +
  'and the first of them are expected to start work at the new hospital in the autumn.';

const S =
  'Patients will be moved to the new building over two weekends, the ministry said, and the old ' +
  'one will be turned into a centre for the care of the elderly within the next three years.';

const noticeOf = (line: string) => pageNoticeIn(loadWords(normalizeLine(line)));

suite('core/boilerplate page notices', () => {
  test('newsletter prompts, advertisement placeholders, disclosures and paywall notes, in several languages', () => {
    assert.equal(noticeOf('Sign up to the daily Crime newsletter.'), 'share');
    assert.equal(noticeOf('Get daily news delivered to your inbox.'), 'share');
    assert.equal(noticeOf('Mit meiner Anmeldung zum Newsletter stimme ich zu.'), 'share');
    assert.equal(noticeOf('Подпишитесь на рассылку новостей.'), 'share');
    assert.equal(
      noticeOf('This advertisement has not loaded yet, but your article continues below.'),
      'navigation',
    );
    assert.equal(noticeOf('Dalsza część artykułu pod materiałem wideo'), 'navigation');
    assert.equal(noticeOf('View this post on Instagram'), 'navigation');
    assert.equal(
      noticeOf('An dieser Stelle findest du einen externen Inhalt von YouTube.'),
      'navigation',
    );
    assert.equal(noticeOf('Join our WhatsApp community today!'), 'share');
    assert.equal(noticeOf('This post may contain affiliate links.'), 'legal');
    assert.equal(noticeOf('Invalid Email'), 'share');
    assert.equal(noticeOf('Increase article font size'), 'share');
    assert.equal(noticeOf('SCROLL TO CONTINUE WITH CONTENT'), 'navigation');
    assert.equal(noticeOf('YouTube-Inhalte erlauben'), 'navigation');
    assert.equal(
      noticeOf('Advertising disclosure: We may receive compensation for some of the links.'),
      'legal',
    );
    assert.equal(noticeOf('Tu suscripción se está usando en otro dispositivo'), 'account');
    assert.equal(
      noticeOf('This is a preview of subscription content, log in to check access.'),
      'account',
    );
    assert.equal(noticeOf('You have full access to this article via your institution.'), 'account');
    assert.equal(
      noticeOf('To send a link to this page to a friend, simply enter their email address below.'),
      'share',
    );
    assert.equal(noticeOf('To comment on this story you must be logged in.'), 'account');
    assert.equal(noticeOf('Il vous reste 57% de cet article à lire.'), 'account');
    assert.equal(
      noticeOf('Find your bookmarks in your Premium section, under my profile'),
      'account',
    );
    assert.equal(noticeOf('Dieser Artikel wurde im Original veröffentlicht auf Englisch'), 'share');
    assert.equal(noticeOf('This story was originally published at example.com.'), 'share');
    assert.equal(
      noticeOf('Welcome to our new article page. Tell us what you think by taking this survey.'),
      'share',
    );
    assert.equal(noticeOf('The survey found that most nurses work overtime.'), undefined);
    assert.equal(noticeOf('Media playback is unsupported on your device'), 'navigation');
    assert.equal(noticeOf('Спасибо! Ваше мнение учтено.'), 'navigation');
    assert.equal(
      noticeOf('Den Link zum Einbetten des Videos kopieren Link kopiert!'),
      'navigation',
    );
    assert.equal(noticeOf('This post originally appeared on Grist.'), 'share');
    assert.equal(noticeOf('Sign up to FREE email alerts from Mirror - football'), 'share');
    assert.equal(noticeOf("Subscribe today to support Salon's progressive journalism"), 'share');
    assert.equal(noticeOf("Why you're seeing this ad"), 'navigation');
    assert.equal(noticeOf('The video will start in 8Cancel'), 'navigation');
    assert.equal(noticeOf('Embed this Tweet'), 'navigation');
    assert.equal(noticeOf('Votre message a été envoyé!'), 'account');
    assert.equal(
      noticeOf(
        'To find out more about Facebook commenting please read the Conversation Guidelines',
      ),
      'account',
    );
    assert.equal(noticeOf('These are external links and will open in a new window'), 'navigation');
    assert.equal(noticeOf('The minister said the story would continue next week.'), undefined);
  });

  test('a notice between the paragraphs leaves the body and keeps the article in one piece', () => {
    const notice = 'Want more health stories in your inbox? Subscribe to our weekly newsletter.';
    const text = ['Hospital to open in spring', '', P, '', notice, '', Q, '', R, '', S].join('\n');
    const lines = classifyLines(text, { language: 'en' });
    const byText = new Map(lines.map((l) => [text.slice(l.span.start, l.span.end), l]));
    assert.equal(byText.get(notice)!.label, 'boilerplate');
    assert.equal(byText.get(notice)!.kind, 'share');
    for (const p of [P, Q, R, S]) assert.equal(byText.get(p)!.label, 'body');
    assert.equal(byText.get('Hospital to open in spring')!.kind, 'title');
  });

  test('a placeholder line is never the title', () => {
    const text = ['Story continues below', '', P, '', Q, '', R].join('\n');
    const first = classifyLines(text, { language: 'en' })[0]!;
    assert.equal(first.label, 'boilerplate');
    assert.notEqual(first.kind, 'title');
  });

  test('a long paragraph about a newsletter is a paragraph', () => {
    const long =
      'The ministry said on Monday that its weekly newsletter for doctors, which had been sent to ' +
      'more than forty thousand practices since the spring, would from now on also carry the ' +
      'waiting times of every hospital in the region, so that patients and their doctors could ' +
      'compare them before they choose where to go.';
    const text = [P, '', long, '', Q, '', R].join('\n');
    const lines = classifyLines(text, { language: 'en' });
    assert.deepEqual(
      lines.map((l) => l.label),
      ['body', 'body', 'body', 'body'],
    );
  });

  test('under a paywall\'s "the rest is for subscribers" the page shows no more of the article', () => {
    const modal = [
      'Vous pouvez lire Le Monde sur un seul appareil à la fois.',
      'Parce qu’une autre personne (ou vous) est en train de lire Le Monde avec ce compte sur un autre appareil.',
    ];
    const page = (paywall: string) =>
      classifyLines(['Article réservé aux abonnés', P, Q, R, paywall, S, ...modal].join('\n'), {
        language: 'en',
      }).map((l) => l.label);
    const cut = page(
      'Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.',
    );
    assert.deepEqual(cut.slice(1, 5), ['body', 'body', 'body', 'boilerplate']);
    assert.deepEqual(cut.slice(5), ['boilerplate', 'boilerplate', 'boilerplate']);
    // Another notice (an advertisement placeholder) does not end the article.
    const newsletter = page(
      'This advertisement has not loaded yet, but your article continues below.',
    );
    assert.equal(newsletter[5], 'body');
  });
});
