import * as assert from 'node:assert/strict';
import { INITIAL } from 'vscode-textmate';
import { sharedGrammar, spans } from './cues';

/** The first tokenization compiles the grammar's scanners (about 0.5 s, more on a busy machine). */
const GRAMMAR_TEST_TIMEOUT_MS = 10_000;

suite('syntaxes/grammar: quotations', function () {
  this.timeout(GRAMMAR_TEST_TIMEOUT_MS);
  test('every common quote style is one quoted span, marks included', async () => {
    for (const quoted of [
      '"straight"',
      '“English”',
      '„German“',
      '„Polish”',
      '«Russian»',
      '‹single›',
      '‚einfach‘',
      '‘single’',
      "'ascii'",
      '`backtick’',
    ]) {
      assert.deepEqual(await spans(`He said ${quoted} today.`, 'quote'), [quoted], quoted);
    }
  });

  test('apostrophes are not quote marks', async () => {
    for (const text of [
      'I don’t think the Ministry’s plan works.',
      "I don't think NATO's plan works.",
      "Transcripts of pilots' conversations from int'l flights.",
      "Росія також вирішила припинити діяльність військової місії зв'язку.",
      'The alliance’s members, the lion’s share.',
    ]) {
      assert.deepEqual(await spans(text, 'quote'), [], text);
    }
  });

  test('an apostrophe inside a quote does not close it', async () => {
    const text = '“It is the Ministry’s decision,” he said; ‘don’t’ she replied.';
    assert.deepEqual(await spans(text, 'quote'), ['“It is the Ministry’s decision,”', '‘don’t’']);
  });

  test('nested quotes: « „…“ », straight in straight, curly in straight', async () => {
    const guillemets = 'Он сказал: «Это „Орешник“, а не ракета» вчера.';
    assert.deepEqual(await spans(guillemets, 'quote'), ['«Это „Орешник“, а не ракета»']);
    assert.deepEqual(await spans(guillemets, 'quote', 2), ['„Орешник“']);

    const straight = 'Комментарий к "Военные получат 16 танков "Армата" - газета"';
    assert.deepEqual(await spans(straight, 'quote'), [
      '"Военные получат 16 танков "Армата" - газета"',
    ]);
    assert.deepEqual(await spans(straight, 'quote', 2), ['"Армата"']);

    const curly = 'К "С развертыванием “Орешника” в Белоруссии"';
    assert.deepEqual(await spans(curly, 'quote', 2), ['“Орешника”']);
  });

  test('a straight quote closes after punctuation, not before a word', async () => {
    const text = '"We are not going," he continued. Meanwhile, "Russia has never," he said.';
    assert.deepEqual(await spans(text, 'quote'), ['"We are not going,"', '"Russia has never,"']);
  });

  test('mixed closing marks: "…”, “…" and “…“ close', async () => {
    assert.deepEqual(await spans('So "ospa party” po prostu.', 'quote'), ['"ospa party”']);
    assert.deepEqual(await spans('So “ospa party" po prostu.', 'quote'), ['“ospa party"']);
    assert.deepEqual(await spans('La serie “I Cavalieri“, prodotta.', 'quote'), ['“I Cavalieri“']);
  });

  test('an unclosed quote ends with its line and does not leak into the next', async () => {
    const text = 'He said "this never closes, and so on\nNext line has "a quote" only.';
    assert.deepEqual(await spans(text, 'quote'), ['"this never closes, and so on', '"a quote"']);
    const guillemet = '« Previous\nNext page »';
    assert.deepEqual(await spans(guillemet, 'quote'), ['« Previous']);
  });

  test('inside a quotation only nested quotations are highlighted', async () => {
    const text = '"On 13.01.2025 see www.anews.az," he said on 13.01.2025.';
    assert.deepEqual(await spans(text, 'date'), ['13.01.2025']);
    assert.deepEqual(await spans(text, 'url'), []);
  });

  test('an ASCII single quote without a closing mark on the line opens nothing', async () => {
    assert.deepEqual(await spans("The 'word never closes here", 'quote'), []);
  });

  test('a straight quote after a digit is an inch mark, not a quote', async () => {
    assert.deepEqual(await spans('A 5" screen and a 7" one.', 'quote'), []);
  });
});

