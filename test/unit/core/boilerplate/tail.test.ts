import * as assert from 'node:assert/strict';
import { classifyLines } from '../../../../src/core/boilerplate/index';
import { isTailNotice } from '../../../../src/core/boilerplate/tail';

const P =
  'The health ministry said on Monday that the new hospital in the city would open in the spring, ' +
  'after builders had worked in three shifts to make up for the delays of the last year.';

suite('core/boilerplate tail notices', () => {
  test('calls to action and print notes are closing notices, in several languages', () => {
    assert.equal(isTailNotice('If you have information to add, click here.'), true);
    assert.equal(isTailNotice('A version of this article appeared in print on January 12.'), true);
    assert.equal(isTailNotice('Подписывайтесь на наш канал в Telegram.'), true);
    assert.equal(isTailNotice('Следи за нами на Facebook и Вконтакте.'), true);
    assert.equal(isTailNotice('This entry was posted on Monday and is filed under News.'), true);
    assert.equal(isTailNotice('Więcej wiadomości w serwisie Religia'), true);
    assert.equal(
      isTailNotice('Welcome to our new page. Tell us what you think in a survey.'),
      true,
    );
    assert.equal(
      isTailNotice('Вы можете комментировать материалы газеты, зарегистрировавшись.'),
      true,
    );
    assert.equal(isTailNotice('To comment on this story, you must be logged in.'), true);
    assert.equal(isTailNotice('Try Premium for free by clicking here for no ads.'), true);
    assert.equal(isTailNotice('The minister said he would follow the advice of doctors.'), false);
  });

  test("the author's box under the article is furniture, heading, name and bio", () => {
    for (const heading of ['About the author', 'Über die Autor:in', 'Sobre la firma']) {
      const text = [
        P,
        P.replace('Monday', 'Friday'),
        P.replace('Monday', 'Sunday'),
        heading,
        'Carla Siepmann',
        'Carla writes about the health service and the city for the paper since 2022, and lives in Berlin.',
      ].join('\n');
      const labels = classifyLines(text, { language: 'en' }).map((l) => l.label);
      assert.deepEqual(labels.slice(3), ['boilerplate', 'boilerplate', 'boilerplate'], heading);
      assert.deepEqual(labels.slice(0, 3), ['body', 'body', 'body']);
    }
  });

  test('a closing notice at the end of the body is boilerplate (footer); the same words earlier are not', () => {
    const notice =
      'If you have any questions or comments about this story, please click here to write to us.';
    const text = [
      P,
      notice,
      P.replace('Monday', 'Friday'),
      P.replace('Monday', 'Sunday'),
      notice,
    ].join('\n');
    const lines = classifyLines(text, { language: 'en' });
    assert.deepEqual(
      lines.map((l) => l.label),
      ['body', 'body', 'body', 'body', 'boilerplate'],
    );
    assert.equal(lines[4]!.kind, 'footer');
  });

  test('the body ends at a closing notice: a paragraph under it is boilerplate too', () => {
    const notice = 'If you have information to add to this story, click here.';
    const teaser =
      'The city of a million people officially confirmed its status, the statistics office said on Friday.';
    const text = [P, P.replace('Monday', 'Friday'), notice, teaser].join('\n');
    const lines = classifyLines(text, { language: 'en' });
    assert.deepEqual(
      lines.map((l) => l.label),
      ['body', 'body', 'boilerplate', 'boilerplate'],
    );
    assert.equal(lines[2]!.kind, 'footer');
    // Without the notice, the same paragraph is body.
    const without = classifyLines([P, P.replace('Monday', 'Friday'), teaser].join('\n'), {
      language: 'en',
    });
    assert.equal(without[2]!.label, 'body');
  });
});
