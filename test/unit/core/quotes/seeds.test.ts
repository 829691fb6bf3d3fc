/**
 * Golden expectations for the five seed pages, written by hand from reading them: every quotation
 * with its speaker as written, the resolved name and the type. Content is compared without the
 * trailing comma or full stop that sits inside the marks.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyLines, labelLines, quotesOf, type Seen } from './helpers';

const seed = (name: string): string =>
  readFileSync(join(__dirname, '../../../../samples', name), 'utf8');

interface Expected {
  starts: string;
  ends: string;
  speaker: string | null;
  speakerName?: string;
  role?: string;
  type: 'direct' | 'mixed';
}

function check(actual: Seen[], expected: Expected[]): void {
  assert.equal(
    actual.length,
    expected.length,
    `quotes found: ${actual.map((q) => q.text.slice(0, 40)).join(' | ')}`,
  );
  expected.forEach((e, i) => {
    const a = actual[i]!;
    assert.ok(
      a.text.startsWith(e.starts),
      `quote ${i} starts ${JSON.stringify(a.text.slice(0, 60))}`,
    );
    assert.ok(
      a.text.replace(/[,.]$/u, '').endsWith(e.ends),
      `quote ${i} ends ${JSON.stringify(a.text.slice(-60))}`,
    );
    assert.equal(a.speaker, e.speaker, `quote ${i} speaker`);
    if (e.speakerName !== undefined) assert.equal(a.speakerName, e.speakerName, `quote ${i} name`);
    if (e.role !== undefined) assert.equal(a.role, e.role, `quote ${i} role`);
    assert.equal(a.type, e.type, `quote ${i} type`);
  });
}

suite('core/quotes: seeds (hand-written gold)', () => {
  test('000 anews.az: told/continued/recalled, `threat’ and Ministry’s inside the quote', () => {
    const text = seed('000_35efeead65c6cef0.txt');
    check(quotesOf(text), [
      {
        starts: 'The relationship between Russia and NATO is not just seeing its lowest point',
        ends: 'a `threat’ allegedly being posed by us',
        speaker: 'Vladislav Maslennikov',
        speakerName: 'Vladislav Maslennikov',
        role: 'director of the Russian Foreign Ministry’s department of European issues',
        type: 'direct',
      },
      {
        starts: 'Russia has never sought to sour relations with NATO.',
        ends: 'nor are we making such aggressive plans',
        speaker: 'he',
        speakerName: 'Vladislav Maslennikov',
        type: 'direct',
      },
      {
        starts: 'As regards normal contacts and mechanisms for dialogue',
        ends: 'in the military and civilian spheres',
        speaker: 'he',
        speakerName: 'Vladislav Maslennikov',
        type: 'direct',
      },
    ]);
  });

  test('001 axar.az: a description resolved to the name in the lead, a mixed quotation', () => {
    const text = seed('001_160808aab41eb2af.txt');
    check(quotesOf(text), [
      {
        starts: 'Our attitude (towards NATO) remains unchanged <…> Russia has retained',
        ends: 'that’s none of our business',
        speaker: 'the Kremlin spokesman',
        speakerName: 'Dmitry Peskov',
        type: 'direct',
      },
      {
        starts: 'Our attitude towards NATO is well known.',
        ends: 'for the sake of confrontation',
        speaker: 'Peskov',
        speakerName: 'Peskov',
        type: 'direct',
      },
      {
        starts: 'confirm the alliance’s essence every time',
        ends: 'confirm the alliance’s essence every time',
        speaker: 'He',
        speakerName: 'Peskov',
        type: 'mixed',
      },
    ]);
  });

  const article002: Expected[] = [
    {
      starts: "NATO's activities continue to escalate the situation on our borders",
      ends: 'prevent dangerous incidents',
      speaker: 'Lavrov',
      type: 'direct',
    },
    {
      starts: 'Military capabilities in eastern Europe',
      ends: 'inevitably affects the activities of the OSCE',
      speaker: 'the minister',
      speakerName: 'Sergei Lavrov', // "Russian Foreign Minister Sergei Lavrov" in the lead
      type: 'direct',
    },
    {
      starts: 'We want the agreements mentioned by the president',
      ends: 'we will count on a serious attitude towards them',
      speaker: 'Lavrov',
      type: 'direct',
    },
  ];

  test('002 Interfax: three quotes; quoted titles of a labelled comment feed are not quotes', () => {
    const text = seed('002_8bf32cc1cf6abafb.txt');
    // The page furniture from "The rights to this material" on, labelled with middling confidence.
    const lines = labelLines(text, (line) => (line >= 20 ? ['comments', 0.6] : null));
    check(quotesOf(text, lines), article002);
  });

  test('002 Interfax: the article quotes survive an unsure classifier that calls everything body', () => {
    const text = seed('002_8bf32cc1cf6abafb.txt');
    check(quotesOf(text, bodyLines(text)).slice(0, 3), article002);
  });

  test('003 Ukrainian: "…", – сказав Столтенберг and – додав генсек; a quoted source is no quote', () => {
    const text = seed('003_8976bb8603f3ace3.txt');
    check(quotesOf(text), [
      {
        starts: 'Звичайно, це стало робити ще складніше',
        ends: 'Вони не були такими важкими після закінчення холодної війни',
        speaker: 'Столтенберг',
        type: 'direct',
      },
      {
        starts: 'Ми твердо віримо, що коли справи складні',
        ends: 'до конструктивного чи змістовного діалогу з Росією',
        speaker: 'генсек',
        speakerName: 'Єнс Столтенберг', // "генсек НАТО Єнс Столтенберг" above
        type: 'direct',
      },
    ]);
  });

  test('004 TASS: a dash aside is not a split; "According to her, NATO "should …"" is mixed', () => {
    const text = seed('004_e6cbe3d9aa6c03da.txt');
    const found = quotesOf(text);
    check(found, [
      {
        starts: 'It is senseless to comment on this because',
        ends: 'these plans don’t really matter',
        speaker: 'Zakharova',
        type: 'direct',
      },
      {
        starts: 'should ask itself another question - what are they trying to achieve',
        ends: 'rhetoric, and aggressive actions?',
        speaker: 'her',
        speakerName: 'Zakharova',
        type: 'mixed',
      },
    ]);
    assert.equal(found[0]!.spans, 1);
  });
});