suite('syntaxes/grammar: dates and times', () => {
  const dates = [
    '13.01.2025 09:28',
    '2018.07.10 / 15:52',
    'December 05, 16:07',
    '03.01 03:29',
    '2025-01-13',
    '2025-01-13T09:28:00Z',
    '2025-01-13T09:28+03:00',
    '13/01/2025',
    'Monday February 24th, 2025',
    'July 11-12',
    'Dec. 5, 2024',
    '5 декабря 2024 года, 12:00',
    '18 жовтня',
    '24 лютого 2025 року',
    '5. Dezember 2024',
    '12 décembre 2024 à 14:30',
    '5 grudnia 2024',
    '13.01.25',
    '5 de diciembre de 2024',
    'December 2024',
  ];
  for (const date of dates) {
    test(`"${date}" is one date`, async () => {
      assert.deepEqual(await spans(`Published ${date} by the desk`, 'date'), [date]);
    });
  }

  test('numbers that are not dates', async () => {
    for (const text of [
      '  • € 1.7732',
      '12 Punto 14 Punto 16 Punto',
      'Back in 2014, NATO stopped.',
      'Xocalı soyqırımı — 1992-ci il',
      'Фінляндія виділить 4,5 млн євро',
      'Putin-Trump talks may take place before February ends',
      'Invalid 32.01.2025 and 13.13.2025',
      'Version 1.2.3 of the app',
    ]) {
      assert.deepEqual(await spans(text, 'date'), [], text);
    }
  });

  test('clock times on their own', async () => {
    assert.deepEqual(await spans('World 11:01', 'time'), ['11:01']);
    assert.deepEqual(await spans('at 4:30 p.m. and 16:07:30 MSK', 'time'), [
      '4:30 p.m.',
      '16:07:30 MSK',
    ]);
    assert.deepEqual(await spans('ratio 1:2:3 and 25:70', 'time'), []);
  });
});

suite('syntaxes/grammar: URLs and domains', () => {
  test('URLs, bare domains and e-mail addresses', async () => {
    assert.deepEqual(await spans('www.anews.az', 'url'), ['www.anews.az']);
    assert.deepEqual(await spans('Axar.az reports citing TASS.', 'url'), ['Axar.az']);
    assert.deepEqual(await spans('Source: https://example.com/a?b=1&c=2.', 'url'), [
      'https://example.com/a?b=1&c=2',
    ]);
    assert.deepEqual(await spans('See (pravda.com.ua/news/2024/12/5/) now', 'url'), [
      'pravda.com.ua/news/2024/12/5/',
    ]);
    assert.deepEqual(await spans('Сайт президент.рф сообщил', 'url'), ['президент.рф']);
    assert.deepEqual(await spans('Write to info@anews.az.', 'email'), ['info@anews.az']);
  });

  test('sentence ends, abbreviations and file names are not domains', async () => {
    for (const text of [
      'the diplomat said.It was not our choice.',
      'The U.S. and the E.U. agreed, e.g. on trade.',
      'Download photo.jpg or report.pdf now.',
      '  • € 1.7732',
      "Trump urges int'l community",
      'Ukraine.The alliance',
      'Wzrosły m.in. ceny paliw.',
      'A volume of 3 cu.ft and more',
    ]) {
      assert.deepEqual(await spans(text, 'url'), [], text);
    }
  });
});

