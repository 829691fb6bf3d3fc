// Runs the integration tests (out/test/integration/index.js) inside a real VS Code: code-server
// 1.139 + headless chromium via playwright-core, offline. Exits non-zero on any failure/timeout.
// Usage: node scripts/vscode/run-tests.mjs [--grep <title regexp>] [--vsix <file>] [--timeout <s>]
//                                           [--web | --no-web]
//   Runs the suite in the Node extension host, then the web test (test/integration/web) in a
//   second workbench where the extension's browser bundle runs in the web worker extension host.
//   --vsix: install that VSIX into a fresh extensions dir and test it instead of the checkout.
//   --web: only the web test; --no-web (or --grep, --vsix): only the Node extension host suite.
// Env: SCRAPEMARK_KEEP_RUN_DIR=1 keeps the run folder (logs, workspace); SCRAPEMARK_VERBOSE=1
// echoes code-server's output.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  copyWorkspace,
  createRunDir,
  installExtension,
  launchBrowser,
  readIfExists,
  remoteUri,
  removeRunDir,
  seedSettings,
  startCodeServer,
  workbenchUrl,
} from './codeserver.mjs';
import { repoRoot } from './paths.mjs';
import { ensureSetup } from './setup.mjs';

/** Whole-run limit: a hung extension host or workbench must fail the run, not block CI. */
const DEFAULT_RUN_TIMEOUT_S = 300;
/** How often the results file is checked for new lines to print. */
const RESULTS_POLL_MS = 250;
export const TEST_BUNDLE = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
/** The web test bundle; inside the extension's folder, so VS Code runs it in the extension's host. */
export const WEB_TEST_BUNDLE = path.join(repoRoot, 'out', 'test', 'web', 'index.js');
/** Makes the extension under test run in the web worker extension host (its `browser` entry). */
const WEB_WORKER_SETTINGS = { 'remote.extensionKind': { 'scrapemark.scrapemark': ['web'] } };

function findFiles(dir, name, found = []) {
  if (!existsSync(dir)) return found;
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) findFiles(p, name, found);
    else if (e === name) found.push(p);
  }
  return found;
}

