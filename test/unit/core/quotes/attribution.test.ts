import * as assert from 'node:assert/strict';
import { quotesOf } from './helpers';

/** The single quotation of a text: content without edge punctuation, and its speaker. */
function one(text: string): { text: string; speaker: string | null; type: string; spans: number } {
  const found = quotesOf(text);
  assert.equal(found.length, 1, `one quote in ${JSON.stringify(text)}: ${JSON.stringify(found)}`);
  const q = found[0]!;
  return { text: q.text.replace(/[,.]$/u, ''), speaker: q.speaker, type: q.type, spans: q.spans };
}

suite('core/quotes/attribution: speaker after the quotation', () => {
  test('English: "…," X noted / "…," said X / "…" X said.', () => {
    assert.equal(one('"We are ready to talk to everyone," Peskov noted.').speaker, 'Peskov');
    assert.equal(
      one('“It was a long night for all of us,” said Kenneth Baer.').speaker,
      'Kenneth Baer',
    );
    assert.equal(one('“He started his business with a loan.” Clinton said.').speaker, 'Clinton');
    assert.equal(
      one('“We will not go back to that,” Sen. Claire McCaskill (D-Mo.) said.').speaker,
      'Sen. Claire McCaskill',
    );
  });

  test('English: a name with a role apposition keeps the name as speaker', () => {
    const [q] = quotesOf(
      '"Nothing has changed for us," Ivan Petrov, director of the ministry department, told the newspaper.',
    );
    assert.equal(q!.speaker, 'Ivan Petrov');
    assert.equal(q!.role, 'director of the ministry department');
  });

  test('Russian and Ukrainian: "…", – сказав X / «…», — заявил X', () => {
    assert.equal(
      one('"Ми готові до діалогу з усіма", – сказав Столтенберг.').speaker,
      'Столтенберг',
    );
    assert.equal(
      one('«Мы готовы к диалогу со всеми», — заявил Сергей Лавров.').speaker,
      'Сергей Лавров',
    );
  });

  test('German: „…“, sagte X / „…“, so X / „…“, fügte X hinzu', () => {
    assert.equal(
      one('„Wir sind bereit für Gespräche“, sagte Angela Merkel.').speaker,
      'Angela Merkel',
    );
    assert.equal(one('„Wir sind bereit für Gespräche“, so Müller.').speaker, 'Müller');
    assert.equal(
      one('„Wir sind bereit für Gespräche“, fügte der Sprecher hinzu.').speaker,
      'der Sprecher',
    );
  });

  test('French, Polish and Czech', () => {
    assert.equal(
      one('« Nous sommes prêts à discuter avec tous », a déclaré Marie Dupont.').speaker,
      'Marie Dupont',
    );
    assert.equal(
      one('„Jesteśmy gotowi do rozmów ze wszystkimi” – powiedział Jan Kowalski.').speaker,
      'Jan Kowalski',
    );
    assert.equal(
      one('"Jsme tady zatím úplně sami," říká Miroslava Karolčíková.').speaker,
      'Miroslava Karolčíková',
    );
  });

  test('Czech inverted subject at the end of the clause', () => {
    assert.equal(
      one(
        '"Nyní se zbavujeme zhoubného nádoru na těle Ruska," charakterizoval vojenskou akci Boris Jelcin.',
      ).speaker,
      'Boris Jelcin',
    );
  });

  test('a dash and a name after a quotation (epigraph style)', () => {
    assert.equal(
      one('“He represents our greatest shame and our fear.” ― Sonya Herridge').speaker,
      'Sonya Herridge',
    );
  });
});

suite('core/quotes/attribution: speaker before the quotation', () => {
  test('X заявил: «…» / X erklärte: „…“ / X said: "…"', () => {
    assert.equal(one('Лавров заявил: «Мы готовы к диалогу».').speaker, 'Лавров');
    assert.equal(
      one('Der Sprecher erklärte: „Wir sind bereit für Gespräche.“').speaker,
      'Der Sprecher',
    );
    assert.equal(one('Trump boasted, “That makes me smart.”').speaker, 'Trump');
  });

  test('inverted German subject after the cue: schilderte X wie folgt:', () => {
    assert.equal(
      one('Den Abend schilderte Max Raabe wie folgt: „Das war viel verrückter als gedacht.“')
        .speaker,
      'Max Raabe',
    );
  });

  test('an intro on the line above: "Caddell continued:"', () => {
    const q = one(
      'Caddell continued:\n\n"The health issue overall is very much a partisan issue."',
    );
    assert.equal(q.speaker, 'Caddell');
  });

  test('according to X / по словам X / за словами X make the source of a mixed quotation', () => {
    const en = one('According to her, NATO "should ask itself another question about this."');
    assert.equal(en.speaker, 'her');
    assert.equal(en.type, 'mixed');
    assert.equal(
      one('По словам Лаврова, НАТО "должно задать себе другой вопрос об этом".').speaker,
      'Лаврова',
    );
    assert.equal(
      one('За словами Столтенберга, НАТО "повинно поставити собі інше питання".').speaker,
      'Столтенберга',
    );
  });

  test('a transcript label names the speaker', () => {
    assert.equal(
      one('"PENCE: Well, look, this is serious business for all of us."').speaker,
      'PENCE',
    );
  });
});