suite('syntaxes/grammar: datelines and lists', () => {
  test('wire datelines at the start of a line, with their date', async () => {
    const cases: [string, string, string][] = [
      ['MOSCOW, December 5. /TASS/. The alliance', 'MOSCOW, December 5. /TASS/.', 'December 5'],
      [
        'Stockholm. December 2. INTERFAX - NATO refuses',
        'Stockholm. December 2. INTERFAX -',
        'December 2',
      ],
      ['КИЕВ, 5 декабря. /ТАСС/. Текст', 'КИЕВ, 5 декабря. /ТАСС/.', '5 декабря'],
      ['МОСКВА, 5 дек - РИА Новости. Текст', 'МОСКВА, 5 дек - РИА Новости.', '5 дек'],
      ['ST. PETERSBURG, Dec 5 (Reuters) - Text', 'ST. PETERSBURG, Dec 5 (Reuters) -', 'Dec 5'],
    ];
    for (const [line, dateline, date] of cases) {
      assert.deepEqual(await spans(line, 'dateline'), [dateline], line);
      assert.deepEqual(await spans(line, 'date'), [date], line);
    }
    assert.deepEqual(await spans('LONDON (Reuters) - Text', 'dateline'), ['LONDON (Reuters) -']);
    assert.deepEqual(await spans('KYIV, Dec 5 — Text', 'dateline'), ['KYIV, Dec 5 —']);
    assert.deepEqual(await spans('Київ. 5 грудня. Укрінформ. Текст', 'dateline'), [
      'Київ. 5 грудня. Укрінформ.',
    ]);
    assert.deepEqual(
      await spans('ВЛАДИВОСТОК, 5 янв - РИА Новости, Анатолий Ильюхов.', 'dateline'),
      ['ВЛАДИВОСТОК, 5 янв - РИА Новости,'],
    );
  });

  test('lines that only look like datelines', async () => {
    for (const text of [
      'Russian Politics & Diplomacy December 05, 16:07',
      'He said in MOSCOW, December 5. /TASS/. that',
      'Friday, December 5 - 10:00',
      'Politics, December 5 - 10:00',
      'Stockholm. December 2. The alliance said',
      'Axar.az reports citing TASS.',
      'Home page Politics',
      'Komentarze (0) - dodaj komentarz',
      'Contests/Giveaways/Prizes',
      'DAPD/The Local/bk',
    ]) {
      assert.deepEqual(await spans(text, 'dateline'), [], text);
    }
  });

  test('bullets and list numbers only at the start of a line', async () => {
    assert.deepEqual(await spans('  • 03.01 03:29\n• $ 1.7\n▪ item', 'bullet'), ['•', '•', '▪']);
    assert.deepEqual(await spans('a • b and Price•x', 'bullet'), []);
    assert.deepEqual(await spans('1. First point\n2) Second', 'list-number'), ['1.', '2)']);
    assert.deepEqual(await spans('5. Dezember 2024', 'list-number'), []);
    assert.deepEqual(await spans('5. Dezember 2024', 'date'), ['5. Dezember 2024']);
  });
});

suite('syntaxes/grammar: speed on 100 KB lines', function () {
  /**
   * Bound for one 100 KB line, generous for a busy 2-core CI machine (measured: 10–550 ms after
   * warm-up); catastrophic backtracking or a runaway rule stack takes minutes (a run of « did).
   */
  const MAX_MS_PER_LINE = 5000;
  // Mocha's default 2 s limit would fire before the assertion explains what was slow.
  this.timeout(3 * MAX_MS_PER_LINE);
  const lines: Record<string, string> = {
    'prose with every cue':
      '"The relationship «between „Russia“ and» NATO," he said on 13.01.2025 09:28 at www.anews.az; the Ministry’s `threat’. '.repeat(
        900,
      ),
    'unclosed guillemets': '« '.repeat(50_000),
    'straight quotes': '"'.repeat(100_000),
    'quote openers before words': '"a '.repeat(33_000),
    'ascii single quotes': "'a ".repeat(33_000),
    'one long word': 'a'.repeat(100_000),
    'dotted labels': 'ab.'.repeat(33_000),
    'digit groups': '12.'.repeat(33_000),
    colons: '12:'.repeat(33_000),
    'dash-separated digits': '1-'.repeat(50_000),
    'month names': 'December '.repeat(11_000),
    'capitalised words': 'MOSCOW '.repeat(14_300),
    'at signs': 'a@'.repeat(50_000),
  };
  for (const [name, line] of Object.entries(lines)) {
    test(`${name}`, async () => {
      const grammar = await sharedGrammar();
      grammar.tokenizeLine('warm up: « „a“ » 13.01.2025 www.a.az', INITIAL);
      const started = performance.now();
      const result = grammar.tokenizeLine(line, INITIAL, MAX_MS_PER_LINE);
      const elapsed = performance.now() - started;
      assert.ok(line.length >= 99_000);
      assert.equal(result.stoppedEarly, false, `stopped after ${elapsed.toFixed(0)} ms`);
      assert.ok(elapsed < MAX_MS_PER_LINE, `${elapsed.toFixed(0)} ms`);
    });
  }
});
