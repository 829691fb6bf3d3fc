import * as assert from 'node:assert/strict';
import { buildDoc, TEXT_COUNT_MAX_CHARS } from '../../../../src/core/metadata/doc';
import { lineFacts } from '../../../../src/core/metadata/features';
import { scoreTitles, TITLE_MAX_CHARS } from '../../../../src/core/metadata/title';
import { BODY, linesOf, meta, PROSE } from './helpers';

const TEASERS = [
  'More news',
  'Parliament approves the budget after a long night of debate',
  'World 11:01',
  'Storm closes schools across the northern region for two days',
  'World 10:16',
  'Central bank leaves its key rate unchanged for the third time',
  'World 09:58',
].join('\n');

suite('core/metadata title', () => {
  test('every headline candidate is short enough for its duplicates to be counted', () => {
    assert.ok(TEXT_COUNT_MAX_CHARS >= TITLE_MAX_CHARS);
  });

  test('the heading above the date and the article text, not the menu or the related list', () => {
    const text = [
      'Home',
      'Politics Economy World Sport Culture',
      '',
      'Talks on the new trade deal resume in Geneva',
      '12.03.2024 10:15',
      PROSE,
      PROSE,
      TEASERS,
    ].join('\n');
    const m = meta(text);
    assert.equal(m.title?.value, 'Talks on the new trade deal resume in Geneva');
    assert.equal(text.slice(m.title.span!.start, m.title.span!.end), m.title.value);
  });

  test('a duplicated headline (site header + article header) is taken as written', () => {
    const t = 'Russia retains modest contacts with NATO';
    const m = meta([t, 'Home page Politics', t, '', BODY].join('\n'));
    assert.equal(m.title?.value, t);
  });

  test('an attribution after a dash stays part of the title', () => {
    for (const t of [
      'NATO refuses to consider our proposals - Lavrov',
      'Відносини між НАТО і Росією зараз на низькому рівні, – Столтенберг',
      'NATO destroys all relations with Russia — MFA',
    ]) {
      assert.equal(meta([t, '', BODY].join('\n'), 'und').title?.value, t);
    }
  });

  test('headline first, then the standfirst: the headline wins', () => {
    const m = meta(
      [
        'Menu',
        'Pubs face fines for loud music',
        'Venues that allow singing and dancing could be fined up to ten thousand pounds under the new rules, ministers said.',
        'By Jane Smith',
        '28 September 2020 19:27',
        PROSE,
        PROSE,
      ].join('\n'),
    );
    assert.equal(m.title?.value, 'Pubs face fines for loud music');
  });

  test('a breadcrumb trail keeps only its last part', () => {
    const m = meta(
      ['Home >> Recipes >> Olive and herb focaccia bread', '12/04/2020 by Kay', BODY].join('\n'),
    );
    assert.equal(m.title?.value, 'Olive and herb focaccia bread');
    assert.equal(m.title?.rule, 'title-heading-trimmed');
  });

  test('a comment-section header that quotes the headline points at it', () => {
    const t = 'JSON parsing: simdjson vs. JSON for Modern C++';
    const m = meta(['Support my work!', t, BODY, `5 thoughts on “${t}”`, 'Anna says:'].join('\n'));
    assert.equal(m.title?.value, t);
  });

  test('a kicker joined with " : " is dropped, except in French typography', () => {
    const line = 'Eintracht Presse : Eintracht Frankfurt stellt Weichen für die Zukunft';
    assert.equal(
      meta([line, '25.08.2015 22:30', BODY].join('\n'), 'de').title?.value,
      'Eintracht Frankfurt stellt Weichen für die Zukunft',
    );
    const fr = '"Just Coup It" : le survêtement de Maduro devient une sensation virale';
    assert.equal(meta([fr, '06/01/2026 - 14:16', BODY].join('\n'), 'fr').title?.value, fr);
  });

  test('short UI lines are not headlines even right above the text', () => {
    // the title shares its words with the text, the UI line only "continue"
    const t = 'Negotiators prepare new tariffs for steel and farm products';
    const m = meta([t, 'Continue reading the main story', BODY].join('\n'));
    assert.equal(m.title?.value, t);
    const text = [t, 'Continue reading the main story', BODY].join('\n');
    const doc = buildDoc(text, linesOf(text), 'en');
    const ui = scoreTitles(doc, lineFacts(doc, 2026), true).find((c) =>
      c.line.bare.startsWith('Continue'),
    );
    assert.ok(ui?.why?.includes('uiPhrase'));
  });

  test('a UI word inside a real headline does not count as a UI line', () => {
    const t = 'Share prices fall on tariff fears';
    const text = [t, '12.03.2024 10:15', BODY].join('\n');
    assert.equal(meta(text).title?.value, t);
    const doc = buildDoc(text, linesOf(text), 'en');
    const c = scoreTitles(doc, lineFacts(doc, 2026), true).find((x) => x.line.bare === t);
    assert.ok(c && !c.why?.includes('uiPhrase'));
  });

  test('only menu rows and prose: no title', () => {
    const other =
      'Officials from both sides are expected to meet again in the spring, although no date has been set, and observers remain cautious about the outcome.';
    assert.equal(meta(['Home', 'Menu', PROSE, other].join('\n')).title, undefined);
  });
});
