// Bundles the extension (Node and web), the CLI and the in-VS-Code test suite with esbuild.
// Usage: node scripts/build.mjs [--production] [--watch] [--dist <dir>]
//   --dist: where the extension and CLI bundles go (default dist; packaging builds elsewhere).
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const distFlag = process.argv.indexOf('--dist');
const dist = distFlag > 0 ? (process.argv[distFlag + 1] ?? 'dist') : 'dist';

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
};

/** @type {esbuild.BuildOptions[]} */
const targets = [
  {
    ...common,
    // The Node host's entry: extension.ts with node:crypto hashing (see extension.node.ts).
    entryPoints: ['src/editor/extension.node.ts'],
    outfile: `${dist}/extension.js`,
    platform: 'node',
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['src/editor/extension.ts'],
    outfile: `${dist}/web/extension.js`,
    platform: 'browser',
    external: ['vscode'],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: `${dist}/cli.js`,
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
];

const INTEGRATION_DIR = 'test/integration';
const INTEGRATION_MODULE = 'scrapemark:integration-tests';

// Every test/integration/**/*.test.ts file, sorted.
function integrationTestFiles(dir = INTEGRATION_DIR) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return integrationTestFiles(p);
      return e.name.endsWith('.test.ts') ? [p] : [];
    })
    .sort();
}

/**
 * Virtual module listing the integration test files as lazy imports, so a new `*.test.ts` is
 * bundled without editing an index (see test/integration/index.ts).
 * @type {esbuild.Plugin}
 */
const integrationTests = {
  name: 'integration-tests',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^${INTEGRATION_MODULE}$`) }, () => ({
      path: INTEGRATION_MODULE,
      namespace: 'integration-tests',
    }));
    build.onLoad({ filter: /.*/, namespace: 'integration-tests' }, () => {
      const files = integrationTestFiles().map((f) => path.relative(INTEGRATION_DIR, f));
      const entries = files.map(
        (f) => `  [${JSON.stringify(f)}, () => import(${JSON.stringify(`./${f}`)})],`,
      );
      return {
        contents: `export const testModules = [\n${entries.join('\n')}\n];\n`,
        resolveDir: path.resolve(INTEGRATION_DIR),
        loader: 'js',
        watchFiles: files.map((f) => path.resolve(INTEGRATION_DIR, f)),
        watchDirs: [path.resolve(INTEGRATION_DIR)],
      };
    });
  },
};

// The in-VS-Code test suite (one bundle; run by scripts/vscode/run-tests.mjs). Not part of
// the production build that gets packaged.
if (!production) {
  targets.push({
    ...common,
    entryPoints: [`${INTEGRATION_DIR}/index.ts`],
    outfile: 'out/test/integration/suite.js',
    platform: 'node',
    external: ['vscode'],
    plugins: [integrationTests],
    // mocha's parallel mode (unused here) resolves worker files at run time.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  // The web test (test/integration/web/index.ts): runs in the web worker extension host.
  targets.push({
    ...common,
    entryPoints: [`${INTEGRATION_DIR}/web/index.ts`],
    outfile: 'out/test/web/index.js',
    platform: 'browser',
    external: ['vscode'],
  });
  targets.push({
    ...common,
    entryPoints: ['scripts/vscode/screenshot-driver.ts'],
    outfile: 'out/vscode/screenshot-driver.js',
    platform: 'node',
    external: ['vscode'],
  });
}

/**
 * out/test/integration/index.js (the extensionTestsPath) turns on source maps before loading
 * the bundle, so failures point at the .ts lines.
 */
function writeIntegrationLoader() {
  mkdirSync('out/test/integration', { recursive: true });
  writeFileSync(
    'out/test/integration/index.js',
    "'use strict';\nprocess.setSourceMapsEnabled(true);\nmodule.exports = require('./suite.js');\n",
  );
}

if (!production) writeIntegrationLoader();
if (watch) {
  for (const t of targets) await (await esbuild.context(t)).watch();
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
}
