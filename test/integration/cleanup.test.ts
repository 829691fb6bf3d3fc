/**
 * The cleanup commands in the real editor: Export Clean Text (file and untitled), Clean Source in
 * Place (one undoable edit; annotations moved; the sidecar's hash is the saved text) with undo,
 * and Clean All Sources with cancellation and a summary.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CleanAllSummary } from '../../src/editor/commands/cleanAllSources';
import type { CleanSummary } from '../../src/editor/commands/cleanupEdit';
import { sha256Hex, SourceText, targetHolds, targetsOf } from '../../src/sidecar/index';
import type { Sidecar } from '../../src/sidecar/types';
import { ARTICLE, diskSidecar, newSource, readText, waitForDisk, writeSource } from './sources';
import { closeAllEditors, waitFor } from './util';

/** The article with whitespace to normalise and a mismatched quotation mark. */
const MESSY = ARTICLE.replace('The council voted', 'The council   voted').replace(
  '"We have balanced',
  '\u201cWe have balanced',
);

function assertAnchored(text: string, s: Sidecar): void {
  const src = new SourceText(text);
  for (const a of s.annotations)
    for (const t of targetsOf(a))
      assert.ok(
        t.anchor === 'orphaned' || targetHolds(src, t),
        `${a.id} holds ${JSON.stringify(t)}`,
      );
}

async function annotated(text = MESSY): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor }> {
  const r = await newSource(text);
  await vscode.commands.executeCommand('scrapemark.annotateFile', r.uri);
  await waitForDisk(r.uri, (s) => s.annotations.length > 0, 'the sidecar is written');
  return r;
}

suite('cleanup commands', () => {
  teardown(closeAllEditors);

  test('Export Clean Text: <name>.clean.txt and an untitled editor, the source untouched', async () => {
    const { uri, editor } = await annotated();
    const fileUri = await vscode.commands.executeCommand<vscode.Uri>(
      'scrapemark.exportCleanText',
      uri,
      'file',
    );
    assert.ok(fileUri?.path.endsWith('.clean.txt'));
    const clean = await readText(fileUri);
    assert.ok(clean !== null);
    assert.ok(!clean.includes('Home | World'), 'the navigation line is dropped');
    assert.ok(clean.includes('The council voted 7 to 2'), 'whitespace is normalised');
    assert.ok(
      clean.includes('\u201cWe have balanced the books for the first time in a decade,\u201d'),
    );
    const untitled = await vscode.commands.executeCommand<vscode.Uri>(
      'scrapemark.exportCleanText',
      uri,
      'untitled',
    );
    const doc = vscode.workspace.textDocuments.find(
      (d) => d.uri.toString() === untitled?.toString(),
    );
    assert.equal(doc?.getText(), clean);
    assert.equal(editor.document.getText(), MESSY);
    assert.equal(await readText(uri), MESSY);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Clean Source in Place: one undoable edit, annotations moved, sidecar hash = saved text', async () => {
    const { uri, editor } = await annotated();
    const before = await diskSidecar(uri);
    const quote = before.annotations.find((a) => a.kind === 'quote');
    assert.ok(quote, 'the analysis proposes the quote');
    const summary = await vscode.commands.executeCommand<CleanSummary>(
      'scrapemark.cleanSourceInPlace',
      uri,
    );
    assert.ok(summary && summary.edits > 0);
    const cleaned = editor.document.getText();
    assert.ok(!cleaned.includes('Home | World'));
    assert.ok(cleaned.includes('The council voted 7 to 2'));
    assert.equal(editor.document.isDirty, false, 'the source is saved');
    const bytes = await vscode.workspace.fs.readFile(uri);
    const after = await waitForDisk(
      uri,
      (s) => s.source.sha256 === sha256Hex(bytes),
      'the sidecar records the new hash',
    );
    assertAnchored(cleaned, after);
    const moved = after.annotations.find((a) => a.id === quote.id);
    assert.equal(moved?.target.exact, quote.target.exact, 'the quote keeps its words');
    assert.ok(
      !after.annotations.some((a) => a.kind === 'segment' && a.target.exact?.startsWith('Home |')),
    );

    // One undo step restores the whole text; the annotations move back with it.
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => editor.document.getText() === MESSY, undefined, 'undo restores the text');
    await editor.document.save();
    const restored = await waitForDisk(
      uri,
      (s) => s.source.sha256 === sha256Hex(new TextEncoder().encode(MESSY)),
      'the sidecar follows the restored text',
    );
    assertAnchored(MESSY, restored);
    assert.equal(
      restored.annotations.find((a) => a.id === quote.id)?.target.exact,
      quote.target.exact,
    );

    // Undo Annotation Change brings back what the transaction removed, anchored on the old text.
    const removed = before.annotations.filter((a) => !after.annotations.some((b) => b.id === a.id));
    assert.ok(removed.length > 0, 'the cleanup removed the segments of dropped text');
    assert.equal(
      await vscode.commands.executeCommand('scrapemark.undoAnnotationChange', uri),
      true,
    );
    const back = await waitForDisk(
      uri,
      (s) =>
        removed.every((r) =>
          s.annotations.some((a) => a.id === r.id && a.target.anchor === undefined),
        ),
      'the removed annotations are back, anchored',
    );
    assertAnchored(MESSY, back);
  });

  test('Clean All Sources: cancellation stops after the current file; then all are cleaned with a summary', async () => {
    const uris: vscode.Uri[] = [];
    for (let i = 0; i < 3; i++) uris.push((await annotated()).uri);
    await closeAllEditors();
    const cts = new vscode.CancellationTokenSource();
    const first = await vscode.commands.executeCommand<CleanAllSummary>(
      'scrapemark.cleanAllSources',
      {
        token: cts.token,
        onFile: () => cts.cancel(),
      },
    );
    assert.ok(first);
    assert.equal(first.cancelled, true);
    assert.equal(first.cleaned + first.unchanged + first.skipped + first.failed, 1);
    const all = await vscode.commands.executeCommand<CleanAllSummary>(
      'scrapemark.cleanAllSources',
      {},
    );
    assert.ok(all);
    assert.equal(all.cancelled, false);
    assert.equal(all.failed, 0, all.errors.join('\n'));
    assert.equal(all.cleaned + all.unchanged + all.skipped, all.total);
    for (const uri of uris) {
      const text = await readText(uri);
      assert.ok(text !== null && !text.includes('Home | World'), uri.path);
      const s = await diskSidecar(uri);
      assert.equal(s.source.sha256, sha256Hex(await vscode.workspace.fs.readFile(uri)));
      assertAnchored(text, s);
    }
    // A source without a sidecar is not a target of Clean All.
    const bare = await writeSource(MESSY);
    await vscode.commands.executeCommand<CleanAllSummary>('scrapemark.cleanAllSources', {});
    assert.equal(await readText(bare), MESSY);
  });
});
