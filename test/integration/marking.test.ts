import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors } from './util';
import { diskSidecar, memorySidecar, newSource, painted, select, state } from './sources';

suite('marking commands', () => {
  teardown(closeAllEditors);

  test('a .txt matched by scrapemark.sources.include is analysed and highlighted on open', async () => {
    const { uri, editor } = await newSource();
    assert.equal(editor.document.languageId, 'scrapemark-source');
    const s = await state(uri);
    const painted = Object.values(s.decorations).reduce((n, l) => n + l.length, 0);
    assert.ok(painted > 0, 'something is painted');
    assert.ok(
      memorySidecar(s).annotations.some((a) => a.status === 'proposed'),
      'proposals exist',
    );
    assert.match(s.status, /%/);
  });

  test('Mark Selection as Body writes a manual body segment and paints it', async () => {
    const { uri, editor } = await newSource();
    const span = select(editor, 'The council voted 7 to 2');
    const id = await vscode.commands.executeCommand<string>('scrapemark.markBody');
    assert.ok(id, 'the command returns the new id');
    const disk = await diskSidecar(uri);
    const a = disk.annotations.find((x) => x.id === id);
    assert.ok(a && a.kind === 'segment');
    assert.equal(a.label, 'body');
    assert.equal(a.status, undefined);
    assert.equal(a.target.exact, 'The council voted 7 to 2');
    assert.ok(painted(await state(uri), 'body', span));
  });

  test('Mark Selection as Boilerplate with a kind paints it dimmed as site chrome', async () => {
    const { uri, editor } = await newSource();
    const span = select(editor, 'Home | World | Business | Sport');
    const id = await vscode.commands.executeCommand<string>(
      'scrapemark.markBoilerplate',
      'navigation',
    );
    const a = (await diskSidecar(uri)).annotations.find((x) => x.id === id);
    assert.ok(a && a.kind === 'segment' && a.label === 'boilerplate' && a.block === 'navigation');
    assert.ok(painted(await state(uri), 'boilerplateChrome', span));
  });

  test('Mark Selection as Quote trims the marks, finds the speaker mention and the cue', async () => {
    const { uri, editor } = await newSource();
    select(editor, '"We have balanced the books for the first time in a decade,"');
    const id = await vscode.commands.executeCommand<string>('scrapemark.markQuote', {
      speaker: 'Jane Doe',
    });
    const disk = await diskSidecar(uri);
    const q = disk.annotations.find((x) => x.id === id);
    assert.ok(q && q.kind === 'quote');
    assert.equal(q.target.exact, 'We have balanced the books for the first time in a decade,');
    assert.equal(q.quote_type, 'direct');
    assert.equal(q.speaker_span?.exact, 'Jane Doe');
    assert.equal(q.cue_span?.exact, 'said');
    assert.equal(disk.entities?.find((e) => e.id === q.speaker)?.name, 'Jane Doe');
    const s = await state(uri);
    const text = editor.document.getText();
    const at = (needle: string) => ({
      start: text.indexOf(needle),
      end: text.indexOf(needle) + needle.length,
    });
    assert.ok(
      painted(s, 'quote', at('We have balanced the books for the first time in a decade,')),
    );
    assert.ok(painted(s, 'speaker', at('Jane Doe')));
    assert.ok(painted(s, 'cue', at('said')));
  });

  test('Mark Selection as Metadata normalises a date to ISO 8601', async () => {
    const { uri, editor } = await newSource();
    const span = select(editor, '13.01.2025 09:28');
    const id = await vscode.commands.executeCommand<string>('scrapemark.markMetadata', {
      field: 'published',
      edit: false,
    });
    const m = (await diskSidecar(uri)).annotations.find((x) => x.id === id);
    assert.ok(m && m.kind === 'meta');
    assert.equal(m.field, 'published');
    assert.equal(m.value, '2025-01-13T09:28');
    assert.equal(m.target.exact, '13.01.2025 09:28');
    assert.ok(painted(await state(uri), 'metadata', span));
  });

  test('Remove Annotation at Cursor removes it; Undo and Redo Annotation Change restore and redo', async () => {
    const { uri, editor } = await newSource();
    select(editor, '13.01.2025 09:28');
    const id = await vscode.commands.executeCommand<string>('scrapemark.markMetadata', {
      field: 'published',
      value: '2025-01-13',
    });
    assert.ok(id);
    const p = editor.document.getText().indexOf('01.2025');
    editor.selection = new vscode.Selection(
      editor.document.positionAt(p),
      editor.document.positionAt(p),
    );
    const removed = await vscode.commands.executeCommand<string>('scrapemark.removeAnnotation');
    assert.equal(removed, id);
    assert.equal(
      (await diskSidecar(uri)).annotations.some((a) => a.id === id),
      false,
    );

    assert.equal(await vscode.commands.executeCommand('scrapemark.undoAnnotationChange'), true);
    assert.equal(
      (await diskSidecar(uri)).annotations.some((a) => a.id === id),
      true,
    );
    assert.equal(await vscode.commands.executeCommand('scrapemark.redoAnnotationChange'), true);
    assert.equal(
      (await diskSidecar(uri)).annotations.some((a) => a.id === id),
      false,
    );
    // Undo twice: back before the metadata was added at all.
    await vscode.commands.executeCommand('scrapemark.undoAnnotationChange');
    await vscode.commands.executeCommand('scrapemark.undoAnnotationChange');
    assert.equal(
      (await diskSidecar(uri)).annotations.some((a) => a.id === id),
      false,
    );
    assert.equal(
      memorySidecar(await state(uri)).annotations.some((a) => a.id === id),
      false,
    );
  });
});
