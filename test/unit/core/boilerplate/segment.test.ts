import * as assert from 'node:assert/strict';
import { segment } from '../../../../src/core/boilerplate/segment';

suite('core/boilerplate/segment', () => {
  test('one block per non-blank line with exact UTF-16 spans, CRLF excluded', () => {
    const text = 'Title\r\n\r\nFirst para.\r\nSecond\r\n';
    const blocks = segment(text);
    assert.deepEqual(
      blocks.map((b) => [b.line, text.slice(b.start, b.end), b.text]),
      [
        [0, 'Title', 'Title'],
        [2, 'First para.', 'First para.'],
        [3, 'Second', 'Second'],
      ],
    );
  });

  test('a BOM, NBSP and tabs are whitespace; inner runs collapse; spans keep the raw line', () => {
    const text = '\ufeff\u00a0\tHello\u00a0\u00a0 world\t\n\u00a0\t\n';
    const blocks = segment(text);
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0]!.text, 'Hello world');
    assert.equal(blocks[0]!.start, 0);
    assert.equal(
      text.slice(blocks[0]!.start, blocks[0]!.end),
      '\ufeff\u00a0\tHello\u00a0\u00a0 world\t',
    );
  });

  test('list bullets are recognised and stripped; a bare bullet is still a line', () => {
    const blocks = segment('  • Item one\n    • Nested\n•\n•not a bullet');
    assert.deepEqual(
      blocks.map((b) => [b.bullet, b.text, b.indent]),
      [
        [true, 'Item one', 2],
        [true, 'Nested', 4],
        [false, '•', 0],
        [false, '•not a bullet', 0],
      ],
    );
  });

  test('blank neighbours are recorded', () => {
    const blocks = segment('a\nb\n\nc');
    assert.deepEqual(
      blocks.map((b) => [b.blankBefore, b.blankAfter]),
      [
        [true, false],
        [false, true],
        [true, true],
      ],
    );
  });

  test('astral characters keep UTF-16 offsets', () => {
    const text = '😀 x\nnext';
    const [, second] = segment(text);
    assert.equal(second!.start, 5);
    assert.equal(text.slice(second!.start, second!.end), 'next');
  });

  test('a very long line is one block', () => {
    const long = 'word '.repeat(200_000).trim();
    const blocks = segment(`head\n${long}\ntail`);
    assert.equal(blocks.length, 3);
    assert.equal(blocks[1]!.text.length, long.length);
  });
});
