import * as assert from 'node:assert/strict';
import { BODY, meta, PROSE } from './helpers';

const TITLE = 'Talks on the new trade deal resume in Geneva';

suite('core/metadata site rules', () => {
  test('a logo spelling mixing scripts ("Yтро.ru") is not a domain', () => {
    const url = 'http://www.utro.ru/articles/2011/11/25/1012905.shtml';
    const teasers = ['24 октября', '19 октября', '17 ноября'].map(
      (d) => `Yтро.ru, Наука, ${d} 2011`,
    );
    const m = meta([TITLE, BODY, url, ...teasers].join('\n'), 'ru');
    assert.equal(m.site?.value, 'utro.ru');
  });

  test('the outlet a story was taken from ("По материалам: x.ua") is not the site', () => {
    const m = meta(
      [
        TITLE,
        BODY,
        'По материалам: tsn.ua',
        `Перепечатка разрешена со ссылкой на novostimira.com. ${PROSE}`,
      ].join('\n'),
      'ru',
    );
    assert.equal(m.site?.value, 'novostimira.com');
  });

  test('a domain glued to the next link text by a capital counts; a longer word does not', () => {
    assert.equal(meta(['RIA.ruПраймИноСМИ', TITLE, BODY].join('\n'), 'ru').site?.value, 'RIA.ru');
    assert.equal(meta([TITLE, BODY, 'Visit our site.company page'].join('\n')).site, undefined);
  });

  test("a list of a group's editions counts as one mention", () => {
    const editions = ['de', 'fr', 'sp', 'pe', 'jp'].map((e) => `  • ${e}.rian.ru`);
    const m = meta(
      ['Header', 'The ria.ru team', TITLE, BODY, ...editions, '  • Blog ria.ru'].join('\n'),
    );
    assert.equal(m.site?.value, 'ria.ru');
  });

  test('a domain whose brand the copyright notice names wins', () => {
    const m = meta(
      [
        TITLE,
        BODY,
        '  • Online: http://www.dcf.state.fl.us/programs/cbc/report.shtml',
        'Read more about the commenting system on MiamiHerald.com.',
        'Copyright 2012 Miami Herald Media Co. All rights reserved',
      ].join('\n'),
    );
    assert.equal(m.site?.value, 'MiamiHerald.com');
  });

  test('a copyright holder written all over the page beats a domain named in passing', () => {
    const lines = [
      '  • Advertise On The Gateway Pundit',
      '  • Send Tips to The Gateway Pundit',
      TITLE,
      BODY,
      'Visit GatewayHispanic.com to read news of interest to the hispanic community.',
      'Please consider supporting the work of The Gateway Pundit.',
      'More from The Gateway Pundit',
      '© 2023 The Gateway Pundit',
    ];
    assert.equal(meta(lines.join('\n')).site?.value, 'The Gateway Pundit');
    // a parent company named only in the notices does not
    const parent = [
      TITLE,
      BODY,
      'New on WIVB.com',
      '© 1998 - 2023 Nexstar Media Inc.',
      '© Nexstar',
    ];
    assert.equal(meta(parent.join('\n')).site?.value, 'WIVB.com');
  });

  test("the page's last copyright notice names it, not a wire credit above", () => {
    const m = meta(
      [
        TITLE,
        BODY,
        '© 2026 The Canadian Press',
        'More',
        '©2026 Global News. All rights reserved.',
      ].join('\n'),
    );
    assert.equal(m.site?.value, 'Global News');
  });

  test('a company notice gives way to "The" + its name when the page writes that', () => {
    const lines = [TITLE, BODY, 'More from The Telegraph', '  • Work at The Telegraph'];
    const m = meta([...lines, '© Telegraph Media Group Limited 2024'].join('\n'));
    assert.equal(m.site?.value, 'The Telegraph');
    assert.equal(m.site.rule, 'site-copyright');
    const once = meta(
      [TITLE, BODY, 'More from The Telegraph', '© Telegraph Media Group Limited 2024'].join('\n'),
    );
    assert.equal(once.site?.value, 'Telegraph');
  });

  test("the spelling on the site's own line wins over the one in menus", () => {
    const menus = ['in.gr » Υγεία » Γυναίκα', 'in.gr — twitter', 'Πηγή in.gr'];
    const m = meta([TITLE, BODY, ...menus, 'health.in.gr'].join('\n'), 'el');
    assert.equal(m.site?.value, 'health.in.gr');
  });

  test('a social handle written as a domain ("@Metro.co.uk") is a mention', () => {
    const m = meta([TITLE, BODY, 'Stay in touch MetroUK @MetroUK @Metro.co.uk'].join('\n'));
    assert.equal(m.site?.value, 'Metro.co.uk');
  });

  test('mail addresses and image files do not choose the spelling of the site', () => {
    const m = meta(
      [
        'https://cdn1.img.sputniknews.com/img/1044423427.jpg',
        'https://cdn2.img.sputniknews.com/i/logo.png',
        TITLE,
        BODY,
        'Do you have a profile on arabic.sputniknews.com?',
        'https://arabic.sputniknews.com/arab_world/20200317/',
        'Write to moderator.arabic@sputniknews.com',
        'or to help.arabic@sputniknews.com',
      ].join('\n'),
    );
    assert.equal(m.site?.value, 'arabic.sputniknews.com');
  });

  test('a longer phrase counts for the name it starts with ("The Nation Weekly")', () => {
    const lines = [
      'The Nation',
      TITLE,
      BODY,
      'The Nation Weekly',
      'More from The Nation',
      'The Nation',
    ];
    assert.equal(meta(lines.join('\n')).site?.value, 'The Nation');
  });

  test('partner-site labels of a teaser box are not logo lines', () => {
    const box = [
      'Ezek is érdekelhetnek',
      'zaol.hu',
      'Irány Zalakaros!',
      'magyarnemzet.hu',
      'Belefáradtak',
      'magyarnemzet.hu',
    ];
    const m = meta(
      [
        TITLE,
        BODY,
        ...box,
        'A Mindmegette kiadója a Mediaworks Hungary Zrt. ©',
        '  • Mindmegette.hu',
      ].join('\n'),
      'hu',
    );
    assert.equal(m.site?.value, 'Mindmegette.hu');
  });
});
