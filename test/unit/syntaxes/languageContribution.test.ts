import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, SCOPE_NAME } from './grammarHarness';

interface LanguageContribution {
  id: string;
  aliases?: string[];
  extensions?: string[];
  filenames?: string[];
  filenamePatterns?: string[];
  configuration?: string;
}
interface GrammarContribution {
  language: string;
  scopeName: string;
  path: string;
}
interface Manifest {
  contributes: {
    languages?: LanguageContribution[];
    grammars?: GrammarContribution[];
    configurationDefaults?: Record<string, Record<string, unknown>>;
  };
}
interface LanguageConfiguration {
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string }[];
  surroundingPairs: [string, string][];
  wordPattern: string;
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;

function language(): LanguageContribution {
  const lang = manifest.contributes.languages?.find((l) => l.id === 'scrapemark-source');
  assert.ok(lang, 'package.json contributes the scrapemark-source language');
  return lang;
}

function configuration(): LanguageConfiguration {
  const file = language().configuration;
  assert.ok(file);
  return JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as LanguageConfiguration;
}

/** The words VS Code would see with this word pattern (it always adds the `g` flag). */
function wordsOf(text: string): string[] {
  const re = new RegExp(configuration().wordPattern, 'g');
  return [...text.matchAll(re)].map((m) => m[0]);
}

suite('syntaxes/language contribution', () => {
  test('the language claims *.scraped.txt only, never every .txt file', () => {
    const lang = language();
    assert.equal(lang.aliases?.[0], 'Scraped Source');
    assert.deepEqual(lang.filenamePatterns, ['*.scraped.txt']);
    assert.equal(lang.extensions, undefined);
    assert.equal(lang.filenames, undefined);
  });

  test('the grammar is contributed for the language and its file exists', () => {
    const grammar = manifest.contributes.grammars?.find((g) => g.language === 'scrapemark-source');
    assert.ok(grammar);
    assert.equal(grammar.scopeName, SCOPE_NAME);
    const raw = JSON.parse(fs.readFileSync(path.join(ROOT, grammar.path), 'utf8')) as {
      scopeName: string;
    };
    assert.equal(raw.scopeName, SCOPE_NAME);
  });

  test('typographic quotes and apostrophes are not flagged as ambiguous characters; prose wraps', () => {
    const defaults = manifest.contributes.configurationDefaults?.['[scrapemark-source]'];
    assert.equal(defaults?.['editor.unicodeHighlight.ambiguousCharacters'], false);
    assert.equal(defaults?.['editor.wordWrap'], 'on');
  });

  test('guillemets and low quotes pair; apostrophes never auto-close', () => {
    const conf = configuration();
    const closing = new Map(conf.autoClosingPairs.map((p) => [p.open, p.close]));
    assert.equal(closing.get('«'), '»');
    assert.equal(closing.get('„'), '“');
    assert.equal(closing.get('“'), '”');
    assert.equal(closing.has("'"), false);
    assert.equal(closing.has('’'), false);
    assert.ok(conf.brackets.some(([open, close]) => open === '«' && close === '»'));
    assert.ok(conf.surroundingPairs.some(([open, close]) => open === '‘' && close === '’'));
  });

  test('words keep inner apostrophes and hyphens, in Latin and Cyrillic', () => {
    assert.deepEqual(wordsOf("the Ministry’s “threat”, don't"), [
      'the',
      'Ministry’s',
      'threat',
      "don't",
    ]);
    assert.deepEqual(wordsOf("місії зв'язку, Столтенберг: «С-500»"), [
      'місії',
      "зв'язку",
      'Столтенберг',
      'С-500',
    ]);
    assert.deepEqual(wordsOf('Xocalı, Ağustos; € 1.7732 and 4,5 млн.'), [
      'Xocalı',
      'Ağustos',
      '1.7732',
      'and',
      '4,5',
      'млн',
    ]);
    assert.deepEqual(wordsOf("pilots' 'quoted'"), ['pilots', 'quoted']);
  });
});
