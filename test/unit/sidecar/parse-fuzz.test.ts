/**
 * Robustness: parseSidecar never throws, whatever the input (random text, or a written sidecar
 * with random lines deleted, duplicated or garbled), and every refusal is located in the file.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseSidecar, serializeSidecar } from '../../../src/sidecar/index';
import { RUNS, sidecarArb, textArb } from './gen';

function assertLocated(text: string): void {
  const r = parseSidecar(text);
  if (r.ok) return;
  const lines = text.split('\n').length;
  assert.ok(r.errors.length > 0);
  for (const e of r.errors) {
    assert.ok(e.line >= 1 && e.line <= lines + 1, `line ${e.line} of ${lines}`);
    assert.ok(e.col >= 1, `col ${e.col}`);
    assert.ok(e.message.length > 0);
  }
}

suite('sidecar/parse fuzz', function () {
  this.timeout(20_000 + RUNS * 100);

  test('random text never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => assertLocated(s)),
      { numRuns: RUNS },
    );
  });

  test('damaged sidecars never throw and are refused with a location, or parse', () => {
    fc.assert(
      fc.property(
        textArb.chain((text) => sidecarArb(text)),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'duplicate', 'garble', 'indent')), {
          minLength: 1,
          maxLength: 4,
        }),
        (sidecar, damage) => {
          const lines = serializeSidecar(sidecar).split('\n');
          for (const [n, kind] of damage) {
            const i = n % lines.length;
            if (kind === 'delete') lines.splice(i, 1);
            else if (kind === 'duplicate') lines.splice(i, 0, lines[i]!);
            else if (kind === 'garble') lines[i] = `${lines[i]!.slice(0, 5)}: [&*{`;
            else lines[i] = ` ${lines[i]!}`;
          }
          assertLocated(lines.join('\n'));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
