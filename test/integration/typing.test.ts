/** Highlighting follows a keystroke at once, before the debounced refresh (see Decorator.shift). */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, getApi } from './util';
import { newSource, painted } from './sources';

suite('typing', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  test('a keystroke moves every painted range in the same event, before the refresh', async () => {
    const api = await getApi();
    const { uri, editor } = await newSource();
    const before = api.getState(uri)!.decorations;
    assert.ok((before.body ?? []).length > 0, 'body ranges are painted');
    const t1 = performance.now();
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x'));
    // Read synchronously after the edit: whether or not the debounced refresh has run yet
    // (a loaded machine may be slower than the delay), the ranges are one character later.
    const shifted = api.paints(uri)?.shift;
    assert.ok(shifted && shifted.at > t1, 'the change event repainted the shifted ranges');
    const moved = (d: Readonly<Record<string, readonly { start: number; end: number }[]>>) =>
      Object.fromEntries(
        Object.entries(d).map(([k, l]) => [
          k,
          l.map((s) => ({ start: s.start + 1, end: s.end + 1 })),
        ]),
      );
    assert.deepEqual(api.getState(uri)!.decorations, moved(before));
    // The refresh re-analyses the (small) text and paints from the session again.
    assert.equal(await api.ready(uri), true);
    const at = editor.document.getText().indexOf('The council voted');
    assert.ok(painted(api.getState(uri)!, 'body', { start: at, end: at + 17 }));
  });
});
