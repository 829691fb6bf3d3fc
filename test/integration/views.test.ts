import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, getApi, waitFor } from './util';
import {
  diskSidecar,
  memorySidecar,
  newSource,
  openSource,
  placeCursor,
  readText,
  select,
  sidecarUri,
  state,
  writeSource,
  writeText,
} from './sources';

suite('views and language features', () => {
  teardown(closeAllEditors);

  test('the Annotations view lists metadata, quotes grouped by speaker and segments; reveal selects', async () => {
    const { uri, editor } = await newSource();
    select(editor, '"We have balanced the books for the first time in a decade,"');
    const id = await vscode.commands.executeCommand<string>('scrapemark.markQuote', {
      speaker: 'Jane Doe',
    });
    await state(uri);
    const api = await getApi();
    const labels = api.treeLabels();
    const quotes = labels.indexOf('Quotes');
    assert.ok(
      labels.includes('Metadata') && labels.includes('Segments') && quotes >= 0,
      labels.join('\n'),
    );
    const speaker = labels.indexOf('  Jane Doe', quotes);
    assert.ok(speaker > quotes, 'the speaker is a group under Quotes');
    assert.match(labels[speaker + 1] ?? '', /^ {4}"We have balanced/);

    placeCursor(editor, 0);
    assert.equal(
      await vscode.commands.executeCommand('scrapemark._revealAnnotation', { id, uri }),
      true,
    );
    const active = vscode.window.activeTextEditor!;
    assert.equal(
      active.document.getText(active.selection),
      'We have balanced the books for the first time in a decade,',
    );
  });

  test('Open Sample Corpus opens a source of the workspace', async () => {
    const opened = await vscode.commands.executeCommand<vscode.Uri>('scrapemark.openSampleCorpus');
    assert.ok(opened?.path.endsWith('.txt'));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), opened.toString());
  });

  test('hover over a quote shows speaker, cue, status and provenance', async () => {
    const { uri, editor } = await newSource();
    select(editor, '"We have balanced the books for the first time in a decade,"');
    await vscode.commands.executeCommand('scrapemark.markQuote', { speaker: 'Jane Doe' });
    await state(uri);
    const pos = editor.document.positionAt(editor.document.getText().indexOf('balanced'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      pos,
    );
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
      .join('\n');
    assert.match(text, /Jane Doe/);
    assert.match(text, /said/);
    assert.match(text, /manual/);
  });

  test('CodeLens offers Accept / Reject above proposals and running it accepts', async () => {
    const { uri } = await newSource();
    const lenses = await waitFor(
      async () => {
        const l = await vscode.commands.executeCommand<vscode.CodeLens[]>(
          'vscode.executeCodeLensProvider',
          uri,
        );
        return l.length > 0 ? l : undefined;
      },
      undefined,
      'code lenses',
    );
    const accept = lenses.find((l) => l.command?.command === 'scrapemark.acceptProposal');
    assert.ok(accept?.command);
    const id = await vscode.commands.executeCommand<string>(
      accept.command.command,
      ...((accept.command.arguments ?? []) as unknown[]),
    );
    assert.ok(id);
    assert.equal((await diskSidecar(uri)).annotations.find((a) => a.id === id)?.status, 'accepted');
  });

  test('an annotation whose text was deleted is orphaned: warning diagnostic, and quick fixes re-attach it', async () => {
    const { uri, editor } = await newSource();
    select(editor, '13.01.2025 09:28');
    const id = await vscode.commands.executeCommand<string>('scrapemark.markMetadata', {
      field: 'published',
      value: '2025-01-13',
    });
    assert.ok(id);
    // Delete the date line in the editor: the annotation's text is gone.
    const text = editor.document.getText();
    const start = text.indexOf('13.01.2025 09:28');
    await editor.edit((b) =>
      b.delete(
        new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + 16)),
      ),
    );
    const diag = await waitFor(
      () =>
        vscode.languages
          .getDiagnostics(uri)
          .find((d) => d.code === 'orphaned' && d.message.includes(id)),
      undefined,
      'an orphaned diagnostic',
    );
    assert.equal(diag.severity, vscode.DiagnosticSeverity.Warning);
    // Re-attach it to the title via the quick fix.
    select(editor, 'City council approves new budget');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diag.range,
    );
    const forId = (a: vscode.CodeAction, command: string) =>
      a.command?.command === command &&
      (a.command.arguments?.[0] as { id?: string } | undefined)?.id === id;
    const reattach = actions.find((a) => forId(a, 'scrapemark._reattachAnnotation'));
    const remove = actions.find((a) => forId(a, 'scrapemark.removeAnnotation'));
    assert.ok(reattach?.command && remove);
    await vscode.commands.executeCommand(
      reattach.command.command,
      ...((reattach.command.arguments ?? []) as unknown[]),
    );
    const s = memorySidecar(await state(uri));
    const a = s.annotations.find((x) => x.id === id);
    assert.equal(a?.target.exact, 'City council approves new budget');
    assert.equal(a?.target.anchor, undefined);
    await waitFor(
      () => !vscode.languages.getDiagnostics(uri).some((d) => d.message.includes(id)),
      undefined,
      'its diagnostic gone',
    );
  });

  test('a malformed sidecar gets an error diagnostic at its line/col and is never overwritten', async () => {
    const uri = await writeSource(
      'Title\n\nBody text of the article goes here and is long enough.\n',
    );
    const bad = 'schema: scrapemark/1\nsource: [unclosed\n';
    await writeText(sidecarUri(uri), bad);
    const editor = await openSource(uri);
    const s = await state(uri);
    assert.ok(s.sidecarErrors > 0);
    assert.ok(s.problem);
    const diags = await waitFor(
      () => {
        const d = vscode.languages.getDiagnostics(sidecarUri(uri));
        return d.length > 0 ? d : undefined;
      },
      undefined,
      'sidecar diagnostics',
    );
    assert.equal(diags[0]!.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(diags[0]!.range.start.line >= 1, 'the error points into the file, not at its top');
    select(editor, 'Body text');
    await vscode.commands.executeCommand('scrapemark.markBody');
    assert.equal(await readText(sidecarUri(uri)), bad, 'the file is untouched');
  });
});
