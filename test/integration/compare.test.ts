/**
 * Scrapemark: Compare Annotations with HEAD in the real editor: in a git repository (made in a
 * sub-folder of the test workspace and opened through the git extension) the read-only document
 * shows the semantic diff; outside one the command says so.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import type { CompareResult } from '../../src/editor/commands/compareWithHead';
import { ARTICLE, diskSidecar, openSource, waitForDisk, writeText } from './sources';
import { closeAllEditors, waitFor, workspaceRoot } from './util';

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { cwd });
}

suite('compare with HEAD', () => {
  teardown(closeAllEditors);

  test('shows added and changed annotations against the committed sidecar', async function () {
    const ext = vscode.extensions.getExtension<{ enabled: boolean }>('vscode.git');
    if (!ext) this.skip();
    // The test profile turns git off (scripts/vscode/codeserver.mjs); turn it on for this test.
    const config = vscode.workspace.getConfiguration('git');
    await config.update('enabled', true, vscode.ConfigurationTarget.Global);
    try {
      const api = ext.isActive ? ext.exports : await ext.activate();
      await waitFor(() => api.enabled, undefined, 'the git extension is enabled');
      await compareInRepository();
    } finally {
      await config.update('enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  async function compareInRepository(): Promise<void> {
    const dir = vscode.Uri.joinPath(workspaceRoot(), `repo-${Date.now()}`);
    const uri = vscode.Uri.joinPath(dir, 'story.txt');
    await writeText(uri, ARTICLE);
    await openSource(uri);
    await vscode.commands.executeCommand('scrapemark.annotateFile', uri);
    await waitForDisk(uri, (s) => s.annotations.length > 0, 'the sidecar is written');
    git(dir.fsPath, 'init', '-q');
    git(dir.fsPath, 'add', '.');
    git(dir.fsPath, 'commit', '-q', '-m', 'annotated');

    const proposal = (await diskSidecar(uri)).annotations.find((a) => a.status === 'proposed');
    assert.ok(proposal);
    await vscode.commands.executeCommand('scrapemark.acceptProposal', { id: proposal.id });
    await waitForDisk(
      uri,
      (s) => s.annotations.some((a) => a.id === proposal.id && a.status === 'accepted'),
      'accepted on disk',
    );

    const r = await vscode.commands.executeCommand<CompareResult>(
      'scrapemark.compareWithHead',
      uri,
    );
    assert.ok(r, 'the command returns its result');
    assert.equal(r.error, undefined, r.error);
    assert.match(r.text ?? '', new RegExp(`^~ \\w+ ${proposal.id} `, 'm'));
    assert.match(r.text ?? '', /^ {4}status: "proposed" → "accepted"$/m);
    assert.match(r.text ?? '', /0 added, 0 removed, 1 changed, 0 moved/);
    const shown = vscode.window.visibleTextEditors.find(
      (e) => e.document.uri.toString() === r.uri?.toString(),
    );
    assert.ok(shown, 'the diff is shown');
    assert.equal(shown.document.uri.scheme, 'scrapemark-diff', 'in a read-only document');
  }

  test('outside a git repository it reports why', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), `nogit-${Date.now()}.txt`);
    await writeText(uri, ARTICLE);
    await openSource(uri);
    const r = await vscode.commands.executeCommand<CompareResult>(
      'scrapemark.compareWithHead',
      uri,
    );
    assert.ok(r?.error, 'an explanation');
    assert.match(r.error, /git/i);
  });
});
