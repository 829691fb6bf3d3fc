import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { l10nMessages } from './l10nStrings';

const root = path.join(__dirname, '../../..');
const json = (p: string) =>
  JSON.parse(readFileSync(path.join(root, p), 'utf8')) as Record<string, string>;
/** Placeholders and theme icons a translation must keep: {0}, $(check), `code`. */
const tokens = (s: string) =>
  [...s.matchAll(/\{\d+\}|\$\([a-z-]+\)|`[^`]+`|\(command:[^)]+\)/g)].map((m) => m[0]).sort();

suite('editor/l10n', () => {
  const messages = l10nMessages();

  test('the extractor finds the messages (sanity)', () => {
    assert.ok(messages.has('Select the text to annotate first.'));
    assert.ok(messages.size > 50);
  });

  for (const lang of ['ru', 'uk']) {
    test(`every vscode.l10n.t message has a ${lang} translation with the same placeholders`, () => {
      const bundle = json(`l10n/bundle.l10n.${lang}.json`);
      for (const m of messages) {
        const t = bundle[m];
        assert.ok(t, `${lang}: missing ${JSON.stringify(m)}`);
        assert.deepEqual(tokens(t), tokens(m), `${lang}: placeholders of ${JSON.stringify(m)}`);
      }
    });

    test(`package.nls.${lang}.json translates every manifest string, keeping links and code`, () => {
      const en = json('package.nls.json');
      const tr = json(`package.nls.${lang}.json`);
      assert.deepEqual(Object.keys(tr).sort(), Object.keys(en).sort());
      for (const [k, v] of Object.entries(en))
        assert.deepEqual(tokens(tr[k]!), tokens(v), `${lang}: ${k}`);
    });
  }

  test('every %key% in package.json is defined in package.nls.json', () => {
    const manifest = readFileSync(path.join(root, 'package.json'), 'utf8');
    const en = json('package.nls.json');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    assert.ok(keys.length > 50);
    for (const k of keys) assert.ok(k in en, `package.nls.json lacks ${k}`);
  });
});
