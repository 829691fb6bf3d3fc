import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addAnnotation, removeAnnotation } from '../../src/sidecar/edit';
import { serializeSidecar } from '../../src/sidecar/serialize';
import { sha256Hex } from '../../src/sidecar/sha256';
import { closeAllEditors, waitFor } from './util';
import {
  ARTICLE,
  diskSidecar,
  memorySidecar,
  newSource,
  painted,
  readText,
  select,
  sidecarUri,
  state,
  waitForDisk,
  writeText,
} from './sources';

suite('living with edits', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  test('typing before an annotation shifts it (code points past an emoji); saving writes the shift', async () => {
    const { uri, editor } = await newSource();
    select(editor, 'The council voted 7 to 2');
    const id = await vscode.commands.executeCommand<string>('scrapemark.markBody');
    const before = (await diskSidecar(uri)).annotations.find((a) => a.id === id)!.target.start;

    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '😀 '));
    const s = await state(uri);
    const moved = memorySidecar(s).annotations.find((a) => a.id === id)!;
    assert.equal(moved.target.start, before + 2, 'one code point for the emoji, one for the space');
    assert.equal(moved.target.anchor, undefined);
    const at = editor.document.getText().indexOf('The council voted 7 to 2');
    assert.ok(painted(s, 'body', { start: at, end: at + 24 }), 'painted at the UTF-16 offset');
    assert.equal(s.dirty, true, 'held until the source is saved');
    assert.equal(
      (await diskSidecar(uri)).annotations.find((a) => a.id === id)!.target.start,
      before,
    );

    await editor.document.save();
    const disk = await waitForDisk(
      uri,
      (d) => d.annotations.find((a) => a.id === id)?.target.start === before + 2,
      'the shifted offsets on disk',
    );
    const bytes = await vscode.workspace.fs.readFile(uri);
    assert.equal(disk.source.sha256, sha256Hex(bytes), 'the sidecar describes the saved source');
  });

  test('a sidecar changed on disk (no unsaved changes) is reloaded', async () => {
    const { uri, editor } = await newSource();
    select(editor, 'The council voted 7 to 2');
    const id = await vscode.commands.executeCommand<string>('scrapemark.markBody');
    assert.ok(id);
    const disk = await diskSidecar(uri);
    await writeText(sidecarUri(uri), serializeSidecar(removeAnnotation(disk, id)));
    await waitFor(
      async () => !memorySidecar(await state(uri)).annotations.some((a) => a.id === id),
      undefined,
      'the external removal to be picked up',
    );
  });

  test('a sidecar changed on disk while annotation changes are unsaved is not clobbered; merge keeps both', async () => {
    const { uri, editor } = await newSource();
    select(editor, 'The council voted 7 to 2');
    const first = await vscode.commands.executeCommand<string>('scrapemark.markBody');
    assert.ok(first);
    // Make the source dirty, then annotate: the change is held in memory.
    await editor.edit((b) =>
      b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\n'),
    );
    select(editor, 'Opponents argued');
    const mine = await vscode.commands.executeCommand<string>('scrapemark.markBody');
    assert.ok(mine);
    assert.equal((await state(uri)).dirty, true);

    // Someone else adds an annotation to the file on disk.
    const disk = await diskSidecar(uri);
    const start = ARTICLE.indexOf('City council');
    const theirs = addAnnotation(
      disk,
      ARTICLE,
      {
        kind: 'meta',
        field: 'title',
        value: 'City council approves new budget',
        span: { start, end: start + 32 },
      },
      { by: 'someone-else' },
    );
    const theirText = serializeSidecar(theirs.sidecar);
    await writeText(sidecarUri(uri), theirText);
    await waitFor(async () => (await state(uri)).conflict, undefined, 'the conflict to be noticed');
    assert.equal(await readText(sidecarUri(uri)), theirText, 'their file is untouched');

    assert.equal(
      await vscode.commands.executeCommand('scrapemark.resolveSidecarConflict', 'merge', uri),
      true,
    );
    const merged = memorySidecar(await state(uri));
    assert.ok(merged.annotations.some((a) => a.id === mine));
    assert.ok(merged.annotations.some((a) => a.id === theirs.id));
    await editor.document.save();
    await waitForDisk(
      uri,
      (d) =>
        d.annotations.some((a) => a.id === mine) && d.annotations.some((a) => a.id === theirs.id),
      'both annotations written on save',
    );
  });

  for (const choice of ['reload', 'keep'] as const) {
    test(`conflict resolved with '${choice}': ${choice === 'reload' ? 'their file wins, our held change is dropped' : 'ours is written on save, theirs is overwritten'}`, async () => {
      const { uri, editor } = await newSource();
      select(editor, 'The council voted 7 to 2');
      await vscode.commands.executeCommand<string>('scrapemark.markBody');
      await editor.edit((b) =>
        b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\n'),
      );
      select(editor, 'Opponents argued');
      const mine = await vscode.commands.executeCommand<string>('scrapemark.markBody');
      assert.ok(mine);
      const disk = await diskSidecar(uri);
      const start = ARTICLE.indexOf('City council');
      const theirs = addAnnotation(
        disk,
        ARTICLE,
        { kind: 'meta', field: 'title', value: 'x', span: { start, end: start + 12 } },
        { by: 'someone-else' },
      );
      await writeText(sidecarUri(uri), serializeSidecar(theirs.sidecar));
      await waitFor(
        async () => (await state(uri)).conflict,
        undefined,
        'the conflict to be noticed',
      );
      await vscode.commands.executeCommand('scrapemark.resolveSidecarConflict', choice, uri);
      const held = memorySidecar(await state(uri));
      if (choice === 'reload') {
        assert.ok(held.annotations.some((a) => a.id === theirs.id));
        assert.ok(!held.annotations.some((a) => a.id === mine));
        assert.equal((await state(uri)).dirty, false);
      } else {
        assert.ok(held.annotations.some((a) => a.id === mine));
        assert.ok(!held.annotations.some((a) => a.id === theirs.id));
        await editor.document.save();
        await waitForDisk(
          uri,
          (d) =>
            d.annotations.some((a) => a.id === mine) &&
            !d.annotations.some((a) => a.id === theirs.id),
          'ours written over theirs on save',
        );
      }
    });
  }

  test('a source changed outside the editor is re-anchored by quote and the sidecar rewritten', async () => {
    const { uri, editor } = await newSource();
    select(editor, '"We have balanced the books for the first time in a decade,"');
    const id = await vscode.commands.executeCommand<string>('scrapemark.markQuote', {
      speaker: 'Jane Doe',
    });
    const before = (await diskSidecar(uri)).annotations.find((a) => a.id === id)!;
    const prefix = 'Breaking news from the city hall\n\n';
    await writeText(uri, prefix + ARTICLE);
    const disk = await waitForDisk(
      uri,
      (d) =>
        d.annotations.find((a) => a.id === id)?.target.start ===
        before.target.start + prefix.length,
      'the re-anchored quote on disk',
    );
    const q = disk.annotations.find((a) => a.id === id)!;
    assert.equal(q.target.exact, before.target.exact);
    assert.equal(q.target.anchor, undefined);
    assert.equal(disk.source.sha256, sha256Hex(await vscode.workspace.fs.readFile(uri)));
  });
});
