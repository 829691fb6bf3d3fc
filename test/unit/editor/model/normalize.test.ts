import * as assert from 'node:assert/strict';
import { normaliseMetadataValue } from '../../../../src/editor/model/normalize';

const REF = new Date(2026, 5, 1); // 1 June 2026

suite('editor/model/normalize', () => {
  test('a numeric date with a time becomes ISO 8601', () => {
    assert.deepEqual(normaliseMetadataValue('published', '13.01.2025 09:28', 'en', REF), {
      value: '2025-01-13T09:28',
    });
  });

  test('a date without a year gets the latest year not after the reference, marked inferred', () => {
    const r = normaliseMetadataValue('published', '5 March', 'en', REF);
    assert.deepEqual(r, { value: '2026-03-05', inferred: true });
  });

  test('bylines lose their lead-in and trailing punctuation', () => {
    assert.equal(normaliseMetadataValue('author', 'By  Jane Doe,', 'en', REF).value, 'Jane Doe');
    assert.equal(
      normaliseMetadataValue('author', 'Автор: Іван Петренко', 'uk', REF).value,
      'Іван Петренко',
    );
  });

  test('other fields only collapse whitespace; unparseable dates are kept as typed', () => {
    assert.equal(normaliseMetadataValue('agency', ' TASS\n', 'en', REF).value, 'TASS');
    assert.equal(normaliseMetadataValue('published', 'someday', 'en', REF).value, 'someday');
  });
});