/** An extension without code: puts the window in development mode for VSIX tests. */
function writeHarnessExtension(dirs) {
  const dir = path.join(dirs.root, 'harness');
  mkdirSync(dir);
  const manifest = {
    name: 'test-harness',
    publisher: 'scrapemark-test',
    version: '0.0.0',
    engines: { vscode: '*' },
  };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

function tail(text, lines) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Runs the test bundle in code-server and returns { code, results, version }.
 * code is 0 only when VS Code reported success AND the results end with "N passed, 0 failed".
 */
export async function runIntegrationTests({
  vsix,
  grep,
  timeoutS = DEFAULT_RUN_TIMEOUT_S,
  testsBundle = TEST_BUNDLE,
  web = false,
  env: extraEnv = {},
  log = (m) => console.log(`[vscode] ${m}`),
  output = (text) => process.stdout.write(text),
} = {}) {
  const t0 = Date.now();
  ensureSetup();
  if (web) testsBundle = WEB_TEST_BUNDLE;
  if (!existsSync(testsBundle)) {
    throw new Error(`${path.relative(repoRoot, testsBundle)} is missing: run \`npm run build\``);
  }
  const dirs = createRunDir('test');
  const resultsFile = path.join(dirs.root, 'results.txt');
  const workspace = copyWorkspace(dirs);
  // The web worker has no environment variables: the web test reads its results path from a setting.
  seedSettings(
    dirs,
    web ? { ...WEB_WORKER_SETTINGS, 'scrapemarkTest.resultsPath': resultsFile } : {},
  );

  let expectedRoot = repoRoot;
  if (vsix) {
    const t = Date.now();
    installExtension(dirs, path.resolve(vsix));
    log(`installed ${path.basename(vsix)} offline in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    expectedRoot = dirs.extensions;
  }
  const env = {
    SCRAPEMARK_TEST_RESULTS: resultsFile,
    SCRAPEMARK_EXPECT_EXTENSION_ROOT: expectedRoot,
    ...(grep ? { SCRAPEMARK_TEST_GREP: grep } : {}),
    ...extraEnv,
  };

  // Results are printed as the tests write them, so a hung run still shows where it stopped.
  let printed = 0;
  const flush = () => {
    const text = readIfExists(resultsFile);
    if (text.length > printed) output(text.slice(printed));
    printed = Math.max(printed, text.length);
  };
  const streamer = setInterval(flush, RESULTS_POLL_MS);

  let server;
  let browser;
  let code = 1;
  let problem = '';
  const onSignal = () => {
    // Aborting: kill the whole code-server process group at once, then clean up.
    try {
      if (server) process.kill(-server.child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    removeRunDir(dirs);
    process.exit(130);
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.once(signal, onSignal);
  try {
    server = await startCodeServer(dirs, { env });
    browser = await launchBrowser(dirs);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let exitResolve;
    const exited = new Promise((resolve) => (exitResolve = resolve));
    // The workbench calls this when the tests' run() settles: the only completion signal.
    await page.exposeFunction('codeAutomationExit', (c) => exitResolve(Number(c)));
    // VS Code only runs extensionTestsPath in an extension development window. For a VSIX the
    // development extension is an empty harness, so the extension under test is the installed one.
    const devPath = vsix ? writeHarnessExtension(dirs) : repoRoot;
    const payload = [
      ['extensionDevelopmentPath', remoteUri(server, devPath)],
      ['extensionTestsPath', remoteUri(server, testsBundle)],
    ];
    await page.goto(workbenchUrl(server, workspace, payload));
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutS * 1000);
    });
    const outcome = await Promise.race([
      exited,
      timedOut,
      server.exited.then(() => 'server-exit'),
      new Promise((resolve) => page.once('crash', () => resolve('page-crash'))),
    ]);
    clearTimeout(timer);
    if (typeof outcome === 'number') code = outcome;
    else problem = `run ended by ${outcome} after ${((Date.now() - t0) / 1000).toFixed(0)} s`;
  } catch (err) {
    problem = err instanceof Error ? err.message : String(err);
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    for (const signal of signals) process.removeListener(signal, onSignal);
  }

  clearInterval(streamer);
  flush();
  if (printed === 0) output('(no results written)\n');
  const results = readIfExists(resultsFile);
  const version = /running in VS Code (\S+)/.exec(results)?.[1];
  const summary = /^(\d+) passed, (\d+) failed\s*$/m.exec(tail(results, 1));
  if (!problem && !summary) problem = 'the results do not end with "N passed, N failed"';
  if (summary && Number(summary[2]) > 0) code ||= 1;
  if (summary && Number(summary[1]) === 0) problem ||= 'no test passed';
  if (problem) code ||= 1;
  if (problem) {
    // Not a plain test failure: show what the server and the extension host said.
    const exthost = findFiles(path.join(dirs.userData, 'logs'), 'remoteexthost.log')[0];
    log(`ERROR: ${problem}`);
    if (server) log(`code-server output (tail):\n${tail(server.output(), 15)}`);
    if (exthost) log(`extension host log (tail):\n${tail(readIfExists(exthost), 25)}`);
  }
  if (code !== 0) process.env.SCRAPEMARK_KEEP_RUN_DIR ||= '1';
  removeRunDir(dirs);
  return { code, results, version, seconds: (Date.now() - t0) / 1000 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // A closed pipe (`| head`) must not kill the runner before it stops code-server.
  process.stdout.on('error', () => {});
  const { values } = parseArgs({
    options: {
      grep: { type: 'string' },
      vsix: { type: 'string' },
      timeout: { type: 'string' },
      web: { type: 'boolean' },
      'no-web': { type: 'boolean' },
    },
  });
  try {
    const timeoutS = values.timeout ? Number(values.timeout) : DEFAULT_RUN_TIMEOUT_S;
    const runs = [];
    if (!values.web) {
      runs.push(await runIntegrationTests({ vsix: values.vsix, grep: values.grep, timeoutS }));
    }
    if (values.web || !(values['no-web'] || values.grep || values.vsix)) {
      console.log('[vscode] web worker extension host:');
      runs.push(await runIntegrationTests({ web: true, timeoutS }));
    }
    const code = runs.some((r) => r.code !== 0) ? 1 : 0;
    const seconds = runs.reduce((n, r) => n + r.seconds, 0);
    if (runs.length > 1) {
      const sum = (i) =>
        runs.reduce(
          (n, r) => n + Number(/^(\d+) passed, (\d+) failed\s*$/m.exec(r.results)?.[i] ?? 0),
          0,
        );
      console.log(`all runs: ${sum(1)} passed, ${sum(2)} failed`);
    }
    console.log(
      `[vscode] integration tests ${code === 0 ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s (exit ${code})`,
    );
    process.exitCode = code;
  } catch (err) {
    console.error(`[vscode] ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
