/**
 * Golden labels for the five seeds (samples/), checked by hand: every line's body/boilerplate
 * label, and its kind unless the reviewer noted a disagreement ("kindNote"). Regenerate with
 * `npm run update-golden` and review the diff line by line.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { classifyLines } from '../../../../src/core/boilerplate/index';
import { detectLanguage } from '../../../../src/core/language';

interface GoldenLine {
  line: number;
  label: string;
  kind: string;
  text: string;
  kindNote?: string;
}
interface Golden {
  source: string;
  language: string;
  lines: GoldenLine[];
}

const root = path.resolve(__dirname, '../../../..');
const dir = path.join(root, 'test', 'fixtures', 'golden');

suite('core/boilerplate golden seeds', () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.lines.json'));

  test('there is a golden file for every sample', () => {
    const samples = fs.readdirSync(path.join(root, 'samples')).filter((f) => f.endsWith('.txt'));
    assert.equal(files.length, samples.length);
    assert.ok(files.length >= 5);
  });

  for (const file of files) {
    test(file, () => {
      const golden = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Golden;
      const text = fs.readFileSync(path.join(root, golden.source), 'utf8');
      const language = detectLanguage(text);
      assert.equal(language, golden.language);
      const got = classifyLines(text, { language });
      assert.deepEqual(
        got.map((l) => l.line),
        golden.lines.map((l) => l.line),
        'the same non-blank lines',
      );
      const wrong: string[] = [];
      golden.lines.forEach((g, i) => {
        const l = got[i]!;
        if (l.label !== g.label)
          wrong.push(`line ${g.line} label ${l.label}, expected ${g.label}: ${g.text}`);
        else if (!g.kindNote && l.kind !== g.kind)
          wrong.push(`line ${g.line} kind ${l.kind}, expected ${g.kind}: ${g.text}`);
      });
      assert.deepEqual(wrong, []);
    });
  }
});
