/**
 * The CLI's native SHA-256 (node:crypto) gives exactly the digests of the portable implementation
 * the browser uses (src/sidecar/sha256.ts): strings with any code points (lone surrogates
 * included), raw bytes, lengths around the 64-byte block boundaries.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { nativeSha256, useNativeSha256 } from '../../../src/cli/parallel-hash';
import { setSha256Hasher, sha256Hex, sha256Portable } from '../../../src/sidecar/index';
import { RUNS } from '../sidecar/gen';

suite('cli/native sha256', function () {
  this.timeout(30_000 + RUNS * 100);
  test('known vectors', () => {
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    assert.equal(nativeSha256('abc'), abc);
    assert.equal(sha256Portable('abc'), abc);
    assert.equal(nativeSha256(new Uint8Array()), sha256Portable(''));
  });

  test('same digests as the portable implementation (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.uint8Array({ maxLength: 300 }),
        ),
        (data) => assert.equal(nativeSha256(data), sha256Portable(data)),
      ),
      { numRuns: RUNS * 20 },
    );
    for (let n = 50; n < 140; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 255);
      assert.equal(nativeSha256(bytes), sha256Portable(bytes), `${n} bytes`);
    }
  });

  test('useNativeSha256 switches the sidecar code over; undefined restores the portable one', () => {
    try {
      useNativeSha256();
      assert.equal(sha256Hex('\ud800x😀'), sha256Portable('\ud800x😀'));
    } finally {
      setSha256Hasher(undefined);
    }
    assert.equal(sha256Hex('abc'), sha256Portable('abc'));
  });
});
