import * as assert from 'node:assert/strict';
import { registrable } from '../../../../src/core/metadata/site';
import { BODY, meta, PROSE } from './helpers';

const TITLE = 'Talks on the new trade deal resume in Geneva';

suite('core/metadata site', () => {
  test('a domain line is the site, "www." dropped, span on the written name', () => {
    const text = [TITLE, BODY, 'www.anews.az', 'Similar news'].join('\n');
    const m = meta(text);
    assert.equal(m.site?.value, 'anews.az');
    assert.equal(text.slice(m.site.span!.start, m.site.span!.end), 'anews.az');
  });
  test('social networks are never the site; mail and copyright lines count', () => {
    const m = meta(
      [
        TITLE,
        PROSE,
        'Follow us on facebook.com/ournews and twitter.com/ournews',
        'Contact: desk@breakingnews.ie',
        '© BreakingNews.ie 2023',
      ].join('\n'),
    );
    assert.equal(m.site?.value.toLowerCase(), 'breakingnews.ie');
  });
  test('a sentence without a space after the full stop is not a domain', () => {
    assert.equal(meta([TITLE, `${PROSE}It was late.So we left.`].join('\n')).site, undefined);
  });
  test('without any domain, the copyright holder is the site', () => {
    const m = meta([TITLE, BODY, '© 2025 The Citizen. All Rights Reserved.'].join('\n'));
    assert.equal(m.site?.value, 'The Citizen');
    assert.equal(m.site.rule, 'site-copyright');
  });
  test('registrable domains group subdomains', () => {
    assert.equal(registrable('en.ria.ru'), 'ria.ru');
    assert.equal(registrable('www.bbc.co.uk'), 'bbc.co.uk');
  });
});

suite('core/metadata source, dateline, agency, section', () => {
  test('"reported from TASS" and "citing TASS" name the source', () => {
    assert.equal(
      meta(
        [
          TITLE,
          `Russia is not going to attack, a diplomat told Izvestia, reported from TASS. ${PROSE}`,
        ].join('\n'),
      ).source?.value,
      'TASS',
    );
    assert.equal(
      meta([TITLE, PROSE, 'Axar.az reports citing TASS.'].join('\n')).source?.value,
      'TASS',
    );
  });
  test('Ukrainian cue with a quoted outlet name, quotes dropped', () => {
    const m = meta(
      [
        TITLE,
        'Про це заявив генсек НАТО напередодні зустрічі, передає "Європейська правда".',
        PROSE,
      ].join('\n'),
      'uk',
    );
    assert.equal(m.source?.value, 'Європейська правда');
  });
  test('dateline with agency in slashes, in parentheses, or before a dash', () => {
    const a = meta([TITLE, `MOSCOW, December 5. /TASS/. ${PROSE}`].join('\n'));
    assert.deepEqual([a.dateline?.value, a.agency?.value], ['MOSCOW', 'TASS']);
    const b = meta([TITLE, `KATHMANDU, April 25 (Reuters) - ${PROSE}`].join('\n'));
    assert.deepEqual([b.dateline?.value, b.agency?.value], ['KATHMANDU', 'Reuters']);
    const c = meta([TITLE, `Stockholm. December 2. INTERFAX - ${PROSE}`].join('\n'));
    assert.deepEqual([c.dateline?.value, c.agency?.value], ['Stockholm', 'INTERFAX']);
  });
  test('a sentence opening is not a dateline place', () => {
    const m = meta(
      [TITLE, `Як відомо, 18 жовтня Росія оголосила про рішення. ${PROSE}`].join('\n'),
      'uk',
    );
    assert.equal(m.dateline, undefined);
  });
  test('section written before the date on the date line', () => {
    const m = meta([TITLE, 'Russian Politics & Diplomacy December 05, 16:07', BODY].join('\n'));
    assert.equal(m.section?.value, 'Russian Politics & Diplomacy');
  });
  test('language comes from the analysis; "und" is left out', () => {
    assert.equal(meta([TITLE, PROSE].join('\n'), 'de').language?.value, 'de');
    assert.equal(meta([TITLE, PROSE].join('\n'), 'und').language, undefined);
  });
});
