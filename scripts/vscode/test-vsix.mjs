// `npm run test:package`: packages the VSIX (unless --vsix is given), installs it offline into a
// fresh code-server extensions dir (--install-extension) and runs the `activation` integration
// suite against it WITHOUT extensionDevelopmentPath: the tests check that the extension loaded
// from the extensions dir, activates on opening a sample and returns its API.
// Usage: node scripts/vscode/test-vsix.mjs [--vsix <file>] [--grep <title regexp>]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageVsix } from './package.mjs';
import { repoRoot } from './paths.mjs';
import { runIntegrationTests } from './run-tests.mjs';

/** The suite that proves a packaged extension works; see test/integration/activation.test.ts. */
const VSIX_SUITE = '^activation ';
/** The suite takes ~10 s; a hung run fails well before the general integration limit. */
const VSIX_TIMEOUT_S = 120;

const { values } = parseArgs({
  options: { vsix: { type: 'string' }, grep: { type: 'string', default: VSIX_SUITE } },
});
const t0 = Date.now();
try {
  const vsix = values.vsix ? path.resolve(values.vsix) : packageVsix();
  console.log(`[vsix] testing ${path.relative(repoRoot, vsix)} installed offline`);
  const r = await runIntegrationTests({
    vsix,
    grep: values.grep,
    timeoutS: VSIX_TIMEOUT_S,
    log: (m) => console.log(`[vsix] ${m}`),
  });
  console.log(
    `[vsix] ${r.code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - t0) / 1000).toFixed(1)} s (exit ${r.code})`,
  );
  process.exitCode = r.code;
} catch (err) {
  console.error(`[vsix] ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
