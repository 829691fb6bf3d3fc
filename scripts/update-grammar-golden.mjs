// Regenerates syntaxes/scrapemark-source.tmLanguage.json from syntaxes/src/ and the golden
// tokenizations test/fixtures/grammar/<seed>.tokens.txt of every seed in test/fixtures/seeds/.
// Usage: npm run update-grammar-golden   (runs `node --import tsx`, the harness is TypeScript)
// Read the diff of the goldens by hand before committing: they are the grammar's specification.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { grammarJson } from '../syntaxes/src/scrapemarkSource.grammar.mjs';
import * as harness from '../test/unit/syntaxes/grammarHarness.ts';

const { GRAMMAR_PATH, SEEDS_DIR, formatGolden, goldenPath, loadGrammar, seedNames, tokenize } =
  harness;

fs.writeFileSync(GRAMMAR_PATH, grammarJson());
console.log(`wrote ${path.relative(process.cwd(), GRAMMAR_PATH)}`);

const grammar = await loadGrammar();
for (const name of seedNames()) {
  const text = fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
  const out = goldenPath(name);
  const golden = formatGolden(name, tokenize(grammar, text));
  const before = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  fs.writeFileSync(out, golden);
  console.log(
    `${before === golden ? 'unchanged' : 'updated  '} ${path.relative(process.cwd(), out)}`,
  );
}
