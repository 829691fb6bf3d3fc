import * as assert from 'node:assert/strict';
import { REPEAT_KEY_MAX_CHARS } from '../../../../src/core/boilerplate/constants';
import { buildCorpusStats } from '../../../../src/core/corpus';

suite('core/corpus', () => {
  test('counts distinct documents per normalised line', () => {
    const stats = buildCorpusStats([
      'Log In\nLog In\nWorld 11:01',
      'log in!\nWorld 10:16',
      'Other',
    ]);
    assert.equal(stats.documents, 3);
    assert.equal(stats.lineDocumentCounts.get('log in'), 2);
    assert.equal(stats.lineDocumentCounts.get('world 00 00'), 2);
    assert.equal(stats.lineDocumentCounts.get('other'), 1);
  });

  test('long lines are not counted (templates are short)', () => {
    const long = 'word '.repeat(REPEAT_KEY_MAX_CHARS / 4);
    const stats = buildCorpusStats([long, long, long]);
    assert.equal(stats.lineDocumentCounts.size, 0);
  });
});
