// Screenshots of the workbench with a sample open and the extension's highlighting, in a light
// and a dark theme: media/screenshots/editor-light.png and editor-dark.png.
// Usage: node scripts/vscode/screenshot.mjs [--file <sample name>] [--out <dir>]
// Needs `npm run build` first (npm run screenshot does both).
/* global document, window -- used inside page.waitForFunction, which runs in the browser */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  copyWorkspace,
  createRunDir,
  launchBrowser,
  readIfExists,
  remoteUri,
  removeRunDir,
  seedSettings,
  startCodeServer,
  workbenchUrl,
} from './codeserver.mjs';
import { repoRoot } from './paths.mjs';

/** Window size of the pictures (CSS pixels). */
const VIEWPORT = { width: 1400, height: 900 };
/** Limit for each wait on the workbench; hitting it is an error, not a fixed delay. */
const STEP_TIMEOUT_MS = 60_000;
/** Consecutive equal polls of the decoration count before the editor counts as painted. */
const STABLE_POLLS = 3;

const DRIVER = path.join(repoRoot, 'out', 'vscode', 'screenshot-driver.js');

const { values } = parseArgs({
  options: { file: { type: 'string' }, out: { type: 'string' } },
});
const outDir = path.resolve(values.out ?? path.join(repoRoot, 'media', 'screenshots'));
const samples = readdirSync(path.join(repoRoot, 'samples'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
const file = values.file ?? samples[0];
if (!file) throw new Error('samples/ has no .txt file');
if (!existsSync(DRIVER))
  throw new Error('out/vscode/screenshot-driver.js is missing: run `npm run build`');

const t0 = Date.now();
const dirs = createRunDir('screenshot');
const control = path.join(dirs.root, 'control');
mkdirSync(control);
mkdirSync(outDir, { recursive: true });
const workspace = copyWorkspace(dirs);
seedSettings(dirs, {
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.layoutControl.enabled': false,
  'window.commandCenter': false,
  'editor.wordWrap': 'on',
  'editor.fontSize': 14,
  'editor.renderWhitespace': 'none',
  'breadcrumbs.enabled': false,
  'workbench.editor.enablePreview': false,
  'editor.renderLineHighlight': 'none',
  'files.exclude': { '**/.vscode': true },
});

let server;
let browser;
let failed = false;
try {
  server = await startCodeServer(dirs, {
    env: { SCRAPEMARK_SHOT_DIR: control, SCRAPEMARK_SHOT_FILE: file },
  });
  browser = await launchBrowser(dirs);
  const page = await browser.newPage({ viewport: VIEWPORT });
  let exitCode;
  await page.exposeFunction('codeAutomationExit', (c) => {
    exitCode = Number(c);
  });
  await page.goto(
    workbenchUrl(server, workspace, [
      ['extensionDevelopmentPath', remoteUri(server, repoRoot)],
      ['extensionTestsPath', remoteUri(server, DRIVER)],
    ]),
  );

  for (const name of ['light', 'dark']) {
    const readyFile = path.join(control, `ready-${name}.json`);
    // The driver writes this file once the document is analysed and the theme is set.
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    while (!existsSync(readyFile)) {
      if (exitCode !== undefined) {
        const why = readIfExists(path.join(control, 'error.txt'));
        throw new Error(`the driver ended early (exit ${exitCode})\n${why}`);
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${readyFile}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const ready = JSON.parse(readFileSync(readyFile, 'utf8'));
    const themeClass = name === 'dark' ? 'vs-dark' : 'vs';
    await page.waitForFunction(
      ({ themeClass, decorationKinds, stablePolls }) => {
        const wb = document.querySelector('.monaco-workbench');
        if (!wb?.classList.contains(themeClass)) return false;
        const editor = document.querySelector('.editor-instance .monaco-editor');
        if (!editor?.querySelector('.view-lines .view-line')) return false;
        if (document.querySelector('.notifications-toasts .notification-toast')) return false;
        const painted = editor.querySelectorAll('[class*="ced-"]').length;
        if (decorationKinds > 0 && painted === 0) return false;
        const w = /** @type {any} */ (window);
        w.__shotStable = w.__shotLast === painted ? (w.__shotStable ?? 0) + 1 : 0;
        w.__shotLast = painted;
        return w.__shotStable >= stablePolls;
      },
      { themeClass, decorationKinds: ready.decorationKinds, stablePolls: STABLE_POLLS },
      { timeout: STEP_TIMEOUT_MS, polling: 100 },
    );
    const out = path.join(outDir, `editor-${name}.png`);
    await page.screenshot({ path: out });
    console.log(
      `[screenshot] ${path.relative(repoRoot, out)} (${file}, ${ready.decorationKinds} decoration kinds)`,
    );
    writeFileSync(path.join(control, `done-${name}`), '');
  }
} catch (err) {
  failed = true;
  console.error(`[screenshot] FAILED: ${err instanceof Error ? err.message : String(err)}`);
  if (server) console.error(server.output().split('\n').slice(-15).join('\n'));
} finally {
  await browser?.close().catch(() => {});
  await server?.stop();
  if (failed) process.env.SCRAPEMARK_KEEP_RUN_DIR ||= '1';
  removeRunDir(dirs);
}
console.log(`[screenshot] done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
process.exitCode = failed ? 1 : 0;
