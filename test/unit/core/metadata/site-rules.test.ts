import * as assert from 'node:assert/strict';
import { BODY, meta, PROSE } from './helpers';

const TITLE = 'Talks on the new trade deal resume in Geneva';

suite('core/metadata site rules', () => {
  test('a logo spelling mixing scripts ("Vечер.ru") is not a domain', () => {
    const url = 'http://www.vecher.ru/articles/2011/11/25/1012905.shtml';
    const teasers = ['24 октября', '19 октября', '17 ноября'].map(
      (d) => `Vечер.ru, Наука, ${d} 2011`,
    );
    const m = meta([TITLE, BODY, url, ...teasers].join('\n'), 'ru');
    assert.equal(m.site?.value, 'vecher.ru');
  });

  test('the outlet a story was taken from ("По материалам: x.ua") is not the site', () => {
    const m = meta(
      [
        TITLE,
        BODY,
        'По материалам: kanal5.ua',
        `Перепечатка разрешена со ссылкой на vestimira.com. ${PROSE}`,
      ].join('\n'),
      'ru',
    );
    assert.equal(m.site?.value, 'vestimira.com');
  });

  test('a domain glued to the next link text by a capital counts; a longer word does not', () => {
    assert.equal(
      meta(['NOVA.ruСпортДеньгиКино', TITLE, BODY].join('\n'), 'ru').site?.value,
      'NOVA.ru',
    );
    assert.equal(meta([TITLE, BODY, 'Visit our site.company page'].join('\n')).site, undefined);
  });

  test("a list of a group's editions counts as one mention", () => {
    const editions = ['de', 'fr', 'sp', 'pe', 'jp'].map((e) => `  • ${e}.novan.ru`);
    const m = meta(
      ['Header', 'The nova.ru team', TITLE, BODY, ...editions, '  • Blog nova.ru'].join('\n'),
    );
    assert.equal(m.site?.value, 'nova.ru');
  });

  test('a domain whose brand the copyright notice names wins', () => {
    const m = meta(
      [
        TITLE,
        BODY,
        '  • Online: http://www.health.state.xy.us/programs/report.shtml',
        'Read more about the commenting system on LakeHerald.com.',
        'Copyright 2012 Lake Herald Media Co. All rights reserved',
      ].join('\n'),
    );
    assert.equal(m.site?.value, 'LakeHerald.com');
  });

  test('a copyright holder written all over the page beats a domain named in passing', () => {
    const lines = [
      '  • Advertise On The Harbor Gazette',
      '  • Send Tips to The Harbor Gazette',
      TITLE,
      BODY,
      'Visit HarborSports.com to read the sports news of the week.',
      'Please consider supporting the work of The Harbor Gazette.',
      'More from The Harbor Gazette',
      '© 2023 The Harbor Gazette',
    ];
    assert.equal(meta(lines.join('\n')).site?.value, 'The Harbor Gazette');
    // a parent company named only in the notices does not
    const parent = [
      TITLE,
      BODY,
      'New on KXYZ.com',
      '© 1998 - 2023 Stellar Media Inc.',
      '© Stellar',
    ];
    assert.equal(meta(parent.join('\n')).site?.value, 'KXYZ.com');
  });

  test("the page's last copyright notice names it, not a wire credit above", () => {
    const m = meta(
      [
        TITLE,
        BODY,
        '© 2026 The Wire Service',
        'More',
        '©2026 Valley News. All rights reserved.',
      ].join('\n'),
    );
    assert.equal(m.site?.value, 'Valley News');
  });

  test('a company notice gives way to "The" + its name when the page writes that', () => {
    const lines = [TITLE, BODY, 'More from The Courier', '  • Work at The Courier'];
    const m = meta([...lines, '© Courier Media Group Limited 2024'].join('\n'));
    assert.equal(m.site?.value, 'The Courier');
    assert.equal(m.site.rule, 'site-copyright');
    const once = meta(
      [TITLE, BODY, 'More from The Courier', '© Courier Media Group Limited 2024'].join('\n'),
    );
    assert.equal(once.site?.value, 'Courier');
  });

  test("the spelling on the site's own line wins over the one in menus", () => {
    const menus = ['on.gr » Υγεία » Γυναίκα', 'on.gr — twitter', 'Πηγή on.gr'];
    const m = meta([TITLE, BODY, ...menus, 'health.on.gr'].join('\n'), 'el');
    assert.equal(m.site?.value, 'health.on.gr');
  });

  test('a social handle written as a domain ("@Tram.co.uk") is a mention', () => {
    const m = meta([TITLE, BODY, 'Stay in touch TramUK @TramUK @Tram.co.uk'].join('\n'));
    assert.equal(m.site?.value, 'Tram.co.uk');
  });

  test('mail addresses and image files do not choose the spelling of the site', () => {
    const m = meta(
      [
        'https://cdn1.img.orbitnews.com/img/1044423427.jpg',
        'https://cdn2.img.orbitnews.com/i/logo.png',
        TITLE,
        BODY,
        'Do you have a profile on arabic.orbitnews.com?',
        'https://arabic.orbitnews.com/arab_world/20200317/',
        'Write to moderator.arabic@orbitnews.com',
        'or to help.arabic@orbitnews.com',
      ].join('\n'),
    );
    assert.equal(m.site?.value, 'arabic.orbitnews.com');
  });

  test('a longer phrase counts for the name it starts with ("The Republic Weekly")', () => {
    const lines = [
      'The Republic',
      TITLE,
      BODY,
      'The Republic Weekly',
      'More from The Republic',
      'The Republic',
    ];
    assert.equal(meta(lines.join('\n')).site?.value, 'The Republic');
  });

  test('partner-site labels of a teaser box are not logo lines', () => {
    const box = [
      'Ajánlott cikkek',
      'tavasz.hu',
      'Irány a Balaton!',
      'napihir.hu',
      'Új szabályok jönnek',
      'napihir.hu',
    ];
    const m = meta(
      [TITLE, BODY, ...box, 'A Sutikonyv kiadója a Példa Kiadó Zrt. ©', '  • Sutikonyv.hu'].join(
        '\n',
      ),
      'hu',
    );
    assert.equal(m.site?.value, 'Sutikonyv.hu');
  });
});
