import * as assert from 'node:assert/strict';
import { detectLanguage } from '../../../src/core/language';
import { LANGUAGE_PROBE_CHARS } from '../../../src/core/languageSample';

suite('core/language', () => {
  const cases: [string, string][] = [
    ['en', 'The minister said that the talks with the alliance had been useful and would go on.'],
    ['ru', 'Министр заявил, что переговоры с альянсом были полезными и будут продолжены.'],
    ['uk', 'Міністр заявив, що переговори з альянсом були корисними і будуть продовжені.'],
    ['pl', 'Minister powiedział, że rozmowy z sojuszem były przydatne i będą kontynuowane.'],
    ['el', 'Ο υπουργός δήλωσε ότι οι συνομιλίες με τη συμμαχία ήταν χρήσιμες και θα συνεχιστούν.'],
    [
      'de',
      'Der Minister sagte, dass die Gespräche mit dem Bündnis nützlich gewesen seien und weitergehen.',
    ],
    [
      'it',
      'Il ministro ha detto che i colloqui con l’alleanza sono stati utili e che continueranno.',
    ],
    [
      'nl',
      'De minister zei dat de gesprekken met het bondgenootschap nuttig waren geweest en dat ze zouden worden voortgezet.',
    ],
    [
      'sv',
      'Ministern sade att samtalen med alliansen hade varit användbara och att de skulle fortsätta efter sommaren.',
    ],
    [
      'da',
      'Ministeren sagde, at samtalerne med alliancen havde været nyttige, og at de ville fortsætte efter sommeren.',
    ],
    [
      'no',
      'Ministeren sa at samtalene med alliansen hadde vært nyttige, og at de ville fortsette etter sommeren.',
    ],
  ];
  for (const [lang, text] of cases) {
    test(`detects ${lang}`, () => assert.equal(detectLanguage(text), lang));
  }

  test('too little text is undetermined', () => {
    assert.equal(detectLanguage('12:30 • 4325'), 'und');
    assert.equal(detectLanguage(''), 'und');
  });

  test('Russian chrome around an English article reads as English', () => {
    const article =
      'The minister said that the talks with the alliance had been useful and would go on. '.repeat(
        5,
      );
    assert.equal(detectLanguage(`Войти\nПОДПИСКА НА НОВОСТИ\n${article}\nСтраны\nПроекты`), 'en');
  });

  test('a sample that opens in Cyrillic but is mostly English is English (tokens read again)', () => {
    const en =
      'The minister said that the talks with the alliance had been useful and would go on. ';
    const ru = 'Министр заявил, что переговоры с альянсом были полезными. ';
    assert.ok(ru.repeat(15).length > LANGUAGE_PROBE_CHARS);
    assert.equal(detectLanguage(ru.repeat(15) + en.repeat(40)), 'en');
    assert.equal(detectLanguage(ru.repeat(15) + en.repeat(4)), 'ru');
  });

  test('a unit that lowers differently in context (İ) does not change the Latin tally', () => {
    const de = 'Der Minister sagte, dass die Gespräche mit dem Bündnis nützlich gewesen seien. ';
    assert.equal(detectLanguage(`İSTANBUL ${de}`), 'de');
  });

  test('Latin text in a language without a list is undetermined, not the list it grazes', () => {
    const others = [
      // tr, hu, fi, ro: each shares a few short words with one of the lists
      'Ege Denizi’nde merkez üssü İzmir olan deprem meydana geldi. Binalar yıkıldı, kurtarma ekipleri bölgeye ulaştı ve çalışmalar gece boyunca sürdü.',
      'Száz évvel ezelőtt az első világháborút lezáró békerendszer részeként a világtörténelemben is példa nélküli döntés született a magyar határokról.',
      'Ministeri sanoi, että neuvottelut liittouman kanssa olivat olleet hyödyllisiä ja että niitä jatketaan kesän jälkeen.',
      'Ministrul a spus că discuțiile cu alianța au fost utile și că vor continua după vară, potrivit unui comunicat.',
    ];
    for (const text of others) assert.equal(detectLanguage(text.repeat(3)), 'und', text);
  });

  test('Danish is Danish, not the English list that holds "at", "til", "af" and "om"', () => {
    const da =
      'Hun voksede op i Aarhus, og hun har altid været nysgerrig på det fremmede. Det er udgangspunktet for hendes nye restaurant, som hun driver sammen med sin mand. ';
    assert.equal(detectLanguage(`Jump to main content\nLog ind\n${da.repeat(4)}`), 'da');
  });

  test('an article in another script with a Latin menu is undetermined, not English', () => {
    const menu = 'Home\nNews\nSports\nWeather\nSubscribe to our newsletter\nAbout us\n';
    const ar =
      'قالت الحكومة إن المحادثات مع الحلفاء كانت مفيدة وستستمر في الأسابيع المقبلة. '.repeat(6);
    assert.equal(detectLanguage(menu + ar), 'und');
  });

  test('letters of a script without a list (Devanagari, Japanese) outweigh an English menu', () => {
    const menu = 'Read more about the market and the economy in our newsletter. '.repeat(3);
    const hi = 'सरकार ने कहा कि सहयोगियों के साथ बातचीत उपयोगी रही और अगले सप्ताह जारी रहेगी। '.repeat(3);
    const ja = '政府は同盟国との協議が有益だったと述べ、来週も続けると発表した。'.repeat(5);
    assert.equal(detectLanguage(menu + hi), 'und');
    assert.equal(detectLanguage(menu + ja), 'und');
  });

  test('Czech, whose list words are rare in running text, is still Czech', () => {
    const cs =
      'Ministr řekl, že jednání se spojenci byla užitečná a budou pokračovat příští týden v Praze. ';
    assert.equal(detectLanguage(cs.repeat(4)), 'cs');
  });
});