suite('core/quotes/attribution: split, continued and resolved quotations', () => {
  test('«Q1, — сказал X. — Q2» is one quotation with two spans', () => {
    const q = one('«Мы готовы к диалогу, — сказал Лавров. — Но не на любых условиях».');
    assert.equal(q.spans, 2);
    assert.equal(q.speaker, 'Лавров');
    assert.ok(q.text.startsWith('Мы готовы') && q.text.endsWith('условиях'));
  });

  test('"Q1, - говорит X, - Q2" with hyphens is a split quotation too', () => {
    const q = one('"Траншею копали сами, - говорит Апраушев, - наплевал я на запреты".');
    assert.equal(q.spans, 2);
    assert.equal(q.speaker, 'Апраушев');
  });

  test('a dash aside inside a quotation is not a split', () => {
    assert.equal(one('"Relations - I don’t mean good ones - are gone," Zakharova said.').spans, 1);
  });

  test('“Q1,” X said. “Q2.” gives both to X', () => {
    const found = quotesOf(
      '“One of the things I am surprised about,” said Caddell. “Yesterday, there were two polls.”',
    );
    assert.deepEqual(
      found.map((q) => q.speaker),
      ['Caddell', 'Caddell'],
    );
  });

  test('pronoun and nominal mentions keep the mention and resolve to the last named speaker', () => {
    const text =
      '"We see no progress at all," Lavrov said. "All this affects the OSCE deeply," the minister added. "We will send proposals soon," he continued.';
    const found = quotesOf(text);
    assert.deepEqual(
      found.map((q) => [q.speaker, q.speakerName]),
      [
        ['Lavrov', 'Lavrov'],
        ['the minister', 'Lavrov'],
        ['he', 'Lavrov'],
      ],
    );
  });

  test('back-to-back dialogue turns are all quotations', () => {
    const text = 'Er fragte: „Wie viele sind es?“ „Fünfhundert.“ „Das ist viel zu hoch gegriffen.“';
    assert.equal(quotesOf(text).length, 3);
  });
});

suite('core/quotes/attribution: transcripts and multi-paragraph quotations', () => {
  test('each paragraph is a quotation; labels name speakers, unlabelled paragraphs keep the last', () => {
    const text = [
      'Partial transcript as follows:',
      '',
      '"WALLACE: Two questions for you this morning about the debate tomorrow night.',
      '',
      '"PENCE: Well, look, this is serious business for the American people.',
      '',
      '"But the truth is that the campaign is focused on the issues."',
    ].join('\n');
    const found = quotesOf(text);
    assert.deepEqual(
      found.map((q) => [q.text.slice(0, 12), q.speaker]),
      [
        ['WALLACE: Two', 'WALLACE'],
        ['PENCE: Well,', 'PENCE'],
        ['But the trut', 'PENCE'],
      ],
    );
  });

  test('a multi-paragraph quotation takes the cue after its last paragraph', () => {
    const text = '"We have worked on this for many years.\n\n"And we will not stop now," she said.';
    const found = quotesOf(text);
    assert.deepEqual(
      found.map((q) => q.speaker),
      ['she', 'she'],
    );
  });
});

suite('core/quotes/attribution: names that look like cues', () => {
  test('a capitalised verb form inside a clause is a name ("United States")', () => {
    assert.deepEqual(quotesOf('He now believes the United States "needs a deal".'), []);
  });

  test('English participle cues take the subject of the main clause', () => {
    assert.equal(
      one(
        'During a speech, Trump attacked Clinton over Iraq and Libya, saying, "She is trigger-happy."',
      ).speaker,
      'Trump',
    );
  });
});
