// `npm run test:desktop`: the same integration bundle (out/test/integration/index.js) in desktop
// VS Code via @vscode/test-electron. Needs internet (it downloads VS Code from Microsoft) and, on
// Linux without a display, xvfb (`xvfb-run -a npm run test:desktop`). Not used by `npm test` or CI,
// which run the offline code-server path (run-tests.mjs).
// Usage: node scripts/vscode/test-desktop.mjs [--version <stable|insiders|1.139.1>] [--grep <re>]
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { QUIET_SETTINGS } from './codeserver.mjs';
import { repoRoot } from './paths.mjs';
import { TEST_BUNDLE } from './run-tests.mjs';

const { values } = parseArgs({
  options: {
    version: { type: 'string', default: process.env.VSCODE_VERSION ?? 'stable' },
    grep: { type: 'string' },
  },
});

const { runTests } = await import('@vscode/test-electron');
const root = mkdtempSync(path.join(tmpdir(), 'scrapemark-desktop-'));
const workspace = path.join(root, 'workspace');
const userData = path.join(root, 'user-data');
const resultsFile = path.join(root, 'results.txt');
cpSync(path.join(repoRoot, 'samples'), workspace, { recursive: true });
mkdirSync(path.join(userData, 'User'), { recursive: true });
writeFileSync(
  path.join(userData, 'User', 'settings.json'),
  JSON.stringify(QUIET_SETTINGS, null, 2),
);

let code = 1;
try {
  code = await runTests({
    version: values.version,
    // Downloads are cached here, outside the checkout, like the code-server tools.
    cachePath: path.join(
      process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache'),
      'scrapemark',
      'vscode-test',
    ),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: TEST_BUNDLE,
    extensionTestsEnv: {
      SCRAPEMARK_TEST_RESULTS: resultsFile,
      SCRAPEMARK_EXPECT_EXTENSION_ROOT: repoRoot,
      ...(values.grep ? { SCRAPEMARK_TEST_GREP: values.grep } : {}),
    },
    launchArgs: [
      workspace,
      '--user-data-dir',
      userData,
      '--extensions-dir',
      path.join(root, 'extensions'),
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  });
} catch (err) {
  console.error(`[desktop] ${err instanceof Error ? err.message : String(err)}`);
}
try {
  process.stdout.write(readFileSync(resultsFile, 'utf8'));
} catch {
  console.error('[desktop] no results were written');
  code ||= 1;
}
rmSync(root, { recursive: true, force: true });
process.exitCode = code === 0 ? 0 : 1;
