import * as assert from 'node:assert/strict';
import { normalizeLine } from '../../../../src/core/boilerplate/normalize';

suite('core/boilerplate/normalize', () => {
  test('lower case, digits → 0, punctuation and symbols → one space', () => {
    assert.equal(normalizeLine('World 11:01'), 'world 00 00');
    assert.equal(normalizeLine('World 10:16'), normalizeLine('World 11:01'));
    assert.equal(normalizeLine('  • «Привет», — МИР!  '), 'привет мир');
    assert.equal(normalizeLine('Monday February 24th, 2025'), 'monday february 00th 0000');
  });

  test('lines of punctuation only normalise to the empty string', () => {
    assert.equal(normalizeLine('— | • …'), '');
  });

  test('Greek and Polish letters are kept', () => {
    assert.equal(normalizeLine('Ζωή, Łódź!'), 'ζωή łódź');
  });
});
