import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020';
import fc from 'fast-check';
import {
  checkSidecarPattern,
  detectEol,
  isSidecarName,
  resolveSourcePath,
  sha256Hex,
  sidecarPathFor,
  toJsonSchema,
} from '../../../src/sidecar/index';

suite('sidecar/sha256', () => {
  test('known vectors', () => {
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(
      sha256Hex('abc'),
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    assert.equal(
      sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  test('agrees with node:crypto on bytes and UTF-8 strings of every padding length', () => {
    for (let n = 0; n < 200; n++) {
      const s = 'é😀ж\r\n'.repeat(n).slice(0, n);
      assert.equal(
        sha256Hex(s),
        createHash('sha256').update(s, 'utf8').digest('hex'),
        `length ${n}`,
      );
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 255);
      assert.equal(sha256Hex(bytes), createHash('sha256').update(bytes).digest('hex'));
    }
  });
});

suite('sidecar/path', () => {
  test('default and custom patterns', () => {
    assert.equal(sidecarPathFor('news/000.txt'), 'news/000.txt.scrapemark.yaml');
    assert.equal(
      sidecarPathFor('C:\\news\\a.b.txt', '{stem}.{ext}.ann.yaml'),
      'C:\\news\\a.b.txt.ann.yaml',
    );
    assert.equal(sidecarPathFor('a', '{name}.yml'), 'a.yml');
    assert.ok(isSidecarName('x/000.txt.scrapemark.yaml'));
    assert.ok(!isSidecarName('x/000.txt'));
  });

  test('patterns that would leave the folder or lose the name are refused', () => {
    assert.match(checkSidecarPattern('../{name}.yaml')!, /no folders/);
    assert.match(checkSidecarPattern('.ann/{name}.yaml')!, /no folders/);
    assert.match(checkSidecarPattern('fixed.yaml')!, /\{name\}/);
    assert.match(checkSidecarPattern('{name}.{what}.yaml')!, /unknown placeholder/);
    assert.match(checkSidecarPattern('{name}.json')!, /\.yaml/);
    assert.throws(() => sidecarPathFor('a.txt', 'x.yaml'));
  });

  test('source.path resolves inside the sidecar folder only', () => {
    assert.deepEqual(resolveSourcePath('dir/a.txt.scrapemark.yaml', 'a.txt'), {
      path: 'dir/a.txt',
    });
    for (const bad of ['../a.txt', '/a.txt', 'x/../../a.txt', 'C:/a.txt', 'a\\b']) {
      assert.ok('error' in resolveSourcePath('dir/s.yaml', bad), bad);
    }
  });
});

suite('sidecar/json-schema', () => {
  test('the committed JSON Schema is the one generated from the zod schema (run npm run gen-schema)', () => {
    const committed: unknown = JSON.parse(readFileSync('schemas/scrapemark.schema.json', 'utf8'));
    assert.deepEqual(committed, toJsonSchema());
  });

  test('the JSON Schema accepts what zod accepts and refuses unknown keys, allowing x_ keys', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(toJsonSchema());
    const base = {
      schema: 'scrapemark/1',
      source: {
        path: 'a.txt',
        sha256: 'a'.repeat(64),
        length: 3,
        offset_unit: 'codepoint',
        eol: 'lf',
        bom: false,
      },
      annotations: [
        {
          id: 'm-0123456789',
          kind: 'meta',
          field: 'title',
          value: 'abc',
          target: { start: 0, end: 3, exact: 'abc', prefix: '', suffix: '' },
          by: 'a',
          x_note: 1,
        },
      ],
    };
    assert.ok(validate(base), JSON.stringify(validate.errors));
    assert.ok(!validate({ ...base, colour: 'red' }));
    assert.ok(validate({ ...base, x_colour: 'red' }));
    assert.ok(!validate({ ...base, source: { ...base.source, path: '../a.txt' } }));
  });
});

suite('sidecar/detectEol', () => {
  test('agrees with its definition (CRLF, lone CR, lone LF counted apart) on random texts', () => {
    const byRegex = (text: string) => {
      const kinds = [/\r\n/, /\r(?!\n)/, /(?<!\r)\n/].map((r) => r.test(text));
      const n = kinds.filter(Boolean).length;
      if (n === 0) return 'none';
      if (n > 1) return 'mixed';
      return kinds[0] ? 'crlf' : kinds[1] ? 'cr' : 'lf';
    };
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('a', '\r', '\n', '\r\n', '\n\r', 'xy'), { maxLength: 16 })
          .map((parts) => parts.join('')),
        (text) => assert.equal(detectEol(text), byRegex(text)),
      ),
      { numRuns: 2000 },
    );
  });
});
