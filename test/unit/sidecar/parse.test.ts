import * as assert from 'node:assert/strict';
import {
  addAnnotation,
  createSidecar,
  MAX_SIDECAR_LENGTH,
  MIGRATIONS,
  parseSidecar,
  serializeSidecar,
  type ParseResult,
} from '../../../src/sidecar/index';

const TEXT = 'Title line\n\n"We will not attack," he said.\n';

function sample(): string {
  let s = createSidecar('doc.txt', TEXT);
  s = addAnnotation(
    s,
    TEXT,
    { kind: 'meta', field: 'title', value: 'Title line', span: { start: 0, end: 10 } },
    { by: 'rule:t@1', status: 'proposed' },
  ).sidecar;
  s = addAnnotation(
    s,
    TEXT,
    {
      kind: 'quote',
      quoteType: 'direct',
      spans: [{ start: 13, end: 30 }],
      speaker: { name: 'He' },
      speakerSpan: { start: 33, end: 35 },
      cueSpan: { start: 36, end: 40 },
    },
    { by: 'alice' },
  ).sidecar;
  return serializeSidecar(s);
}

function errors(r: ParseResult) {
  assert.equal(r.ok, false, 'expected the sidecar to be refused');
  return r.ok ? [] : r.errors;
}

suite('sidecar/parse', () => {
  test('a written sidecar parses back to the same data', () => {
    const text = sample();
    const r = parseSidecar(text);
    assert.ok(r.ok);
    assert.equal(r.sidecar.annotations.length, 2);
    assert.equal(r.sidecar.source.length, [...TEXT].length);
    assert.equal(r.fromVersion, 1);
  });

  test('YAML syntax errors carry the line and column of the fault', () => {
    const text = sample().replace('kind: meta', 'kind: [meta');
    const [e] = errors(parseSidecar(text));
    const line = text.split('\n').findIndex((l) => l.includes('[meta')) + 1;
    assert.ok(e && e.message.startsWith('YAML:'), e?.message);
    assert.ok(e.line >= line, `line ${e.line} at or after ${line}`);
  });

  test('schema errors point at the offending node', () => {
    const text = sample().replace(/start: 13/, 'start: -4');
    const errs = errors(parseSidecar(text));
    const line = text.split('\n').findIndex((l) => l.includes('start: -4')) + 1;
    assert.ok(
      errs.some((e) => e.line === line && e.col === 14 && e.message.includes('start')),
      JSON.stringify(errs),
    );
  });

  test('unknown fields are refused, x_ extension fields are allowed and kept', () => {
    const errs = errors(
      parseSidecar(sample().replace('kind: meta', 'kind: meta\n    colour: red')),
    );
    assert.ok(
      errs.some((e) => e.message.includes("unknown field 'colour'")),
      JSON.stringify(errs),
    );
    const text = sample().replace('kind: meta', 'kind: meta\n    x_colour: "red"');
    const r = parseSidecar(text);
    assert.ok(r.ok);
    assert.equal(
      (r.sidecar.annotations.find((a) => a.kind === 'meta') as Record<string, unknown>).x_colour,
      'red',
    );
    const out = serializeSidecar(r.sidecar, text);
    assert.match(
      out,
      /status: proposed\n {4}x_colour: "red"\n/,
      'kept, in canonical place (after known keys)',
    );
  });

  test('a newer schema version is refused with a clear message', () => {
    const [e] = errors(
      parseSidecar(sample().replace('schema: scrapemark/1', 'schema: scrapemark/7')),
    );
    assert.match(e!.message, /newer Scrapemark \(schema scrapemark\/7\).*will not modify/);
    assert.deepEqual([e!.line, e!.col], [3, 9]);
  });

  test('a file without a schema id or of another format is refused', () => {
    assert.match(errors(parseSidecar('a: 1\n'))[0]!.message, /missing 'schema: scrapemark\/1'/);
    assert.match(errors(parseSidecar('schema: other/1\n'))[0]!.message, /unknown schema/);
    assert.match(errors(parseSidecar('- 1\n'))[0]!.message, /not a YAML mapping/);
  });

  test('the migration table starts empty: version 1 is the first', () => {
    assert.deepEqual(Object.keys(MIGRATIONS), []);
  });

  test('alias bombs are refused, not expanded', () => {
    const bomb = [
      'schema: scrapemark/1',
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    ].join('\n');
    assert.match(errors(parseSidecar(bomb))[0]!.message, /alias/i);
  });

  test('oversized files are refused before parsing', () => {
    const big = `schema: scrapemark/1\n#${'x'.repeat(MAX_SIDECAR_LENGTH)}\n`;
    assert.match(errors(parseSidecar(big))[0]!.message, /larger than/);
  });

  test('a source.path outside the sidecar folder is refused', () => {
    for (const bad of ['../secret.txt', '/etc/passwd', 'C:/x.txt', 'a/../../b.txt', 'a\\\\b.txt']) {
      const errs = errors(parseSidecar(sample().replace('path: "doc.txt"', `path: "${bad}"`)));
      assert.ok(
        errs.some((e) => e.message.includes('source.path') && e.line === 5),
        `${bad}: ${JSON.stringify(errs)}`,
      );
    }
  });

  test('duplicate keys are a YAML error', () => {
    assert.match(
      errors(parseSidecar(sample().replace('kind: meta', 'kind: meta\n    kind: meta')))[0]!
        .message,
      /YAML/,
    );
  });
});
