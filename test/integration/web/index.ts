/**
 * The web test: VS Code loads this module as extensionTestsPath in the WEB WORKER extension host
 * (scripts/vscode/run-tests.mjs starts a second workbench with `remote.extensionKind` set to
 * `["web"]` for Scrapemark, so its `browser` bundle, dist/web/extension.js, runs there, and the
 * tests run in the host of the extension whose folder holds them).
 *
 * A web worker has no Node: no mocha, no node:fs. This file is its own tiny runner; result lines
 * are written with vscode.workspace.fs to the file named by the user setting
 * `scrapemarkTest.resultsPath` (on the server's disk), ending with `N passed, N failed`.
 */
import * as vscode from 'vscode';
import type { ScrapemarkApi } from '../../../src/editor/api';

const EXTENSION_ID = 'scrapemark.scrapemark';
/** Time a condition gets before the test fails (a loaded 2-core machine runs the workbench too). */
const WAIT_MS = 60_000;
/** How often a condition is re-checked. */
const POLL_MS = 50;

type Test = readonly [name: string, fn: () => Promise<void>];

function check(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

async function waitFor<T>(what: string, condition: () => T | undefined): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const v = condition();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${WAIT_MS} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

const tests: Test[] = [
  [
    'the browser bundle runs in the web worker extension host and highlights a seed',
    async () => {
      // A dedicated worker: importScripts exists, Node's process and require do not.
      const g = globalThis as Record<string, unknown>;
      check(typeof g.importScripts === 'function', 'running in a web worker');
      check(typeof g.process === 'undefined', 'no Node process object');
      const ext = vscode.extensions.getExtension<ScrapemarkApi>(EXTENSION_ID);
      check(ext, `extension ${EXTENSION_ID} is loaded`);
      check(
        ext.extensionKind === vscode.ExtensionKind.UI,
        'the extension runs on the UI side (web worker)',
      );
      const api = await ext.activate();
      const folder = vscode.workspace.workspaceFolders?.[0];
      check(folder, 'a workspace folder (a copy of samples/)');
      const entries = await vscode.workspace.fs.readDirectory(folder.uri);
      const seed = entries.map(([n]) => n).find((n) => n.endsWith('.txt'));
      check(seed, 'a seed .txt in the workspace');
      const uri = vscode.Uri.joinPath(folder.uri, seed);
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: false });
      check(await api.ready(uri), `${seed} is a Scrapemark source`);
      const state = api.getState(uri);
      check(state, 'the source has a state');
      const d = state.decorations;
      const count = (k: string) => d[k]?.length ?? 0;
      check(count('body') > 0, 'body ranges are painted');
      check(
        count('boilerplateChrome') + count('boilerplateFeed') + count('boilerplateOther') > 0,
        'boilerplate ranges are painted',
      );
      const first = await waitFor('the decorations in an editor', () => api.paints(uri)?.first);
      check(first.ranges > 0, 'the first paint sent ranges to the editor');
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
      check(
        editor?.document.languageId === 'scrapemark-source',
        'the Scraped Source language is set',
      );
    },
  ],
];

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const path = vscode.workspace.getConfiguration('scrapemarkTest').get<string>('resultsPath');
  let text = '';
  const write = async (line: string) => {
    text += `${line}\n`;
    if (folder && path) {
      await vscode.workspace.fs.writeFile(
        folder.uri.with({ path }),
        new TextEncoder().encode(text),
      );
    } else {
      console.log(line);
    }
  };
  await write(`running in VS Code ${vscode.version} (web worker extension host)`);
  let passed = 0;
  let failed = 0;
  for (const [name, fn] of tests) {
    const t0 = Date.now();
    try {
      await fn();
      passed++;
      await write(`  ok    web: ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
      await write(`  FAIL  web: ${name}\n      ${detail.split('\n').join('\n      ')}`);
    }
  }
  await write(`${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} web test(s) failed`);
}
