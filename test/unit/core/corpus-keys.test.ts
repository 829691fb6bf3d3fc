import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../../src/core/analyze';
import { classifyLines } from '../../../src/core/boilerplate/index';
import { hashString } from '../../../src/core/boilerplate/hashing';
import { buildCorpusStats, corpusLineKeys, type CorpusStats } from '../../../src/core/corpus';
import { lineHash2, lineKeyCount, LineKeyCounter } from '../../../src/core/corpus-keys';

const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples');

/** Numeric-key statistics of `texts` (what the CLI's parallel corpus pass builds). */
function keyStats(texts: readonly string[], minDocs = 1): CorpusStats {
  const counter = new LineKeyCounter();
  for (const t of texts) counter.addDocument(corpusLineKeys(t));
  return { documents: texts.length, lineKeyCounts: counter.table(minDocs) };
}

function keyOf(line: string): [number, number] {
  const units = Uint16Array.from(line, (c) => c.charCodeAt(0));
  return [hashString(line), lineHash2(units, 0, units.length)];
}

/** Digits normalise to 0: distinct lines need letters ('ba', 'bb', ...). */
const word = (n: number) =>
  [...n.toString(26)].map((c) => String.fromCharCode(97 + parseInt(c, 26))).join('');

const P =
  'The health ministry said on Monday that the new hospital in the city would open in the spring, ' +
  'after builders had worked in three shifts to make up for the delays of the last year.';

suite('core/corpus-keys', () => {
  test('numeric keys count the same documents per line as string keys', () => {
    const texts = ['Log In\nLog In\nWorld 11:01', 'log in!\nWorld 10:16', 'Other', '', 'Log in'];
    const exact = buildCorpusStats(texts);
    const table = keyStats(texts).lineKeyCounts!;
    assert.equal(table.size, exact.lineDocumentCounts.size);
    for (const [line, n] of exact.lineDocumentCounts)
      assert.equal(lineKeyCount(table, ...keyOf(line)), n);
    assert.equal(lineKeyCount(table, ...keyOf('log in')), 3);
    assert.equal(lineKeyCount(table, ...keyOf('not there')), 0);
  });

  test('the table keeps only lines seen in at least minDocs documents; the counter grows', () => {
    // 3,000 distinct lines (past the counter's first size) and one line in every document.
    const texts = Array.from({ length: 3 }, (_, d) =>
      [
        'Subscribe now',
        ...Array.from({ length: 1000 }, (_, i) => `line ${word(d)} ${word(i + 26)}`),
      ].join('\n'),
    );
    const all = keyStats(texts).lineKeyCounts!;
    const kept = keyStats(texts, 3).lineKeyCounts!;
    assert.equal(all.size, 3001);
    assert.equal(lineKeyCount(all, ...keyOf(`line b ${word(999 + 26)}`)), 1);
    assert.equal(kept.size, 1);
    assert.equal(lineKeyCount(kept, ...keyOf('subscribe now')), 3);
    assert.equal(lineKeyCount(kept, ...keyOf(`line b ${word(999 + 26)}`)), 0);
  });

  test('the analysis reads numeric-key statistics as it reads string ones', () => {
    const doc = (day: string) =>
      ['Breaking stories from our newsroom today', P.replace('Monday', day), P].join('\n');
    const texts = [doc('Tuesday'), doc('Friday'), doc('Sunday')];
    const byString = classifyLines(texts[0]!, { language: 'en', corpus: buildCorpusStats(texts) });
    const byKey = classifyLines(texts[0]!, { language: 'en', corpus: keyStats(texts) });
    assert.equal(byKey[0]!.label, 'boilerplate');
    assert.deepEqual(byKey, byString);
  });

  test('whole analyses of the samples (each three times) agree with either statistics', () => {
    const samples = readdirSync(SAMPLES)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(path.join(SAMPLES, f), 'utf8'));
    const texts = [...samples, ...samples, ...samples];
    const exact = buildCorpusStats(texts);
    const keyed = keyStats(texts, 3);
    for (const t of samples)
      assert.deepEqual(analyzeText(t, { corpus: keyed }), analyzeText(t, { corpus: exact }));
  });
});
