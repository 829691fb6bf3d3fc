// Start code-server (VS Code 1.139 server + web workbench) and drive it with Debian's chromium
// through playwright-core. Shared by run-tests.mjs, start.mjs, screenshot.mjs and test-vsix.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { URL, URLSearchParams } from 'node:url';
import { chromiumPath, codeServerEntry, nodeBin, repoRoot } from './paths.mjs';
import { ensureSetup } from './setup.mjs';

/** Seconds to wait for code-server to print its listening address. */
const SERVER_START_TIMEOUT_S = 30;

/** User settings that keep the workbench quiet and deterministic. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Light Modern',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'files.hotExit': 'off',
  'window.restoreWindows': 'none',
  'editor.minimap.enabled': false,
  'github.gitAuthentication': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
};

/**
 * A per-run folder holding HOME, XDG dirs, TMPDIR, user data, extensions and config, so nothing
 * leaks into the user's own VS Code or code-server and runs never see each other's state.
 */
export function createRunDir(kind) {
  const root = mkdtempSync(path.join(tmpdir(), `scrapemark-${kind}-`));
  const dirs = {
    root,
    home: path.join(root, 'home'),
    tmp: path.join(root, 'tmp'),
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    config: path.join(root, 'config.yaml'),
  };
  for (const d of [dirs.home, dirs.tmp, dirs.userData, dirs.extensions]) {
    mkdirSync(d, { recursive: true });
  }
  for (const x of ['.config', '.cache', '.local/share', '.local/state']) {
    mkdirSync(path.join(dirs.home, x), { recursive: true });
  }
  writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  return dirs;
}

/** Environment for code-server and chromium: everything points into the run folder. */
export function runEnv(dirs, extra = {}) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(npm_|VSCODE_|ELECTRON_)/i.test(k)) delete env[k];
  return {
    ...env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
    XDG_DATA_HOME: path.join(dirs.home, '.local/share'),
    XDG_STATE_HOME: path.join(dirs.home, '.local/state'),
    TMPDIR: dirs.tmp,
    ...extra,
  };
}

export function seedSettings(dirs, settings = {}) {
  const userDir = path.join(dirs.userData, 'User');
  mkdirSync(userDir, { recursive: true });
  writeFileSync(
    path.join(userDir, 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2) + '\n',
  );
}

function baseArgs(dirs) {
  return [
    codeServerEntry,
    '--config',
    dirs.config,
    '--user-data-dir',
    dirs.userData,
    '--extensions-dir',
    dirs.extensions,
  ];
}

/** Installs a VSIX offline into the run's extensions dir. */
export function installExtension(dirs, vsixPath) {
  const r = spawnSync(nodeBin, [...baseArgs(dirs), '--install-extension', vsixPath], {
    env: runEnv(dirs),
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    throw new Error(`--install-extension failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return `${r.stdout}${r.stderr}`;
}

/**
 * Starts code-server on 127.0.0.1 (port 0 = any free port) in its own process group.
 * Resolves with { url, port, stop(), output() } once it listens.
 */
export async function startCodeServer(
  dirs,
  { port = 0, host = '127.0.0.1', env = {}, smokeTestDriver = true } = {},
) {
  ensureSetup();
  const args = [
    ...baseArgs(dirs),
    '--bind-addr',
    `${host}:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  // A built VS Code ignores extensionDevelopmentPath/extensionTestsPath without this flag.
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  const child = spawn(nodeBin, args, {
    detached: true,
    env: runEnv(dirs, env),
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: dirs.root,
  });
  let out = '';
  const onData = (b) => {
    out += b.toString();
    if (process.env.SCRAPEMARK_VERBOSE) process.stderr.write(b);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  // Whatever ends this process (an uncaught error, EPIPE, process.exit), take the group along.
  const killOnExit = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  };
  process.on('exit', killOnExit);
  child.on('exit', () => process.removeListener('exit', killOnExit));

  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`code-server did not start in ${SERVER_START_TIMEOUT_S} s:\n${out}`));
    }, SERVER_START_TIMEOUT_S * 1000);
    const check = () => {
      const m = /HTTP server listening on (http:\/\/[^\s/]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (${code}) before listening:\n${out}`));
    });
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  return {
    url,
    port: Number(new URL(url).port),
    child,
    output: () => out,
    exited,
    /** Stops the whole process group (server, extension host, file watcher, pty host). */
    async stop() {
      stop();
      const killer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }, 5000);
      await exited;
      clearTimeout(killer);
      // Children of the group may outlive the leader for a moment.
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    },
  };
}

/** A vscode-remote URI for a path on the server, as the payload expects. */
export function remoteUri(server, absPath) {
  return `vscode-remote://127.0.0.1:${server.port}${absPath}`;
}

/** The workbench URL for a folder, with an optional payload (list of [key, value] pairs). */
export function workbenchUrl(server, folder, payload = []) {
  const q = new URLSearchParams({ folder });
  if (payload.length > 0) q.set('payload', JSON.stringify(payload));
  return `${server.url}/?${q.toString()}`;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless chromium with its HOME/TMPDIR in the run folder. */
export async function launchBrowser(dirs, { headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath(),
    headless,
    args: CHROMIUM_ARGS,
    env: runEnv(dirs),
  });
}

/** Copies samples/ (or another folder) into the run folder so tests may write sidecars. */
export function copyWorkspace(dirs, from = path.join(repoRoot, 'samples')) {
  const dest = path.join(dirs.root, path.basename(from));
  cpSync(from, dest, { recursive: true });
  return dest;
}

export function readIfExists(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

export function removeRunDir(dirs) {
  if (process.env.SCRAPEMARK_KEEP_RUN_DIR) {
    console.log(`[vscode] run folder kept: ${dirs.root}`);
    return;
  }
  rmSync(dirs.root, { recursive: true, force: true });
}
