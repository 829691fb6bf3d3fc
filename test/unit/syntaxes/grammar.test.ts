import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { grammarJson } from '../../../syntaxes/src/scrapemarkSource.grammar.mjs';
import {
  GOLDEN_DIR,
  GRAMMAR_PATH,
  SEEDS_DIR,
  formatGolden,
  goldenPath,
  loadGrammar,
  seedNames,
  tokenize,
} from './grammarHarness';

/** The first tokenization compiles the grammar's scanners (about 0.5 s, more on a busy machine). */
const GRAMMAR_TEST_TIMEOUT_MS = 10_000;

suite('syntaxes/grammar: golden tokenizations of the seeds', function () {
  this.timeout(GRAMMAR_TEST_TIMEOUT_MS);
  test('the committed grammar JSON is generated from syntaxes/src', () => {
    assert.equal(
      fs.readFileSync(GRAMMAR_PATH, 'utf8'),
      grammarJson(),
      'run `npm run update-grammar-golden` after editing syntaxes/src',
    );
  });

  test('every seed has a golden and every golden a seed', () => {
    const seeds = seedNames();
    assert.ok(seeds.length >= 5, `expected the five seeds in ${SEEDS_DIR}`);
    const goldens = fs
      .readdirSync(GOLDEN_DIR)
      .filter((f) => f.endsWith('.tokens.txt'))
      .sort();
    assert.deepEqual(
      goldens,
      seeds.map((s) => path.basename(goldenPath(s))),
    );
  });

  for (const name of seedNames()) {
    test(`${name} tokenizes as in its golden`, async () => {
      const grammar = await loadGrammar();
      const text = fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
      const actual = formatGolden(name, tokenize(grammar, text));
      const expected = fs.readFileSync(goldenPath(name), 'utf8');
      assert.equal(actual, expected, 'run `npm run update-grammar-golden` and review the diff');
    });
  }
});
