import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/sidecar/types';
import { closeAllEditors, getApi, waitFor } from './util';
import {
  diskSidecar,
  memorySidecar,
  newSource,
  placeCursor,
  readText,
  select,
  sidecarUri,
  state,
  writeSource,
} from './sources';

/** A proposal whose main target holds the cursor without any other proposal overlapping it. */
function lonelyProposal(annotations: readonly Annotation[]): Annotation {
  const proposals = annotations.filter((a) => a.status === 'proposed');
  const p = proposals.find((a) =>
    proposals.every(
      (b) => b === a || b.target.end < a.target.start || b.target.start > a.target.end,
    ),
  );
  assert.ok(p, 'the analysis proposes something');
  return p;
}

suite('review commands', () => {
  teardown(closeAllEditors);

  test('Accept Proposal at the cursor writes it as accepted; Reject marks it rejected and unpaints it', async () => {
    const { uri, editor } = await newSource();
    const s = await state(uri);
    const p = lonelyProposal(memorySidecar(s).annotations);
    placeCursor(editor, p.target.start); // BMP text: code points = UTF-16 offsets
    assert.equal(await vscode.commands.executeCommand('scrapemark.acceptProposal'), p.id);
    assert.equal(
      (await diskSidecar(uri)).annotations.find((a) => a.id === p.id)?.status,
      'accepted',
    );

    assert.equal(
      await vscode.commands.executeCommand('scrapemark.rejectProposal', { id: p.id }),
      p.id,
    );
    assert.equal(
      (await diskSidecar(uri)).annotations.find((a) => a.id === p.id)?.status,
      'rejected',
    );
    const marks = (await state(uri)).marks.filter((m) => m.id === p.id);
    assert.equal(marks.length, 0, 'a rejected annotation is not painted');
  });

  test('Accept All Proposals in File accepts every proposal in one undoable step', async () => {
    const { uri } = await newSource();
    const before = memorySidecar(await state(uri)).annotations.filter(
      (a) => a.status === 'proposed',
    ).length;
    assert.ok(before > 0);
    assert.equal(await vscode.commands.executeCommand('scrapemark.acceptAllProposals'), before);
    const disk = await diskSidecar(uri);
    assert.equal(disk.annotations.filter((a) => a.status === 'proposed').length, 0);
    assert.equal(disk.annotations.filter((a) => a.status === 'accepted').length, before);
    await vscode.commands.executeCommand('scrapemark.undoAnnotationChange');
    const undone = await diskSidecar(uri);
    assert.equal(undone.annotations.filter((a) => a.status === 'proposed').length, before);
  });

  test('Next / Previous Annotation and Proposal move the cursor from mark to mark, wrapping', async () => {
    const { uri, editor } = await newSource();
    select(editor, '"We have balanced the books for the first time in a decade,"');
    const id = await vscode.commands.executeCommand<string>('scrapemark.markQuote', {
      speaker: null,
    });
    assert.ok(id);
    placeCursor(editor, 0);
    const s = await state(uri);
    const quoteStart = s.marks.find((m) => m.id === id)!.span.start;
    // Walk forward until we land on the quote: every step moves the cursor to a mark start.
    let landed = false;
    for (let i = 0; i < s.marks.length + 1 && !landed; i++) {
      const got = await vscode.commands.executeCommand<string>('scrapemark.nextAnnotation');
      const offset = editor.document.offsetAt(editor.selection.active);
      assert.ok(s.marks.some((m) => m.id === got && m.span.start === offset));
      landed = got === id;
    }
    assert.ok(landed, 'Next Annotation reaches the quote');
    assert.equal(editor.document.offsetAt(editor.selection.active), quoteStart);
    const prev = await vscode.commands.executeCommand<string>('scrapemark.previousAnnotation');
    assert.notEqual(prev, id);
    const proposal = await vscode.commands.executeCommand<string>('scrapemark.nextProposal');
    const pm = s.marks.find((m) => m.id === proposal);
    assert.equal(pm?.status, 'proposed');
    const back = await vscode.commands.executeCommand<string>('scrapemark.previousProposal');
    assert.equal(s.marks.find((m) => m.id === back)?.status, 'proposed');
  });

  test('Open Sidecar creates the annotation file and opens it beside the source', async () => {
    const { uri } = await newSource();
    assert.equal(await readText(sidecarUri(uri)), null, 'no sidecar before');
    const editor =
      await vscode.commands.executeCommand<vscode.TextEditor>('scrapemark.openSidecar');
    assert.equal(editor?.document.uri.toString(), sidecarUri(uri).toString());
    const disk = await diskSidecar(uri);
    assert.ok(disk.annotations.length > 0, 'the proposals are written');
  });

  test('Toggle Highlighting clears every decoration and brings them back', async () => {
    const { uri } = await newSource();
    const count = async () => {
      const s = await state(uri);
      return Object.values(s.decorations).reduce((n, l) => n + l.length, 0);
    };
    assert.ok((await count()) > 0);
    assert.equal(await vscode.commands.executeCommand('scrapemark.toggleHighlighting'), false);
    await waitFor(async () => (await count()) === 0, undefined, 'decorations cleared');
    assert.equal(await vscode.commands.executeCommand('scrapemark.toggleHighlighting'), true);
    await waitFor(async () => (await count()) > 0, undefined, 'decorations back');
  });

  test('Annotate This File opts in a file no glob matches: language, sidecar, highlighting', async () => {
    const uri = await writeSource(
      'A title\n\nSome body text of the article, long enough to be prose.\n',
      'article',
    );
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const api = await getApi();
    assert.equal(await api.ready(uri), false, 'not a source before');
    assert.equal(await vscode.commands.executeCommand('scrapemark.annotateFile'), true);
    assert.equal(await api.ready(uri), true);
    const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.equal(current?.languageId, 'scrapemark-source');
    await diskSidecar(uri);
  });

  test('Re-analyze rebuilds the proposals without touching manual annotations', async () => {
    const { uri, editor } = await newSource();
    select(editor, 'The council voted 7 to 2');
    const id = await vscode.commands.executeCommand<string>('scrapemark.markBody');
    await vscode.commands.executeCommand('scrapemark.reanalyze');
    const s = memorySidecar(await state(uri));
    assert.ok(s.annotations.some((a) => a.id === id && a.status === undefined));
    assert.ok(s.annotations.some((a) => a.status === 'proposed'));
  });
});
