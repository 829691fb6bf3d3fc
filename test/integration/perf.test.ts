/**
 * Timings inside the real VS Code (opt-in: SCRAPEMARK_PERF=1, they take a while on 2 cores).
 * Results are appended to the runner's results file as `perf:` lines.
 */
import * as assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { closeAllEditors, getApi } from './util';
import { ARTICLE, writeSource } from './sources';

function report(line: string): void {
  const file = process.env.SCRAPEMARK_TEST_RESULTS;
  if (file) appendFileSync(file, `perf: ${line}\n`);
}

/** About `bytes` of article text (the sample article repeated, each copy numbered). */
function bigText(bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let size = 0; size < bytes; n++) {
    const part = ARTICLE.replace('City council', `City council ${n}`);
    parts.push(part);
    size += part.length;
  }
  return parts.join('\n');
}

suite('performance', function () {
  this.timeout(300_000);
  suiteSetup(function () {
    if (!process.env.SCRAPEMARK_PERF) this.skip();
  });
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  test('activation', async () => {
    const api = await getApi();
    report(`activate() took ${api.activationMs} ms`);
  });

  for (const mb of [1, 10]) {
    test(`${mb} MB source: open to first highlight, then re-decoration after a keystroke`, async () => {
      const api = await getApi();
      const uri = await writeSource(bigText(mb * 1024 * 1024));
      const t0 = Date.now();
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      assert.equal(await api.ready(uri), true);
      const open = Date.now() - t0;
      const painted = Object.values(api.getState(uri)!.decorations).reduce(
        (n, l) => n + l.length,
        0,
      );
      assert.ok(painted > 0);
      report(`${mb} MB: open → first highlight ${open} ms (${painted} decorated ranges)`);

      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t1 = Date.now();
        await editor.edit((b) => b.insert(new vscode.Position(2, 0), 'x'));
        await api.ready(uri);
        times.push(Date.now() - t1);
      }
      const delay = vscode.workspace
        .getConfiguration('scrapemark')
        .get<number>('highlight.delay', 250);
      report(
        `${mb} MB: keystroke → repainted ${times.join(', ')} ms (includes the ${delay} ms debounce)`,
      );
    });
  }
});
